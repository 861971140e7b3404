Feature: Field values and checkboxes
  Every wording of the checkbox assertions, and field values before and after filling them in.

  Scenario: Initial values of fields
    Given I am on "/forms/text"
    Then the "Age" field should contain "30"
    And the "Age" field should not contain "31"
    And the "Biography" field should contain "Initial bio"
    And the "Full name" field should contain ""
    And the "Full name" field should not contain "Ada"

  Scenario: A field holds what was filled in
    Given I am on "/forms/text"
    When I fill in "Full name" with "Ada Lovelace"
    And I fill in "Biography" with "Countess"
    Then the "Full name" field should contain "Ada Lovelace"
    And the "name" field should contain "Ada Lovelace"
    And the "Biography" field should contain "Countess"
    And the "Biography" field should not contain "Initial bio"

  Scenario: Part of a field's value, as for a textarea's paragraph
    Given I am on "/forms/text"
    When I fill in "Biography" with:
      """
      Born in London.
      Wrote the   first program.
      """
    Then the "Biography" field should contain text "wrote the first PROGRAM"
    And the "Biography" field should contain text "London"
    And the "Biography" field should not contain text "Paris"
    And the "Biography" field should not contain "London"

  Scenario: The value of a select box is the value of its selected option
    Given I am on "/forms/select"
    Then the "Country" field should contain "de"
    When I select "United Kingdom" from "Country"
    Then the "Country" field should contain "uk"
    And the "Country" field should not contain "de"

  Scenario: Checked checkboxes, in every wording
    Given I am on "/forms/checkboxes"
    Then the "Weekly newsletter" checkbox should be checked
    And the "Weekly newsletter" checkbox is checked
    And the checkbox "newsletter" is checked
    And the checkbox "newsletter" should be checked
    And the "Sport" checkbox should be checked

  Scenario: Unchecked checkboxes, in every wording
    Given I am on "/forms/checkboxes"
    Then the "I accept the terms" checkbox should be unchecked
    And the "I accept the terms" checkbox should not be checked
    And the "I accept the terms" checkbox is unchecked
    And the "I accept the terms" checkbox is not checked
    And the checkbox "terms" should be unchecked
    And the checkbox "terms" should not be checked
    And the checkbox "terms" is unchecked
    And the checkbox "terms" is not checked

  Scenario: Checking and unchecking changes the state
    Given I am on "/forms/checkboxes"
    When I check "I accept the terms"
    And I uncheck "Weekly newsletter"
    Then the "I accept the terms" checkbox should be checked
    And the "Weekly newsletter" checkbox should be unchecked
