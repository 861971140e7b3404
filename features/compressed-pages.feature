Feature: Compressed responses
  A server may compress its answer (Content-Encoding: gzip, deflate or br) whatever the request
  asked for. The page reads as the page, over HTTP as in a browser.

  Scenario Outline: A page sent as <coding> reads as text
    Given I am on "/compressed?coding=<coding>"
    Then I should see "Decoded from the compressed body: crème brûlée."
    And I should see "crème brûlée" in the "p" element
    And the response should contain "<h1>Compressed page</h1>"

    Examples:
      | coding  |
      | gzip    |
      | deflate |
      | br      |
