Feature: Forms
  Every MinkContext form step, and the HTML rules for what a form sends.
  The echo page lists what arrived as "name = value" lines.

  Scenario: Fill in text-like fields in every wording
    Given I am on "/forms/text"
    When I fill in "Full name" with "Ada Lovelace"
    And I fill in "email" with "ada@example.com"
    And I fill in "secret password" for "Password"
    And I fill in the following:
      | Age          | 36                      |
      | Search terms | engines                 |
      | Phone        | +44 20 7946 0000        |
      | Website      | https://example.com/ada |
    And I fill in "Biography" with:
      """
      Mathematician and writer.
      The first programmer.
      """
    And I press "Send"
    Then I should see "Method: POST"
    And I should see "Content-Type: application/x-www-form-urlencoded"
    And I should see "name = Ada Lovelace"
    And I should see "email = ada@example.com"
    And I should see "password = secret password"
    And I should see "age = 36"
    And I should see "q = engines"
    And I should see "phone = +44 20 7946 0000"
    And I should see "website = https://example.com/ada"
    And I should see "bio = Mathematician and writer. The first programmer."
    And I should see "token = abc123"

  Scenario: A date field takes an ISO date
    Given I am on "/forms/text"
    When I fill in "Birthday" with "1815-12-10"
    And I press "Send"
    Then I should see "birthday = 1815-12-10"

  Scenario: An escaped quote inside an argument
    Given I am on "/forms/text"
    When I fill in "Full name" with "Augusta \"Ada\" King"
    And I press "Send"
    Then I should see "name = Augusta \"Ada\" King"

  Scenario: Fields are found by label, wrapping label, placeholder, aria-label and data-testid
    Given I am on "/forms/labels"
    When I fill in "City" with "London"
    And I fill in "Country" with "United Kingdom"
    And I fill in "Postcode" with "NW1 6XE"
    And I fill in "Street address" with "Baker Street"
    And I fill in "floor-input" with "2"
    And I check "Residential address"
    And I press "Save address"
    Then I should see "city_field = London"
    And I should see "country = United Kingdom"
    And I should see "zip = NW1 6XE"
    And I should see "street = Baker Street"
    And I should see "floor = 2"
    And I should see "residential = yes"

  Scenario: Select boxes send their defaults
    Given I am on "/forms/select"
    When I press "Order"
    Then I should see "country = de"
    And I should see "toppings[] = ham"
    And I should see "size = Small"

  Scenario: Select options by text or value, and add to a multiple select
    Given I am on "/forms/select"
    When I select "France" from "Country"
    And I select "Mushrooms" from "Toppings"
    And I additionally select "bacon" from "Toppings"
    And I select "Large" from "Size"
    And I press "Order"
    Then I should see "country = fr"
    And I should see "toppings[] = mushroom"
    And I should see "toppings[] = bacon"
    And I should not see "toppings[] = ham"
    And I should see "size = Large"

  Scenario: Checkboxes and radio buttons
    Given I am on "/forms/checkboxes"
    When I check "I accept the terms"
    And I uncheck "Weekly newsletter"
    And I check "Music"
    And I uncheck "Sport"
    And I select "express" from "delivery"
    And I check "Blue"
    And I press "Save preferences"
    Then I should see "terms = on"
    And I should not see "newsletter ="
    And I should see "interests[] = music"
    And I should not see "interests[] = sport"
    And I should see "delivery = express"
    And I should not see "delivery = standard"
    And I should see "colour = blue"

  Scenario: A radio button is selected by its label
    Given I am on "/forms/checkboxes"
    When I select "Pick up in store" from "delivery"
    And I press "Save preferences"
    Then I should see "delivery = pickup"
    And I should see "newsletter = weekly"
    And I should see "interests[] = sport"
    And I should not see "terms ="

  Scenario: Upload a file as multipart/form-data
    Given I am on "/forms/upload"
    When I attach the file "hello.txt" to "Avatar"
    And I fill in "Description" with "A greeting"
    And I press "Upload"
    Then I should see "Content-Type: multipart/form-data"
    And I should see "description = A greeting"
    And I should see "avatar = hello.txt (27 bytes"
    And I should see "Hello from a fixture file." in the ".file-content" element

  Scenario: A file field left empty is still sent
    Given I am on "/forms/upload"
    When I press "Upload"
    Then I should see "avatar = (no file)"

  Scenario: Disabled fields and fields in a disabled fieldset are not sent
    Given I am on "/forms/disabled"
    When I press "Submit"
    Then I should see "enabled = yes"
    And I should not see "disabled = no"
    And I should not see "locked = locked"
    And I should not see "unavailable ="

  Scenario: Fields without a name are not sent
    Given I am on "/forms/unnamed"
    When I fill in "Unnamed field" with "changed"
    And I press "Submit"
    Then I should see "named = sent"
    And I should not see "changed"
    And I should not see "not sent"

  Scenario Outline: Only the pressed submit button is sent
    Given I am on "/forms/buttons"
    When I press "<button>"
    Then I should see "<sent>"
    And I should not see "<not sent>"
    And I should see "title = Draft title"

    Examples:
      | button                | sent              | not sent          |
      | Save                  | action = save     | action = publish  |
      | Make it public        | action = publish  | action = save     |
      | Preview               | preview = Preview | action =          |
      | Button without a type | implicit = yes    | preview = Preview |

  Scenario: An image button sends the click coordinates
    Given I am on "/forms/buttons"
    When I press "Submit with the image"
    Then I should see text matching "map\.x = \d+"
    And I should see text matching "map\.y = \d+"

  Scenario: formaction and formmethod override the form
    Given I am on "/forms/buttons"
    When I press "Send elsewhere"
    Then I should be on "/echo/alternate"
    And I should see "Method: POST"
    And I should see "action = alternate"
    When I move backward one page
    And I press "Find with GET"
    Then I should be on "/echo/searched"
    And I should see "Method: GET"
    And I should see "title = Draft title" in the "#query-params" element
    And I should see "action = find" in the "#query-params" element

  Scenario: A reset button restores the initial values
    Given I am on "/forms/buttons"
    When I fill in "Title" with "Changed title"
    And I press "Reset form"
    Then the "Title" field should contain "Draft title"

  Scenario: A field and a button outside the form, attached with form="id"
    Given I am on "/forms/outside"
    When I fill in "Outside field" with "from outside"
    And I press "Submit"
    Then I should see "inside = in"
    And I should see "outside = from outside"
    When I move backward one page
    And I press "Submit from outside"
    Then I should see "external = yes"
    And I should see "inside = in"

  Scenario: A GET form replaces the query string of its action
    Given I am on "/forms/get-query"
    When I fill in "Query" with "analytical engine"
    And I press "Search"
    Then I should see "Method: GET"
    And I should see "query = analytical engine"
    And I should see "page = 1"
    And I should not see "source = search-page"
    And I should see "Query string: ?query=analytical+engine&page=1"
