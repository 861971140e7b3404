@javascript
Feature: Asynchronous pages in the browser
  "should see" and the other assertions wait by themselves; no scenario needs a wait step.

  Scenario: Content that appears later
    Given I am on "/async/appear"
    Then I should see "Arrived after 300 ms"
    And I should see "Arrived after 1500 ms"
    And I should see a ".late-message" element

  Scenario: Content that disappears
    Given I am on "/async/disappear"
    Then I should not see "Loading, please wait"
    And I should not see a ".spinner" element
    And I should see "Everything is loaded"

  Scenario: A button that is enabled later
    Given I am on "/async/enable"
    When I press "Continue"
    Then I should see "Continue was clicked"

  Scenario: The explicit wait steps
    Given I am on "/async/appear"
    When I wait for "Arrived after 300 ms" to appear
    And I wait for the "#late" element to appear
    And I go to "/async/disappear"
    And I wait for "Loading, please wait" to disappear
    And I wait for the ".spinner" element to disappear
    Then I should see "Everything is loaded"
