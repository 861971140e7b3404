# language: ja
フィーチャ: 日本語の MinkContext
  MinkExtension の日本語訳のステップ。引用符の中の引数もそのまま使える。

  シナリオ: フォームに入力して結果を確認する
    前提ユーザーは "/forms/text" を表示している
    もしユーザーが "Full name" フィールドに "Ada \"Countess\" Lovelace" と入力する
    かつユーザーが "Email address" フィールドに "ada@example.com" と入力する
    かつユーザーが "Send" ボタンをクリックする
    ならば画面に "name = Ada \"Countess\" Lovelace" と表示されていること
    かつ画面に "Welcome" と表示されていないこと
    かつレスポンスコードが 200 であること
