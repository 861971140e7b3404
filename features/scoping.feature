Feature: Acting inside an element
  Repeated buttons, links and fields ("Edit", "Close") are told apart by the element around them.

  Background:
    Given I am on "/spa/tiddlers"

  Scenario: Press a repeated button inside one tiddler
    When I press "Edit" in the ".tiddler[data-title='Beta']" element
    Then I should see "tiddler = Beta"
    And I should see "action = edit"

  Scenario: Fill in, check and read fields inside one tiddler
    When I fill in "Tags" with "second, greek" in the ".tiddler[data-title='Beta']" element
    And I check "Pinned" in the ".tiddler[data-title='Beta']" element
    Then the "Tags" field should contain "second, greek" in the ".tiddler[data-title='Beta']" element
    And the "Tags" field should contain "alpha" in the ".tiddler[data-title='Alpha']" element
    And the "Pinned" checkbox should be checked in the ".tiddler[data-title='Beta']" element
    And the "Pinned" checkbox should not be checked in the ".tiddler[data-title='Gamma']" element
    When I uncheck "Pinned" in the ".tiddler[data-title='Beta']" element
    And I press "Close" in the ".tiddler[data-title='Beta']" element
    Then I should see "tags = second, greek"
    And I should not see "pinned"

  Scenario: Follow a repeated link inside one tiddler
    When I follow "Open" in the ".tiddler[data-title='Gamma']" element
    Then I should see "open = Gamma"

  Scenario: With several matching regions, the first one that holds a match is used
    When I press "Edit" in the ".tiddler" element
    Then I should see "tiddler = Alpha"

  Scenario: Text inside any of several matching elements
    Then I should see "The second tiddler" in the ".tiddler" element
    And I should see "third" in the ".tiddler-body" element
    And I should not see "fourth" in the ".tiddler" element
    And the ".tiddler-body" element should contain "second"
