Feature: Web components: what open shadow roots draw is part of the page
  Named steps and page text reach into a component's open shadow root, as a user sees it: over HTTP
  when the page declares it in its markup (<template shadowrootmode="open">), as in a browser. A slot
  shows the light content given to it. CSS crosses into a shadow root with ">>>" (host >>> inside);
  plain CSS stops at it. A closed shadow root is out of reach.

  Background:
    Given I am on "/components"

  Scenario: A form inside a component is filled in and sent by its names
    Then I should see "Stay in touch"
    And I should see "One letter a month"
    And I should not see "No note"
    When I fill in "Email" with "ada@example.org"
    And I press "Subscribe"
    Then I should see "email = ada@example.org"

  Scenario: CSS reaches inside a component with ">>>"
    Then I should see "Stay in touch" in the "newsletter-signup >>> h2" element
    And I should see a "newsletter-signup >>> form input[name=email]" element
    And I should not see a "newsletter-signup h2" element

  Scenario: What a closed shadow root holds is not reached
    Then I should not see "Vault content"
    And I should not see a "vault-panel >>> p" element
