@javascript
Feature: Components a script defines, nested inside each other
  A button inside a component inside another component, both with open shadow roots a script
  attached, is pressed by its name, and what it draws is page text.

  Scenario: A button inside nested components
    Given I am on "/components"
    Then I should see "Toolbar"
    When I press "Save draft"
    Then I should see "Draft saved"
