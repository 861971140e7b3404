Feature: Folded text is not page text
  What a closed <details> holds, all but its summary, and a <dialog> without open are not shown: not
  page text and not visible, over HTTP as in a browser. An open details, and a dialog opened with the
  open attribute, are.

  Background:
    Given I am on "/folded"

  Scenario: A closed details shows its summary only
    Then I should see "Show the fine print"
    And I should not see "The fine print itself"
    And I should not see "A summary inside the fold"
    And I should not see "Open but inside the fold"
    And the "#folded-field" element should not be visible
    And the response should contain "The fine print itself"

  Scenario: An open details shows all it holds
    Then I should see "Already open"
    And I should see "Opened details text"
    And I should see "Opened details text" in the "#opened" element

  Scenario: A dialog shows only when open
    Then I should not see "Closed dialog text"
    And the "#closed-dialog" element should not be visible
    And I should see "Open dialog text"
    And the "#open-dialog" element should be visible
