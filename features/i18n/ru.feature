# language: ru
Функция: MinkContext по-русски
  Шаги MinkExtension в русском переводе, с аргументами в кавычках.

  Сценарий: Заполнить форму и проверить ответ
    Допустим я на странице "/forms/text"
    Когда я заполняю поле "Full name" значением "Ada \"Countess\" Lovelace"
    И я заполняю поле "Email address" значением "ada@example.com"
    И я нажимаю "Send"
    Тогда я должен видеть "name = Ada \"Countess\" Lovelace"
    И я не должен видеть "Welcome"
    И код ответа сервера должен быть 200
    И я должен быть на странице "/echo"
