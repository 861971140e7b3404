@javascript
Feature: Small screens
  A device's screen in the browser: its viewport, pixel ratio, touch and user agent, until the
  scenario ends.

  Scenario: A phone's screen
    Given I use an "iPhone SE" screen
    When I go to "/screens/responsive"
    Then I should see "Narrow layout"
    And I should see "Touch screen"
    And the expression "window.innerWidth" should return "375"
    And the expression "window.devicePixelRatio" should return "2"
    And the expression "'ontouchstart' in window" should return "true"
    And the expression "/iPhone/.test(navigator.userAgent)" should return "true"

  Scenario: A page without a viewport is laid out wide, as a phone does
    Given I use an "iPhone SE" screen
    When I go to "/screens/fixed"
    Then I should see "Wide layout"
    And the expression "window.innerWidth > 900" should return "true"

  Scenario: The next scenario has the browser's own screen
    When I go to "/screens/responsive"
    Then I should see "Wide layout"
    And I should see "Mouse pointer"
    And the expression "window.devicePixelRatio" should return "1"
    And the expression "/iPhone/.test(navigator.userAgent)" should return "false"

  Scenario: Resizing sets the size alone
    When I resize the window to 375x667
    And I go to "/screens/responsive"
    Then I should see "Narrow layout"
    And I should see "Mouse pointer"
