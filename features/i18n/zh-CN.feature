# language: zh-CN
功能: 中文的 MinkContext
  MinkExtension 的中文翻译步骤，引号中的参数照常使用。

  场景: 填写表单并检查结果
    假如我打开了“/forms/text”
    当我在“Full name”文本框内填写了“Ada Lovelace”
    而且我在“Email address”文本框内填写了“ada@example.com”
    而且我点击了“Send”按钮
    那么我应该可以看见包含“name = Ada Lovelace”的内容
    而且我应该不能看见包含“Welcome”的内容
    而且返回状态代码应该是 200
    而且我应该到了“/echo”
