@javascript
Feature: What a single-page application sees when fields are filled in and buttons pressed

  Scenario: Filling a focused textarea fires input and change events as typing does
    Given I am on "/spa/editor"
    When I fill in "Notes" with "replaced"
    Then the "Notes" field should contain "replaced"
    And I should see "Notes events: 9 input, 1 change"

  Scenario: A twin hidden by a stylesheet is passed over in the browser
    Given I am on "/spa/twins"
    When I press "Publish"
    Then I should see "action = publish"
