Feature: Inputs and buttons without a label, reached by CSS
  Fields with no label, id, placeholder or accessible name, and icon buttons, are reached by a CSS
  selector. The first visible match is used.

  Background:
    Given I am on "/spa/unlabeled"

  Scenario: Fill in, select, check and press elements located by CSS
    When I fill in the ".quick-title" element with "Buy milk"
    And I fill in the "#quick-add .quick-notes" element with:
      """
      Two litres
      semi-skimmed
      """
    And I select "Closed" from the ".quick-status" element
    And I additionally select "Urgent" from the ".quick-tags" element
    And I check the ".quick-done" element
    And I uncheck the ".quick-starred" element
    And I press the ".icon-add" element
    Then I should see "items[0][t] = Buy milk"
    And I should see "items[0][n] = Two litres semi-skimmed"
    And I should see "items[0][s] = closed"
    And I should see "items[0][g][] = home"
    And I should see "items[0][g][] = urgent"
    And I should see "items[0][d] = yes"
    And I should not see "items[0][f]"
    And I should see "op = add"

  Scenario: Click on a link located by CSS
    When I click on the ".icon-link" element
    Then I should see "from=icon-link"
