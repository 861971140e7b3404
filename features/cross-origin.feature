Feature: Cookies and credentials never cross origins
  127.0.0.1 and localhost are the same server but different origins. The demo page /cross-origin links to
  the same server under the other name, on the same port.

  Scenario: A cookie of one host is not sent to the other host
    Given I am on "/cookies/set?name=flavour&value=chocolate"
    When I go to "/cross-origin"
    And I follow "Cookies on the other host"
    Then I should be on "/cookies/read"
    And I should see "Requested as the other loopback host"
    And I should see "No cookies received"
    And the cookie "flavour" should not be set

  Scenario: The cookie is still there on its own host
    Given I am on "/cookies/set?name=flavour&value=chocolate"
    When I go to "/cross-origin"
    And I follow "This page on the other host"
    And I move backward one page
    And I go to "/cookies/read"
    Then I should see "Requested as the demo app's own host"
    And I should see "flavour = chocolate"

  Scenario: A redirect to the other host does not carry cookies
    Given I am on "/cookies/set?name=flavour&value=chocolate"
    When I go to "/redirect/other-host"
    Then I should be on "/cookies/read"
    And I should see "Requested as the other loopback host"
    And I should see "No cookies received"

  Scenario: Basic auth credentials stay with their host
    Given I use basic auth with "admin" and "secret"
    And I am on "/auth/basic"
    And I should see "Welcome, admin"
    When I go to "/cross-origin"
    And I follow "Protected page on the other host"
    Then the response status code should be 401

  Scenario: Request headers stay with their host
    Given I am on "/cross-origin"
    And I set the request header "X-Secret" to "for this host only"
    When I go to "/headers"
    Then I should see "x-secret: for this host only"
    When I go to "/cross-origin"
    And I follow "Request headers on the other host"
    Then I should not see "x-secret"
