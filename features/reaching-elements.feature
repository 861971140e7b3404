Feature: Reaching the element a user means
  The Nth of several same-named links or buttons, any element by its text, whether a field is
  disabled, and how many elements at least or at most: the steps real suites reach for.

  Scenario: The second of three "Edit" buttons, the third "Open" link
    Given I am on "/spa/tiddlers"
    When I press the 2nd "Edit" button
    Then I should see "tiddler = Beta"
    And I should see "action = edit"
    When I move backward one page
    And I follow the 3rd "Open" link
    Then I should see "open = Gamma"

  Scenario: A link or button by its text, else any element showing it
    Given I am on "/spa/tiddlers"
    When I click on "Close"
    Then I should see "tiddler = Alpha"
    And I should see "action = close"
    Given I am on "/links"
    When I click on "Plain text link"
    Then I should be on "/links/target"

  Scenario: Disabled fields, by their own attribute or their fieldset
    Given I am on "/forms/disabled"
    Then the "Disabled field" field should be disabled
    And the "Locked field" field should be disabled
    And the "Enabled field" field should be enabled

  Scenario: At least, at most
    Given I am on "/count"
    Then I should see at least 5 ".item" elements
    And I should see at least 1 ".note" element
    And I should see at most 5 ".item" elements
    And I should see at most 3 ".missing" elements
