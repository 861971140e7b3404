Feature: Device screens
  A device's screen lasts until the scenario ends. Over HTTP only its user agent is sent (the step's
  note says so); in a browser its size, pixel ratio and touch are emulated too
  (features/javascript/small-screens.feature).

  Scenario: The device's user agent reaches the server
    Given I use a "Pixel 7" screen
    When I go to "/headers"
    Then I should see "user-agent: Mozilla/5.0 (Linux; Android 13; Pixel 7)"

  Scenario: The next scenario sends its own user agent again
    When I go to "/headers"
    Then I should not see "Pixel 7"
