/** The driver conformance cases (test/conformance/cases.ts) against the browser driver in headless Chromium. */
import { headlessChromeDriver } from './harness';
import { runConformance } from '../conformance/cases';

// A short wait: every case acts on a page that is complete when it loads, and a refusal that waits
// (disabled, read-only) would otherwise take the default wait time to fail.
runConformance('browser', headlessChromeDriver, 1);
