Feature: Navigation
  Pages are reached by relative paths, links, buttons and the browser history.

  Scenario: Start on the homepage
    Given I am on the homepage
    Then I should see "cucumber-mink demo"
    And I should be on the homepage

  Scenario: The article before "homepage" is optional
    Given I am on "/links"
    When I go to homepage
    Then I should be on homepage
    When I go to the homepage
    Then I should see "Pages for every behaviour the harness tests"

  Scenario: Relative paths are joined to the base URL
    Given I am on "/forms/buttons"
    Then I should see "Submit buttons"
    When I go to "/links/target?via=direct"
    Then I should see "You followed the link via direct"

  Scenario: Follow a link and press a button
    Given I am on homepage
    When I follow "Submit buttons"
    Then I should be on "/forms/buttons"
    When I press "Publish"
    Then I should be on "/echo"
    And I should see "action = publish"

  Scenario: Reload keeps the current page
    Given I am on "/links/target?via=reload"
    When I reload the page
    Then I should be on "/links/target"
    And I should see "You followed the link via reload"

  Scenario: Move backward and forward through the history
    Given I am on "/links"
    When I follow "Plain text link"
    Then I should see "You followed the link via text"
    When I move backward one page
    Then I should be on "/links"
    And I should see "Nothing clicked yet"
    When I move forward one page
    Then I should be on "/links/target"
    And I should see "You followed the link via text"

  Scenario Outline: A link is found by its <kind>
    Given I am on "/links"
    When I follow "<locator>"
    Then I should see "You followed the link via <via>"

    Examples:
      | kind       | locator           | via   |
      | text       | Plain text link   | text  |
      | title      | Link with a title | title |
      | image alt  | Image link        | image |
      | rel        | next              | rel   |
      | id         | link-by-id        | id    |
      | aria-label | Accessible link   | aria  |
      | partial    | Plain text        | text  |

  Scenario: An exact match wins over an earlier partial match
    Given I am on "/links"
    When I follow "Save"
    Then I should see "You followed the link via save"
    And I should not see "save-draft"

  Scenario: A fragment link stays on the page
    Given I am on "/links"
    When I follow "Jump to details"
    Then I should be on "/links#details"
    And I should see "The fragment link points here."

  Scenario: Going to the page's own address with a fragment stays on the page
    Given I am on "/forms/text"
    When I fill in "Full name" with "Ada"
    And I go to "/forms/text#email"
    Then I should be on "/forms/text#email"
    And the "Full name" field should contain "Ada"

  Scenario: A link to the address shown adds no history entry, going to it again does
    Given I am on "/links"
    When I follow "Jump to details"
    And I follow "Jump to details"
    And I move backward one page
    Then I should be on "/links"
    When I go to "/links#details"
    And I go to "/links#details"
    And I move backward one page
    Then I should be on "/links#details"

  Scenario: A reload keeps the fragment the page moved to
    Given I am on "/links"
    When I follow "Jump to details"
    And I reload the page
    Then I should be on "/links#details"
    When I move backward one page
    Then I should be on "/links"

  Scenario: A base href changes where relative links lead
    Given I am on "/base"
    When I follow "Relative link"
    Then I should be on "/base/target/page"
    And I should see "The relative link used the base href."

  Scenario: A fixed pause (kept for Behat features) needs no browser
    Given I am on "/links"
    When I wait 0 seconds
    Then I should see "Links"
