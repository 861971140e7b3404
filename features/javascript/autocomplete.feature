@javascript
Feature: Typing into a field that must keep the focus
  An autocomplete that empties and closes its list when its field loses the focus cannot be used with
  "I fill in": the step leaves the field afterwards, as Mink does, to fire "change", and the
  suggestions are gone before the next step. "I type … into the … field" types key by key and leaves
  the focus in the field, so a suggestion can be followed.

  Scenario: Typed key by key, the suggestions stay until one is followed
    Given I am on "/widgets/autocomplete"
    When I type "left" into the "Search packages" field
    Then I should see "4 keys typed"
    And I should see "left-pad"
    And I should see "leftist"
    But I should not see "lodash"
    And the "Search packages" field should contain "left"
    When I follow "left-pad"
    Then I should see "package = left-pad"

  Scenario: Typing again replaces what the field held, and the list follows
    Given I am on "/widgets/autocomplete"
    When I type "lo" into the "Search packages" field
    Then I should see "lodash"
    When I type "lef" into the "Search packages" field
    Then I should see "left-right"
    But I should not see "lodash"
    When I follow "left-right"
    Then I should see "package = left-right"

  Scenario: Filled in, the field is left and the list closes with it
    Given I am on "/widgets/autocomplete"
    When I fill in "Search packages" with "left"
    Then I should not see "left-pad"
    And the "Search packages" field should contain ""
