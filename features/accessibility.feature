Feature: Accessibility checks
  axe-core checks the page: in a browser the live page, over HTTP the page as received (the rules
  that need a rendered page, such as color-contrast, are named and left to @javascript scenarios).
  The failures themselves are tested by test/e2e/accessibility.test.ts.

  Scenario: An accessible page has no violations
    Given I am on "/accessibility/clean"
    Then the page should have no accessibility violations

  Scenario: Only a region of the page is checked
    Given I am on "/accessibility/broken"
    Then the page should have no accessibility violations in the "main" element

  Scenario: Violations below the impact that counts are let through
    Given I am on "/accessibility/broken"
    Then the page should have no accessibility violations of impact "critical" except "image-alt, label, button-name"

  Scenario: Rules can be left out
    Given I am on "/accessibility/broken"
    Then the page should have no accessibility violations except "image-alt, label, button-name, heading-order, color-contrast"
