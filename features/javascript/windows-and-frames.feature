@javascript
Feature: Windows, iframes and the window size

  Scenario: A link opens a named popup window
    Given I am on "/async/popup"
    When I follow "Open the popup"
    And I switch to the "demo-popup" window
    Then I should see "This page was opened in another window."
    When I switch back to the main window
    Then I should see "Popup windows"
    And I should not see "This page was opened in another window."

  Scenario: A script opens a window
    Given I am on "/async/popup"
    When I press "Open a window with script"
    And I switch to the new window
    Then I should be on "/async/popup-content"
    When I switch back to the main window
    Then I should be on "/async/popup"

  Scenario: Steps act inside an iframe until switching back
    Given I am on "/async/iframe"
    Then I should see "Outside the frame"
    And I should not see "Inside the frame"
    When I switch to the "demo-frame" iframe
    Then I should see "Inside the frame"
    When I press "Frame button"
    Then I should see "Frame button clicked"
    When I switch back to the main page
    Then I should see "Outside the frame"

  Scenario: Resize the window
    Given I am on "/async/popup"
    When I resize the window to 800x600
    Then the expression "window.innerWidth <= 800" should return "true"
