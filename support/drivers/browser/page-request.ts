/** A scenario's API request in a browser session: sent by the open page, as the page's own scripts would. */
import type { WebDriver } from 'selenium-webdriver';
import { DriverError, type DriverRequest, type DriverResponse } from '../driver';
import { attempt } from './element';
import * as scripts from './page-scripts';

/** fetch() from the page at `currentUrl`, so the request carries exactly the cookies the page has for its origin. */
export async function sendFromPage(webDriver: WebDriver, currentUrl: string, request: DriverRequest): Promise<DriverResponse> {
  const target = new URL(request.url).origin;
  const origin = /^https?:/.test(currentUrl) ? new URL(currentUrl).origin : null;
  if (origin !== target) {
    throw new DriverError(
      `In the browser an API request is sent by the page, with the cookies of its origin, so a page of ${target} ` +
        `must be open first (the current page is ${currentUrl}): start with a step like 'Given I am on "/"'`,
    );
  }
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
  const result = (await attempt(`send ${request.method} ${request.url}`, () =>
    webDriver.executeScript(scripts.FETCH, { ...request, body }),
  )) as DriverResponse | { error: string };
  if ('error' in result) throw new DriverError(`${request.method} ${request.url} failed in the page: ${result.error}`);
  return result;
}
