# language: de
Funktionalität: MinkContext auf Deutsch
  Die Schritte von MinkExtension in ihrer deutschen Übersetzung, mit Argumenten in Anführungszeichen.

  Szenario: Ein Formular ausfüllen und die Antwort lesen
    Angenommen ich bin auf "/forms/text"
    Wenn ich gebe in das Feld "Full name" "Ada \"Countess\" Lovelace" ein
    Und ich gebe in das Feld "Email address" "ada@example.com" ein
    Und ich drücke "Send"
    Dann ich sollte "name = Ada \"Countess\" Lovelace" sehen
    Und ich sollte nicht "Welcome" sehen
    Und die Status-Code-Rückmeldung sollte 200 sein
    Und ich sollte auf "/echo" sein
