@javascript
Feature: Navigation steps leave a page that asks first, and say so
  A page that asks before it is left (a beforeunload handler: here the wiki's editor with a change
  not saved yet) holds a navigation in a leave-page dialog. The steps that navigate (I go to, I am
  on, I reload the page, I move backward or forward one page) accept it, as WebDriver does for a
  navigation, and say so in their output: the step that met the dialog is the one that navigates.
  A click that leaves the page meets the dialog instead, for the dialog steps to answer.

  Scenario: Every navigation step leaves the editor
    Given I am on "/wiki/start"
    When I follow "Edit this page"
    And I fill in "Text" with "Not saved"
    Then I should see "Saving…"
    When I reload the page
    Then I should see "All changes saved"
    When I fill in "Text" with "Not saved either"
    And I move backward one page
    Then I should see "Welcome to the wiki."
    When I move forward one page
    And I fill in "Text" with "Still not saved"
    And I go to "/wiki/start"
    Then I should see "Welcome to the wiki."

  Scenario: A click meets the warning, and the dialog steps answer it
    Given I am on "/wiki/start/edit"
    When I fill in "Text" with "Not saved"
    And I follow "Cancel"
    And I dismiss the dialog
    Then I should be on "/wiki/start/edit"
    And I should see "Saving…"
    When I follow "Cancel"
    And I accept the dialog
    Then I should be on "/wiki/start"
