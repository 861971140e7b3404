Feature: Filling in a field replaces everything in it
  Whatever the caret position, the selection, the number of lines or the length of the text
  already there, a filled-in field holds exactly the new value.

  Background:
    Given I am on "/spa/editor"

  Scenario: A focused multi-line textarea with the caret at the start
    When I fill in "Notes" with "replaced"
    Then the "Notes" field should contain "replaced"

  Scenario: An unfocused multi-line textarea
    When I fill in "Summary" with "One line now"
    Then the "Summary" field should contain "One line now"

  Scenario: A textarea with part of its text selected
    When I fill in "Draft" with "all new"
    Then the "Draft" field should contain "all new"

  Scenario: A very long pre-filled textarea, and an input
    When I fill in "Long text" with "short"
    And I fill in "Headline" with "A new headline"
    Then the "Long text" field should contain "short"
    And the "Headline" field should contain "A new headline"

  Scenario: A multi-line value replaces a multi-line text, and is what the form sends
    When I fill in "Notes" with:
      """
      New first line
      New second line
      """
    And I fill in "Long text" with:
      """
      Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.
      The end.
      """
    And I press "Save notes"
    Then I should see "notes = New first line New second line"
    And I should see "long-text = Lorem ipsum dolor sit amet"
    And I should see "id est laborum. The end."
    And I should not see "third line"
    And I should not see "of a long pre-filled text"

  Scenario: Typing into a field replaces what it held too, and is what the form sends, on either driver
    When I type "Typed headline" into the "Headline" field
    Then the "Headline" field should contain "Typed headline"
    When I press "Save notes"
    Then I should see "headline = Typed headline"
