Feature: Character sets, JSON and plain text

  Scenario Outline: The page text is decoded with the page's character set (<where>)
    Given I am on "<page>"
    Then I should see "Bienvenue au café : crème brûlée, naïve Zoë."

    Examples:
      | where                    | page                |
      | charset in the header    | /charset/iso-8859-1 |
      | charset in the meta tag  | /charset/meta       |

  Scenario: A UTF-8 page
    Given I am on "/charset/utf-8"
    Then I should see "Café ☕, Ελληνικά, 日本語."

  Scenario: A plain text page
    Given I am on "/text"
    Then I should see "Plain text from the demo app. Second line."

  @http-only
  Scenario: A JSON document
    Given I am on "/api/user.json"
    Then the response status code should be 200
    And the response should be JSON
    And the "Content-Type" response header should contain "application/json"
    And the JSON response should have "user.name" equal to "Ada Lovelace"
    And the JSON response should have "user.id" equal to "42"
    And the JSON response should have "user.active" equal to "true"
    And the JSON response should have "user.manager" equal to "null"
    And the JSON response should have "user.roles[1]" equal to "editor"
    And the JSON response should have "user.address.city" equal to "London"
    And the JSON response should have "items[0].title" equal to "Analytical Engine notes"
    And the JSON response should have "items[1].id" equal to "2"
    And the JSON response should have "count" equal to "2"
