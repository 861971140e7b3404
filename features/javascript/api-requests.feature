@javascript
Feature: Requests sent from a browser scenario share the page's cookies
  In a browser session the page sends the request with fetch(): it carries the cookies of the
  page's origin, and cookies it sets (HttpOnly ones too) land in the browser. The page stays; the
  response steps read the answer until the next step that loads a page or clicks.

  Scenario: Cookies go both ways between the page and the request
    Given I am on "/cookies/set?name=flavour&value=vanilla"
    When I send a "GET" request to "/api/echo"
    Then the JSON response should have "cookies.flavour" equal to "vanilla"
    And I should see "Cookie flavour set to vanilla"
    When I send a "POST" request to "/api/sign-in" with form data:
      | user | hopper |
    Then the response status code should be 200
    When I go to "/api/me"
    Then I should see "hopper"

  Scenario: The response steps read the page again after it changes
    Given I am on "/cookies/read"
    When I send a "GET" request to "/api/recipes/none-here"
    Then the response status code should be 404
    When I reload the page
    Then the response status code should be 200
