@javascript
Feature: File upload in a browser
  A local file is typed into the file input; through a remote Selenium server or Grid the file is
  first sent to the server, so the same step works wherever the browser runs.

  Scenario: Upload a file as multipart/form-data
    Given I am on "/forms/upload"
    When I attach the file "hello.txt" to "Avatar"
    And I fill in "Description" with "From the browser"
    And I press "Upload"
    Then I should see "Content-Type: multipart/form-data"
    And I should see "avatar = hello.txt (27 bytes"
    And I should see "Hello from a fixture file." in the ".file-content" element
