Feature: Downloads
  A link or form whose answer is a file saves it instead of opening a page: the page stays, and the
  file can be checked by name, type, size, text and CSV rows. The same over HTTP and in a browser.

  Scenario: A CSV export behind a link
    Given I am on "/downloads"
    When I follow "People as CSV"
    Then a file "people.csv" should be downloaded
    And the downloaded file should be of type "text/csv"
    And the downloaded file should contain "Grace,Hopper,1906"
    And the downloaded CSV should have a row with "Ada", "Lovelace" and "1815"
    And the downloaded file should not contain "Babbage"
    And I should be on "/downloads"
    And I should see "Reports you can take away."

  Scenario: A form that posts and gets a file back
    Given I am on "/downloads"
    When I fill in "Recipient" with "Ada"
    And I press "Download the letter"
    Then a file "letter.txt" should be downloaded
    And the downloaded file should contain "Dear Ada,"
    And the downloaded file should have a size of 32 bytes
    And the "Recipient" field should contain "Ada"

  Scenario: A link with the download attribute saves under its name
    Given I am on "/downloads"
    When I follow "Read me"
    Then a file "readme.txt" should be downloaded
    And the downloaded file should be of type "text/plain"
    And the downloaded file should contain "made every night"
