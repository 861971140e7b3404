@javascript
Feature: Pressing a button the page is still changing
  A page may rebuild, cover or hide a button between the moment it is found and the moment it is
  pressed (any React or Vue page does). The press waits until it works, and acts once.

  Scenario: A toolbar rebuilt from scratch every 25 ms while it loads (2 s)
    Given I am on "/rerender/toolbar"
    When I press "Save"
    Then I should see "Saved (1 press)"

  Scenario: A toolbar whose renderer parks the replaced button in a template
    Given I am on "/rerender/parked"
    When I press "Save"
    Then I should see "Saved (1 press)"

  Scenario: A button under a loading overlay for 2 s
    Given I am on "/rerender/overlay"
    When I press "Continue"
    Then I should see "Continued (1 press)"

  Scenario: A button shown 1 s after the page loads
    Given I am on "/rerender/revealed"
    When I press "Proceed"
    Then I should see "Proceeded (1 press)"
