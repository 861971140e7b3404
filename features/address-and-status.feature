Feature: Address and status code
  "should be on" compares the path and fragment; "the url should be" and the query parameter steps see the
  query string too; the status code is read from the last response.

  Scenario: The address is compared by path, ignoring the host and the query string
    Given I am on "/links/target?via=address"
    Then I should be on "/links/target"
    And the url should match "^/links/target$"
    And the URL should match "/target$"

  Scenario: The whole address and single query parameters, for ?id=-routed pages
    Given I am on "/links/target?id=start&do=show"
    Then I should be on "/links/target"
    And the url should be "/links/target?id=start&do=show"
    And the "id" query parameter should be "start"
    And the "do" query parameter should be "show"
    And the "rev" query parameter should not be set
    When I go to "/links/target?id=wiki%3Asyntax"
    Then the url should be "/links/target?id=wiki%3Asyntax"
    And the url should be "/links/target?id=wiki:syntax"
    And the "id" query parameter should be "wiki:syntax"
    And the "do" query parameter should not be set
    When I go to "/links/target?q=a+b&id=x"
    Then the url should be "/links/target?id=x&q=a b"

  Scenario: Back on the homepage
    Given I am on "/links"
    When I follow "Demo index"
    Then I should be on the homepage
    And I should be on homepage

  Scenario: A successful page answers 200
    Given I am on "/forms/text"
    Then the response status code should be 200
    And the response status code should not be 404

  Scenario Outline: Error pages keep their status code
    Given I am on "<page>"
    Then the response status code should be <status>
    And the response status code should not be 200
    And I should see "<text>"

    Examples:
      | page          | status | text                  |
      | /missing      | 404    | Page not found        |
      | /no/such/page | 404    | Page not found        |
      | /error        | 500    | Internal server error |
      | /status/418   | 418    | Status 418            |
