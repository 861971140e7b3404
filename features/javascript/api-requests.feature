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

  # Every action that may change the page makes the page's response the newest again, not only
  # visits and clicks: a key press that submits a form, a script that navigates, a double click.
  Scenario: A key press that submits a form: the response steps read the page it loaded
    Given I am on "/forms/no-submit"
    When I send a "GET" request to "/api/recipes/none-here"
    Then the response status code should be 404
    When I fill in "Lonely field" with "alone"
    And I press the "Enter" key in the "Lonely field" field
    Then I should see "lonely = alone"
    And the response status code should be 200

  Scenario: A script that navigates: the response steps read the page it loaded
    Given I am on "/links"
    When I send a "GET" request to "/api/recipes/none-here"
    Then the response status code should be 404
    When I execute the script "window.location.assign('/cookies/read')"
    Then I should see "No cookies received"
    And the response status code should be 200

  Scenario: A double click or a drag may change the page: the API response is no longer the newest
    Given I am on "/async/clicks"
    When I send a "GET" request to "/api/recipes/none-here"
    Then the response status code should be 404
    When I double click on the "#click-target" element
    Then the response status code should be 200
    Given I am on "/async/drag"
    When I send a "GET" request to "/api/recipes/none-here"
    And I drag the "#draggable" element onto the "#dropzone" element
    Then the response status code should be 200
