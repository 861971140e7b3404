# language: fr
Fonctionnalité: MinkContext en français
  Les étapes de MinkExtension, dans leur traduction française, arguments entre guillemets compris.

  Scénario: Remplir un formulaire et lire la réponse
    Étant donné je suis sur "/forms/text"
    Quand je remplis "Full name" avec "Ada \"Countess\" Lovelace"
    Et je remplis "Email address" avec "ada@example.com"
    Et je presse "Send"
    Alors je devrais voir "name = Ada \"Countess\" Lovelace"
    Et je devrais voir "email = ada@example.com"
    Et je ne devrais pas voir "Welcome"
    Et le code de status de la réponse devrait être 200
    Et je devrais être sur "/echo"
