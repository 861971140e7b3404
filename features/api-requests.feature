Feature: Requests sent from a scenario
  Set up and tear down an application's data, or check an API, with any method, headers, a body
  or form fields; the response steps read the answer. Requests carry the session's cookies.

  Background:
    Given I am on the homepage

  Scenario: Create, read, replace and delete a resource
    When I send a "PUT" request to "/api/recipes/pancakes" with body:
      """
      { "servings": 4, "flour": "250 g" }
      """
    Then the response status code should be 201
    And the "Content-Type" response header should contain "application/json"
    And the JSON response should have "servings" equal to "4"
    When I send a "PUT" request to "/api/recipes/pancakes" with body:
      """
      { "servings": 6, "flour": "375 g" }
      """
    Then the response status code should be 200
    When I send a "GET" request to "/api/recipes/pancakes"
    Then the JSON response should have "flour" equal to "375 g"
    When I send a "DELETE" request to "/api/recipes/pancakes"
    Then the response status code should be 204
    When I send a "GET" request to "/api/recipes/pancakes"
    Then the response status code should be 404
    And the response should contain "no recipe"

  Scenario: Data set up through the API shows on the application's pages
    When I send a "POST" request to "/api/recipes" with form data:
      | name     | crumble |
      | servings | 8       |
    Then the response status code should be 201
    And the "Location" response header should be "/api/recipes/crumble"
    When I go to "/recipes/crumble"
    Then I should see "servings: 8"
    And I send a "DELETE" request to "/api/recipes/crumble"

  Scenario: Headers, given for every request of the scenario or for one
    When I add "X-Trace" header equal to "scenario-wide"
    And I add "Accept" header equal to "application/json"
    And I send a "PATCH" request to "/api/echo" with body:
      """
      plain text body
      """
    Then the JSON response should have "method" equal to "PATCH"
    And the JSON response should have "headers.x-trace" equal to "scenario-wide"
    And the JSON response should have "headers.accept" equal to "application/json"
    And the JSON response should have "body" equal to "plain text body"
    When I send a "GET" request to "/api/echo" with headers:
      | header  | value    |
      | X-Trace | this-one |
    Then the JSON response should have "headers.x-trace" equal to "this-one"

  Scenario: A header of the wrong type gets the API's answer
    When I add "Content-Type" header equal to "text/plain"
    And I send a "PUT" request to "/api/recipes/soup" with body:
      """
      { "servings": 2 }
      """
    Then the response status code should be 415

  Scenario: The session's cookies go with the requests, and those they set are kept
    When I send a "POST" request to "/api/sign-in" with form data:
      | user | grace |
    Then the JSON response should have "signedIn" equal to "grace"
    When I send a "GET" request to "/api/me"
    Then the JSON response should have "user" equal to "grace"
    When I go to "/cookies/read"
    Then I should see "api_user = grace"

  Scenario: behatch's wording: a bare method and a table of parameters
    When I send a POST request to "/api/echo" with parameters:
      | key   | value |
      | title | Soup  |
    Then the JSON response should have "fields.title" equal to "Soup"
    And the JSON response should have "headers.content-type" equal to "application/x-www-form-urlencoded"
