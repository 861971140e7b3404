@javascript
Feature: Scripts and screenshots

  Scenario: Run a script and evaluate an expression
    Given I am on "/links"
    When I execute the script "document.getElementById('outcome').textContent = 'Changed by a script'"
    Then I should see "Changed by a script"
    And the expression "document.title" should return "Links"
    And the expression "return 6 * 7" should return "42"

  Scenario: Run a script given as a doc string
    Given I am on "/links"
    When I execute the script:
      """
      var outcome = document.getElementById('outcome');
      outcome.textContent = 'Written by a ' + 'longer script';
      """
    Then I should see "Written by a longer script"

  Scenario: Save a screenshot
    Given I am on "/links"
    When I save a screenshot to "reports/self-test-links.png"
    Then I should see "Links"
