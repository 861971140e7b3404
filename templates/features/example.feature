Feature: Example
  These scenarios run against the demo app that ships with cucumber-mink, until BASE_URL (or
  worldParameters.baseUrl in cucumber.config.ts) points at your own site. List every step with
  `npx cucumber-mink steps`; `npx cucumber-mink demo` serves the demo app for a look around.

  Scenario: Sign up over plain HTTP, without a browser
    Given I am on the homepage
    Then I should see "cucumber-mink demo"
    When I sign up as "Ada Lovelace" with "ada@example.com"
    Then the response status code should be 200
    And the form should have sent:
      | name  | Ada Lovelace    |
      | email | ada@example.com |

  @javascript
  Scenario: Wait for text that JavaScript adds, in a real browser
    Given I am on "/async/appear"
    Then I should see "Arrived after 1500 ms"
