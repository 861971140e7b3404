/**
 * The download steps, made to fail on purpose against the demo app's exports: each message says what
 * was expected and what was downloaded instead, or that nothing was.
 */
import { describe, it } from 'node:test';
import { expectEachToFail, useFeatureRunner, type FailureCase as Case } from './feature-run';

const EXPORT = ['Given I am on "/downloads"', 'When I follow "People as CSV"'];

const CASES: Case[] = [
  { name: 'nothing downloaded', steps: ['Given I am on "/downloads"', 'Then a file "people.csv" should be downloaded'], message: /Nothing was downloaded in this scenario; expected a file "people\.csv"\./ },
  { name: 'nothing to read', steps: ['Given I am on "/downloads"', 'Then the downloaded file should contain "Ada"'], message: /Nothing was downloaded in this scenario: a click on a download link or a form that answers with a file saves one\./ },
  { name: 'another file downloaded', steps: [...EXPORT, 'Then a file "people.xlsx" should be downloaded'], message: /No file "people\.xlsx" was downloaded; downloaded in this scenario: "people\.csv" \(text\/csv, \d+ bytes\)\./ },
  { name: 'wrong type', steps: [...EXPORT, 'Then the downloaded file should be of type "application/pdf"'], message: /The downloaded file "people\.csv" is of type "text\/csv", but "application\/pdf" expected\./ },
  { name: 'wrong size', steps: [...EXPORT, 'Then the downloaded file should have a size of 1 bytes'], message: /The downloaded file "people\.csv" is \d+ bytes, but 1 expected\./ },
  { name: 'text missing', steps: [...EXPORT, 'Then the downloaded file should contain "Babbage"'], message: /The downloaded file "people\.csv" does not contain "Babbage"\. It begins: "First name,Last name,Born Ada,Lovelace,1815/ },
  { name: 'text present', steps: [...EXPORT, 'Then the downloaded file should not contain "Hopper"'], message: /The downloaded file "people\.csv" contains "Hopper", but it should not\./ },
  { name: 'no such row', steps: [...EXPORT, 'Then the downloaded CSV should have a row with "Ada" and "1906"'], message: /The downloaded CSV "people\.csv" has no row with "Ada" and "1906"\. Its rows:\n {2}1\. First name \| Last name \| Born\n {2}2\. Ada \| Lovelace \| 1815\n {2}3\. Grace \| Hopper \| 1906/ },
];

/** In a browser the steps wait for a download first: these fail after the wait, with the same words. */
const BROWSER_CASES: Case[] = [
  { name: 'nothing downloaded in a browser', steps: ['Given I am on "/downloads"', 'Then a file "people.csv" should be downloaded'], message: /Nothing was downloaded in this scenario; expected a file "people\.csv"\./ },
  { name: 'another file downloaded in a browser', steps: [...EXPORT, 'Then a file "people.xlsx" should be downloaded'], message: /No file "people\.xlsx" was downloaded; downloaded in this scenario: "people\.csv" \(text\/csv, \d+ bytes\)\./ },
];

describe('failure messages of the download steps', () => {
  const runner = useFeatureRunner();

  it('say what was expected and what was downloaded instead, or that nothing was', async () => {
    // Where: the page with the link.
    await expectEachToFail(runner, CASES, /\+--\[ HTTP 200 \| http:\/\/127\.0\.0\.1:\d+\/downloads \| http \]/);
  });

  it('in a browser, fail after waiting for a download with the same words', async () => {
    await expectEachToFail(runner, BROWSER_CASES, /\+--\[ (HTTP 200 \| )?http:\/\/127\.0\.0\.1:\d+\/downloads \| browser/, '@javascript @wait:1');
  });
});
