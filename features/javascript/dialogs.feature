@javascript
Feature: alert, confirm and prompt

  Background:
    Given I am on "/async/dialogs"

  Scenario: Accept an alert
    When I press "Show an alert"
    Then the dialog should say "Hello from an alert"
    When I accept the dialog
    Then I should see "Alert closed"

  Scenario: Accept and dismiss a confirmation
    When I press "Ask for confirmation"
    Then the dialog should say "Do you really want to continue?"
    When I accept the dialog
    Then I should see "Confirmed"
    When I press "Ask for confirmation"
    And I dismiss the dialog
    Then I should see "Cancelled"

  Scenario: Answer and dismiss a prompt
    When I press "Ask for a name"
    Then the dialog should say "What is your name?"
    When I answer "Ada" to the prompt
    Then I should see "Hello, Ada"
    When I press "Ask for a name"
    And I dismiss the dialog
    Then I should see "Prompt dismissed"
