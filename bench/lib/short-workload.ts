/**
 * The speed issue's workload shape: many short scenarios (1–7 steps) over small static pages and
 * small forms, with a few uploads and basic-auth pages, about 1.7 page requests a scenario. Every
 * line is worded as both MinkExtension's MinkContext and cucumber-mink define it, except basic auth,
 * which MinkContext has no step for: the Behat project gets it from BEHAT_BASIC_AUTH_CONTEXT.
 * Deterministic: scenario i is always the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scenariosPerFile, WORK_DIR } from './workload';

/** The demo app's pages these scenarios visit, saved for `php -S` (the router renders /echo and /auth/basic itself). */
export const SHORT_WORKLOAD_PAGES = ['/', '/forms', '/forms/text', '/forms/labels', '/forms/select', '/forms/checkboxes', '/forms/upload', '/forms/disabled', '/links'];

/** Small pages to visit, each with a line of its text. */
const STATIC_PAGES: ReadonlyArray<{ path: string; text: string }> = [
  { path: '/forms/select', text: 'Select boxes' },
  { path: '/forms/checkboxes', text: 'Weekly newsletter' },
  { path: '/forms/disabled', text: 'Locked section' },
  { path: '/links', text: 'The fragment link points here.' },
  { path: '/forms', text: 'Fields outside their form' },
];

/** Links of the forms index and a line of the page each leads to. */
const FORM_LINKS: ReadonlyArray<{ link: string; text: string }> = [
  { link: 'Select boxes', text: 'Toppings' },
  { link: 'Checkboxes and radio buttons', text: 'Pick up in store' },
  { link: 'Disabled fields', text: 'Enabled field' },
  { link: 'File upload', text: 'Description' },
];

/** Upload fixtures, named by the scenarios (files_path for Behat, FILES_PATH for cucumber-mink). */
export const UPLOAD_FILES_DIR = path.join(WORK_DIR, 'short-files');
const UPLOAD_FILES = ['notes-1.txt', 'notes-2.txt', 'notes-3.txt'];

/** The account the router's /auth/basic page accepts. */
const AUTH_USER = 'admin';
const AUTH_PASSWORD = 'secret';

type Kind = 'visit' | 'see' | 'status' | 'follow' | 'form' | 'labels' | 'round-trip' | 'upload' | 'auth';

/**
 * One cycle of 20 scenarios: 34 page requests (1.7 a scenario), one upload and one basic-auth page.
 * Mixed so that each file of 25 holds every kind.
 */
const CYCLE: readonly Kind[] = [
  'see', 'follow', 'round-trip', 'visit', 'status', 'form', 'follow', 'upload', 'see', 'status',
  'round-trip', 'follow', 'labels', 'visit', 'see', 'auth', 'status', 'follow', 'form', 'round-trip',
];

/** Page requests a scenario of each kind makes (visits, submissions, followed links). */
export const REQUESTS: Readonly<Record<Kind, number>> = {
  visit: 1, see: 1, status: 1, follow: 2, form: 2, labels: 2, 'round-trip': 3, upload: 2, auth: 1,
};

function kindOf(index: number): Kind {
  return CYCLE[(index - 1) % CYCLE.length];
}

/** The item of `list` for scenario `index`, moving on by one each cycle so a kind visits every item. */
function pick<T>(list: readonly T[], index: number): T {
  return list[(index + Math.floor((index - 1) / CYCLE.length)) % list.length];
}

/** The text form filled in and sent, as the form and round-trip scenarios both start. */
function sendTextForm(index: number): string[] {
  return [
    'Given I am on "/forms/text"',
    `When I fill in "Full name" with "User ${index}"`,
    `And I fill in "Email address" with "user-${index}@example.com"`,
    'And I press "Send"',
  ];
}

function steps(index: number): string[] {
  const page = pick(STATIC_PAGES, index);
  switch (kindOf(index)) {
    case 'visit':
      return [`Given I am on "${page.path}"`];
    case 'see':
      return [`Given I am on "${page.path}"`, `Then I should see "${page.text}"`];
    case 'status':
      return [`Given I am on "${page.path}"`, 'Then the response status code should be 200', `And I should see "${page.text}"`];
    case 'follow': {
      const { link, text } = pick(FORM_LINKS, index);
      return ['Given I am on "/forms"', `When I follow "${link}"`, `Then I should see "${text}"`];
    }
    case 'form':
      return [...sendTextForm(index), `Then I should see "email = user-${index}@example.com"`];
    case 'labels':
      return ['Given I am on "/forms/labels"', `When I fill in "City" with "City ${index}"`, 'And I press "Save address"', `Then I should see "city_field = City ${index}"`];
    case 'round-trip':
      return [
        ...sendTextForm(index),
        `Then I should see "name = User ${index}"`,
        'When I follow "Demo index"',
        'Then the response status code should be 200',
      ];
    case 'upload': {
      // One upload a cycle: the next file each cycle.
      const file = UPLOAD_FILES[Math.floor((index - 1) / CYCLE.length) % UPLOAD_FILES.length];
      return ['Given I am on "/forms/upload"', `When I attach the file "${file}" to "Avatar"`, 'And I press "Upload"', `Then I should see "avatar = ${file}"`];
    }
    case 'auth':
      return [`Given I use basic auth with "${AUTH_USER}" and "${AUTH_PASSWORD}"`, 'When I am on "/auth/basic"', `Then I should see "Welcome, ${AUTH_USER}"`];
  }
}

export function shortFeatureText(first: number, count: number): string {
  const scenarios: string[] = [];
  for (let index = first; index < first + count; index += 1) {
    scenarios.push(`  Scenario: Short ${kindOf(index)} ${index}\n${steps(index).map((line) => `    ${line}\n`).join('')}`);
  }
  return `Feature: Short scenarios (${first}-${first + count - 1})\n\n${scenarios.join('\n')}`;
}

/** Page requests of the first `count` scenarios. */
export function shortRequestCount(count: number): number {
  let requests = 0;
  for (let index = 1; index <= count; index += 1) requests += REQUESTS[kindOf(index)];
  return requests;
}

/** Writes the scenarios in files of BENCH_SCENARIOS_PER_FILE (25) and the upload fixtures; returns the features folder. */
export function writeShortFeatures(name: string, count: number): string {
  const perFile = scenariosPerFile() || count;
  const dir = path.join(WORK_DIR, 'features', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let first = 1, part = 1; first <= count; first += perFile, part += 1) {
    fs.writeFileSync(path.join(dir, `${name}-${String(part).padStart(3, '0')}.feature`), shortFeatureText(first, Math.min(perFile, count - first + 1)));
  }
  fs.mkdirSync(UPLOAD_FILES_DIR, { recursive: true });
  for (const file of UPLOAD_FILES) fs.writeFileSync(path.join(UPLOAD_FILES_DIR, file), `Upload fixture ${file}\n`);
  return dir;
}

/**
 * MinkContext has no basic-auth step; a Behat project writes this one (cucumber-mink ships the
 * same wording). Behat autoloads features/bootstrap/.
 */
export const BEHAT_BASIC_AUTH_CONTEXT = {
  name: 'FeatureContext',
  php: `<?php

use Behat\\MinkExtension\\Context\\MinkContext;

class FeatureContext extends MinkContext
{
    /**
     * @Given /^(?:|I )use basic auth with "(?P<user>[^"]*)" and "(?P<password>[^"]*)"$/
     */
    public function useBasicAuth(string $user, string $password): void
    {
        $this->getSession()->setBasicAuth($user, $password);
    }
}
`,
};
