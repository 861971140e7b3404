@javascript
Feature: Mouse, keyboard and page events

  Scenario: Hover reveals a menu
    Given I am on "/async/hover"
    Then I should not see "Hidden product link"
    When I hover over the "#menu" element
    Then I should see "Hidden product link"
    When I follow "Hidden product link"
    Then I should see "You followed the link via hover"

  Scenario: Key presses reach the field
    Given I am on "/async/keys"
    When I press the "a" key in the "Type here" field
    Then I should see "Last key: a"
    When I press the "ctrl+a" key in the "Type here" field
    Then I should see "Last key: ctrl+a"
    When I press the "Enter" key in the "Type here" field
    Then I should see "typed = a"

  Scenario: A shortcut pressed on the page, with no field
    Given I am on "/async/keys"
    When I press the "meta+k" keys
    Then I should see "Last key: meta+k on the page"
    When I press the "Escape" key
    Then I should see "Last key: Escape on the page"

  Scenario: Enter submits a form that has no submit button
    Given I am on "/forms/no-submit"
    When I fill in "Lonely field" with "alone"
    And I press the "Enter" key in the "Lonely field" field
    Then I should see "lonely = alone"

  Scenario: Double click and right click
    Given I am on "/async/clicks"
    When I double click on the "#click-target" element
    Then I should see "Double clicked"
    When I right click on the "#click-target" element
    Then I should see "Right clicked"

  Scenario: HTML5 drag and drop
    Given I am on "/async/drag"
    When I drag the "#draggable" element onto the "#dropzone" element
    Then I should see "Dropped on the zone"

  Scenario: Buttons and links that only work with JavaScript
    Given I am on "/links"
    When I press "Plain button"
    Then I should see "Plain button ran"
    When I click on the "a:not([href])" element
    Then I should see "Onclick link ran"
    When I follow "Role link"
    Then I should see "You followed the link via role"

  Scenario: Filling in fires input and change events
    Given I am on "/async/events"
    When I fill in "Watched field" with "abc"
    Then I should see text matching "input events: [1-9]"
    And I should see "change events: 1"
    When I select "Beta" from "Watched select"
    Then I should see "select changed to: b"
    When I check "Watched checkbox"
    Then I should see "checkbox changed: checked"

  Scenario: Local storage survives a reload
    Given I am on "/async/storage"
    When I fill in "Memo" with "remember me"
    And I press "Remember"
    Then I should see "Stored memo: remember me"
    When I reload the page
    Then I should see "Stored memo: remember me"

  Scenario: Local storage is cleared between scenarios
    Given I am on "/async/storage"
    Then I should see "Stored memo: (nothing)"
