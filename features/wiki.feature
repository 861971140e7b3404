Feature: A wiki: cached pages, an editor that asks before it is left, pages made by API
  The wiki serves its pages with an ETag and has the browser revalidate them: a browser that kept a
  page asks again with If-None-Match, the server answers 304, and the browser shows the page it
  kept. Its status is the status of that page, 200, as over HTTP, and every scenario starts with a
  browser as new (nothing cached). The editor asks before it is left while a change is unsaved: a
  step that navigates leaves anyway, as WebDriver does. A scenario can make its pages by API before
  it opens any page, with the cookies of the session.

  Scenario: A page served with an ETag is 200, and still 200 when reloaded
    Given I am on "/wiki/start"
    Then the response status code should be 200
    And I should see "Welcome to the wiki."
    When I reload the page
    Then the response status code should be 200
    And I should see "Welcome to the wiki."

  Scenario: The same page in the next scenario is 200 again, and after going back to it
    Given I am on "/wiki/start"
    Then the response status code should be 200
    When I follow "Edit this page"
    And I move backward one page
    Then I should be on "/wiki/start"
    And the response status code should be 200

  Scenario: Going to another page from an editor with an unsaved change
    Given I am on "/wiki/start/edit"
    When I fill in "Text" with "A change not saved yet"
    And I go to "/wiki/start"
    Then I should be on "/wiki/start"
    And I should see "Welcome to the wiki."

  Scenario: Reloading an editor with an unsaved change, then going back and forward
    Given I am on "/wiki/start"
    When I follow "Edit this page"
    And I fill in "Text" with "A change not saved yet"
    And I reload the page
    Then I should be on "/wiki/start/edit"
    And I should see "All changes saved"
    When I fill in "Text" with "Another change not saved yet"
    And I move backward one page
    Then I should be on "/wiki/start"
    When I move forward one page
    Then I should be on "/wiki/start/edit"
    When I fill in "Text" with "A third change"
    And I go to "/wiki/start"
    Then I should see "Welcome to the wiki."

  Scenario: Pages made by API before any page is open, as the signed-in author
    Given I send a "POST" request to "/api/sign-in" with form data:
      | user | hopper |
    And I send a "PUT" request to "/api/wiki/made-before-any-page" with body:
      """
      {"text": "Made before any page was open"}
      """
    Then the JSON response should have "author" equal to "hopper"
    When I send a "GET" request to "/api/me"
    Then the JSON response should have "user" equal to "hopper"
    When I go to "/wiki/made-before-any-page"
    Then the response status code should be 200
    And I should see "Made before any page was open"
    And I should see "Last edited by hopper"
