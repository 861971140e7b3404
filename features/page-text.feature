Feature: Page text and raw response
  Page text is what a reader sees: case-insensitive, whitespace collapsed, without hidden elements,
  scripts or styles. The raw response still contains all of them.

  Background:
    Given I am on "/hidden-text"

  Scenario: Visible text is found, case and whitespace do not matter
    Then I should see "Visible paragraph"
    And I should see "visible PARAGRAPH"
    And I should see text matching "Visible\s+paragraph"
    And I should see text matching "(?i)HIDDEN elements, scripts and styles"

  Scenario: Hidden text is not part of the page text
    Then I should not see "Hidden by the hidden attribute"
    And I should not see "Hidden by display none"
    And I should not see "Inside a hidden parent"
    And I should not see "Hidden by visibility"
    And I should not see "Script content"
    And I should not see "Style content"
    And I should not see "Template content"
    And I should not see "Hidden input value"
    And I should not see "Head metadata"
    And I should not see text matching "Script content|Style content|Template content"

  Scenario: The raw response contains markup, scripts and hidden elements
    Then the response should contain "<p id=\"visible\">Visible paragraph</p>"
    And the response should contain "Hidden by the hidden attribute"
    And the response should contain "Script content"
    And the response should not contain "Nothing like this"
    And the response should not contain "<marquee>"
