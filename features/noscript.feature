Feature: <noscript> content
  A client without JavaScript renders <noscript>: over HTTP its content is page text and its links
  can be followed. A browser running scripts shows none of it. The parity profile leaves out the
  HTTP-only scenario; the @javascript one pins the browser side.

  Scenario: Text outside <noscript> reads the same on both drivers
    Given I am on "/spa/noscript"
    Then I should see "Rendered by the server."

  @http-only
  Scenario: Over HTTP, <noscript> content is text and its links work
    Given I am on "/spa/noscript"
    Then I should see "JavaScript is off: here is the plain version."
    And I should see "plain version" in the "#without-javascript" element
    When I follow "plain version"
    Then I should see "from=noscript"

  @javascript
  Scenario: In a browser, <noscript> content is not shown
    Given I am on "/spa/noscript"
    Then I should not see "JavaScript is off"
