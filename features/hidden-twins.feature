Feature: Hidden twins
  Actions and finders prefer visible elements: a hidden copy of a button, link or field earlier in
  the page never shadows the one a user sees. Over HTTP the markup says what is hidden (the hidden
  attribute, an inline display:none, type=hidden, or inside such an element).

  Background:
    Given I am on "/spa/twins"

  Scenario: A hidden menu's button comes first in the page
    When I press "Save"
    Then I should see "action = visible"

  Scenario: A hidden link comes first in the page
    When I follow "Help"
    Then I should see "from=visible"

  Scenario: A hidden field with the same label comes first in the page
    When I fill in "Title" with "Seen"
    And I press "Save"
    Then I should see "title = Seen"
    And I should not see "hidden-title"

  Scenario: Inside several regions, a visible match in a later one beats a hidden one in the first
    When I follow "Details" in the ".panel" element
    Then the "from" query parameter should be "visible-panel"
