Feature: Debugging steps
  They print to the cucumber report and never fail on a page that loaded.

  Scenario: Print the current URL and the last response
    Given I am on "/links/target?via=debugging"
    Then print current URL
    And print last response
    And I should see "You followed the link via debugging"
