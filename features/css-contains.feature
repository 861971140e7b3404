Feature: CSS with :contains(), as Behat suites write it
  Mink hands every driver's CSS to Symfony's CssSelector, so a Behat suite picks a table row by its
  text: "tr:contains('Frankenstein')". Both drivers read one CSS dialect and find the same elements.

  Background:
    Given I am on "/books"

  Scenario: A row picked by the text it contains
    Then I should see "Mary Shelley" in the "tr:contains('Frankenstein')" element
    And I should not see "Bram Stoker" in the "tr:contains('Frankenstein')" element
    And the "tr:contains('Mathilda') td.year" element should contain "1959"
    And I should see 3 "tbody tr:contains('Mary Shelley')" elements
    And I should see 1 "tbody tr:not(:contains('Shelley'))" element
    And I should see an "tr:contains('Dracula'):has(button)" element

  Scenario: The text is matched case-sensitively, as in Symfony; :icontains() ignores case
    Then I should see 0 "tbody tr:contains('frankenstein')" elements
    And I should see 1 "tbody tr:icontains('frankenstein')" element

  Scenario: Following the link of a row
    When I click on the "tr:contains('Frankenstein') a.edit" element
    Then I should see "Editing Frankenstein"

  Scenario: Pressing the button of a row
    When I press "Delete" in the "tr:contains('Dracula')" element
    Then I should see "Deleted Dracula"

  Scenario: Checking the box of a row, then finding the row by its state
    When I check the "tr:contains('The Last Man') input[type=checkbox]" element
    Then I should see 1 "tbody tr:has(input:checked)" element
    And I should see "1826" in the "tbody tr:has(input:checked)" element
