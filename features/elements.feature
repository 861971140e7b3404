Feature: Elements located by CSS
  Counting, existence, text and inner HTML of elements.

  Background:
    Given I am on "/count"

  Scenario: Count elements
    Then I should see 5 ".item" elements
    And I should see 5 "#items li" elements
    And I should see 1 ".note" element
    And I should see 0 ".missing" elements

  Scenario: Elements exist or do not
    Then I should see a "#items" element
    And I should see an ".item" element
    And I should not see a ".missing" element
    And I should not see an "#absent" element

  Scenario: Text inside an element
    Then I should see "Item" in the "#items" element
    And I should see "one NOTE" in the ".note" element
    And I should not see "One note" in the "#items" element

  Scenario: Inner HTML of an element
    Then the "#items" element should contain "<li class=\"item\">Item</li>"
    And the ".note" element should contain "One note"
    And the "#items" element should not contain "<table>"
    And the "#items" element should not contain "One note"

  Scenario: Present is not the same as visible
    Given I am on "/hidden-text"
    Then I should see a "p[hidden]" element
    And the "p[hidden]" element should not be visible
    And the "#visible" element should be visible
    And the "p" element should be visible
    And the ".missing" element should not be visible
