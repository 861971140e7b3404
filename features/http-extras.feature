Feature: HTTP extras: request headers, basic auth, cookies, response headers
  Steps beyond MinkContext. Request headers and basic auth work over HTTP and in Chromium (through DevTools);
  cookies work on both.

  Scenario: A request header is sent with every later request
    Given I set the request header "X-Demo-Request" to "from a feature"
    When I go to "/headers"
    Then I should see "x-demo-request: from a feature"
    When I reload the page
    Then I should see "x-demo-request: from a feature"

  @http-only
  Scenario: Without credentials the protected page answers 401 with its challenge
    Given I am on "/auth/basic"
    Then the response status code should be 401
    And the "WWW-Authenticate" response header should be "Basic realm=\"cucumber-mink demo\""
    And I should see "Authentication required"

  Scenario: Basic auth opens the protected page until it is stopped
    When I use basic auth with "admin" and "secret"
    And I go to "/auth/basic"
    Then the response status code should be 200
    And I should see "Welcome, admin"
    When I stop using basic auth
    And I reload the page
    Then the response status code should be 401
    And I should see "Authentication required"

  Scenario: Wrong credentials are refused
    Given I use basic auth with "admin" and "wrong"
    When I go to "/auth/basic"
    Then the response status code should be 401
    And I should see "Authentication required"
    And I should not see "Welcome"

  Scenario: A cookie set by a step is sent to the server
    Given I am on "/cookies"
    When I set the cookie "flavour" to "vanilla"
    And I go to "/cookies/read"
    Then I should see "flavour = vanilla"
    And the cookie "flavour" should be "vanilla"
    When I delete the cookie "flavour"
    And I reload the page
    Then I should see "No cookies received"
    And the cookie "flavour" should not be set

  Scenario: A cookie set before the first page belongs to the base URL
    Given I set the cookie "flavour" to "mint"
    Then the cookie "flavour" should be "mint"
    When I am on "/cookies/read"
    Then I should see "flavour = mint"

  Scenario: Cookies set by the server, HttpOnly ones included
    Given I am on "/cookies/set?name=flavour&value=chocolate"
    Then the cookie "flavour" should be "chocolate"
    When I go to "/cookies/set-httponly"
    Then the cookie "session_id" should be "s3cr3t"
    When I go to "/cookies/read"
    Then I should see "flavour = chocolate"
    And I should see "session_id = s3cr3t"

  Scenario: A cookie restricted to a path is only sent below that path
    Given I am on "/cookies/set-restricted"
    When I go to "/cookies/read"
    Then I should not see "area = private"
    When I go to "/cookies/private"
    Then I should see "area = private"
    When I go to "/cookies/private/nested"
    Then I should see "area = private"

  Scenario: Expired cookies are dropped
    Given I am on "/cookies/set-expired"
    Then the cookie "stale" should not be set
    When I go to "/cookies/set?name=flavour&value=mint"
    Then the cookie "flavour" should be "mint"
    When I go to "/cookies/expire?name=flavour"
    Then the cookie "flavour" should not be set
    When I go to "/cookies/read"
    Then I should see "No cookies received"

  Scenario: Cookies do not leak into the next scenario
    Given I am on "/cookies/read"
    Then I should see "No cookies received"
    And the cookie "flavour" should not be set

  Scenario: Response headers
    Given I am on "/response-headers"
    Then the "X-Demo" response header should be "hello from the demo app"
    And the "x-demo" response header should contain "demo app"
    And the "X-Demo" response header should match "^hello from the \w+ app$"
    And the "Content-Type" response header should contain "text/html"
    And the "Cache-Control" response header should be "no-store"
    And the "X-Debug-Token" response header should not be set

  Scenario: The response header of a plain text page
    Given I am on "/text"
    Then the "Content-Type" response header should be "text/plain; charset=utf-8"
    And I should see "Plain text from the demo app."
