Feature: JSON answers checked with behatch's wording
  Teams coming from Behat keep their behatch assertions: headers, the JSON nodes of an answer
  (a dotted path, [n] for items, root for the whole document), a JSON Schema.

  Background:
    Given I am on the homepage
    When I send a "PUT" request to "/api/recipes/pancakes" with body:
      """
      { "servings": 4, "flour": "250 g", "tags": ["sweet", "quick"], "vegan": false, "notes": null, "rating": 4.5 }
      """

  Scenario: Headers of the answer
    Then the response status code should be 201
    And the header "Content-Type" should be equal to "Application/JSON; charset=utf-8"
    And the header "Content-Type" should not be equal to "text/html"
    And the header "Content-Type" should contain "json"
    And the header "Content-Type" should not contain "xml"
    And the header "Content-Type" should match "/^application\/json/i"
    And the header "Content-Type" should not match "#text/html#"
    And the header "Content-Type" should exist
    And the header "X-Powered-By" should not exist

  Scenario: The nodes of a JSON answer
    Then the response should be in JSON
    And the JSON node "name" should be equal to "pancakes"
    And the JSON node "servings" should be equal to "4"
    And the JSON node "servings" should be equal to the number 4
    And the JSON node "rating" should be equal to the number 4.5
    And the JSON node "flour" should be equal to the string "250 g"
    And the JSON node "tags[1]" should be equal to "quick"
    And the JSON node "tags" should have 2 elements
    And the JSON node root should have 7 elements
    And the JSON node "tags" should contain "sweet"
    And the JSON node "flour" should not contain "kg"
    And the JSON node "flour" should match "/^\d+ g$/"
    And the JSON node "notes" should be null
    And the JSON node "flour" should not be null
    And the JSON node "vegan" should be false
    And the JSON node "tags[0]" should exist
    And the JSON node "tags[2]" should not exist
    And the JSON nodes should be equal to:
      | name      | pancakes |
      | servings  | 4        |
      | root.tags[0] | sweet |
    And the JSON nodes should contain:
      | flour | 250 |
    And the JSON nodes should not contain:
      | flour | 500 |

  Scenario: The whole document, and a schema
    Then the JSON should be equal to:
      """
      { "name": "pancakes", "rating": 4.5, "servings": 4, "flour": "250 g", "tags": ["sweet", "quick"], "vegan": false, "notes": null }
      """
    And the JSON should be valid according to this schema:
      """
      { "type": "object", "required": ["name", "tags"], "properties": { "tags": { "type": "array", "items": { "type": "string" } } } }
      """
    And the JSON should be invalid according to this schema:
      """
      { "type": "object", "properties": { "servings": { "type": "string" } } }
      """
    And the JSON should be valid according to the schema "features/files/recipe.schema.json"

  Scenario: An answer that is not JSON, a cookie that is set, an empty answer
    When I send a "GET" request to "/cookies/set?name=flavour&value=vanilla"
    Then the response should not be in JSON
    And the cookie "flavour" should be set
    And the cookie "vanilla" should not be set
    When I send a "DELETE" request to "/api/recipes/pancakes"
    Then the response status code should be 204
    And the response should be empty
