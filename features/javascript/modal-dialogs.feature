@javascript
Feature: A modal dialog wins over what it covers
  While a modal dialog is open the page behind it is inert: a user can reach only what is in the
  dialog, and so can the steps. A button in the header named like the dialog's own is not a match
  until the dialog closes.

  Scenario: With the login dialog open, "Login" is the dialog's button, not the header's it covers
    Given I am on "/widgets/login-dialog"
    When I press "Login"
    And I fill in "Email" with "ada@example.com"
    And I fill in "Password" with "secret"
    And I press "Login"
    Then I should see "action = dialog-login"
    And I should see "email = ada@example.com"

  Scenario: The page behind the dialog is still read; once the dialog closes, it can be used again
    Given I am on "/widgets/login-dialog"
    When I press "Login"
    Then I should see "Sign in"
    And I should see "Signed out"
    And I should see a "#header-login" element
    When I press "Cancel"
    And I follow "Help"
    Then I should see "from = header-help"
