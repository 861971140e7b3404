Feature: Redirects
  Redirects are followed; 301, 302 and 303 turn a POST into a GET without a body, 307 and 308 keep both.
  The history holds the final page only.

  Scenario Outline: A link through a <code> redirect
    Given I am on "/redirects"
    When I follow "Follow a <code> redirect"
    Then I should be on "/echo"
    And I should see "Method: GET"
    And I should see "from = <code>"

    Examples:
      | code |
      | 301  |
      | 302  |
      | 303  |
      | 307  |
      | 308  |

  Scenario Outline: A POST through a <code> redirect becomes a GET
    Given I am on "/redirects"
    When I press "POST through <code>"
    Then I should be on "/echo"
    And I should see "Method: GET"
    And I should see "from = <code>"
    And I should not see "note = sent with <code>"

    Examples:
      | code |
      | 301  |
      | 302  |
      | 303  |

  Scenario Outline: A POST through a <code> redirect stays a POST with its body
    Given I am on "/redirects"
    When I press "POST through <code>"
    Then I should be on "/echo"
    And I should see "Method: POST"
    And I should see "note = sent with <code>"

    Examples:
      | code |
      | 307  |
      | 308  |

  Scenario: The status code is the final page's
    Given I am on "/redirect/302"
    Then the response status code should be 200
    And the response status code should not be 302

  Scenario: A redirect chain ends on its last page, and back skips the hops
    Given I am on "/redirects"
    When I follow "Follow a redirect chain"
    Then I should be on "/redirect/done"
    And I should see "You arrived after three redirects."
    When I move backward one page
    Then I should be on "/redirects"

  Scenario: A redirect to the other loopback host
    Given I am on "/redirects"
    When I follow "Redirect to the other loopback host"
    Then I should be on "/cookies/read"
    And I should see "Requested as the other loopback host"
