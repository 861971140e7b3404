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

  Scenario: Stay on a page with unsaved changes, then leave it
    Given I am on "/async/editor"
    When I fill in "Notes" with "first draft"
    And I follow "Leave the editor"
    And I dismiss the dialog
    Then I should be on "/async/editor"
    And the "Notes" field should contain "first draft"
    When I follow "Leave the editor"
    And I accept the dialog
    Then I should see "Pages for every behaviour the harness tests"

  Scenario: A visit leaves a page that asks first, as WebDriver does for a navigation
    Given I am on "/async/editor"
    When I fill in "Notes" with "second draft"
    And I go to "/async/dialogs"
    Then I should see "No dialog yet"

  Scenario: A page with unsaved changes left open at the end of a scenario
    Given I am on "/async/editor"
    When I fill in "Notes" with "never saved"
    Then I should see "Unsaved changes"

  Scenario: The next scenario starts on a fresh page
    Given I am on "/async/dialogs"
    Then I should see "No dialog yet"
