@javascript
Feature: Stubbed network answers in the browser
  A stub answers what a page's scripts request instead of the server, or holds the request for a
  while first, so a feature can show a page's error and loading states. In Chromium a visit, link or
  form to a stubbed URL and the scenario's own request to one get the stub's answer too. Stubs end
  with the scenario.

  Scenario: The server's answer shows the price
    Given I am on "/prices"
    When I press "Show the price"
    Then I should see "Price: 12.50 EUR"

  Scenario: A stubbed error shows the error state
    Given the request to "/api/prices" answers 500
    And I am on "/prices"
    When I press "Show the price"
    Then I should see "The price could not be loaded (HTTP 500)"

  Scenario: A stubbed JSON answer is the price the page shows
    Given the request to "/api/prices" answers with JSON:
      """
      { "price": "9.99", "currency": "CHF" }
      """
    And I am on "/prices"
    When I press "Show the price"
    Then I should see "Price: 9.99 CHF"

  Scenario: A delayed request shows the loading state, then the server's answer
    Given the request to "/api/prices" is delayed by 1.5 seconds
    And I am on "/prices"
    When I press "Show the price"
    Then I should see "Loading…"
    And I should see "Price: 12.50 EUR"

  Scenario: A delayed stubbed error: loading first, then the error
    Given the request to "/api/prices" answers 503
    And the request to "/api/prices" is delayed by 1 second
    And I am on "/prices"
    When I press "Show the price"
    Then I should see "Loading…"
    And I should see "The price could not be loaded (HTTP 503)"

  Scenario: A link to a stubbed URL shows the stubbed answer
    Given the request to "/api/prices" answers with JSON:
      """
      { "price": "9.99", "currency": "CHF" }
      """
    And I am on "/prices"
    When I follow "The price as JSON"
    Then I should see "CHF"

  Scenario: A visit to a stubbed URL, and the scenario's own request to it, get the stubbed answer
    Given the request to "/api/prices" answers 503 with JSON:
      """
      { "error": "down for maintenance" }
      """
    When I go to "/api/prices"
    Then the response status code should be 503
    And I should see "down for maintenance"
    When I send a "GET" request to "/api/prices"
    Then the response status code should be 503

  Scenario: The stubs of the scenario before are gone
    Given I am on "/prices"
    When I press "Show the price"
    Then I should see "Price: 12.50 EUR"
    When I go to "/api/prices"
    Then the response status code should be 200
    And I should see "12.50"
