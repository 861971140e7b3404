/**
 * A scenario's API request in a browser session. With a page of its origin open, the page sends it
 * with fetch(), as the page's own scripts would, with exactly the cookies the page has. Before the
 * first page, or on a page of another origin, it is sent from Node with the browser's cookies for
 * that URL (request-from-node.ts): the same request, without having to open a page first.
 */
import type { WebDriver } from 'selenium-webdriver';
import { DriverError, type DriverRequest, type DriverResponse } from '../driver';
import type { ExchangeLog } from '../exchange-log';
import { attempt } from './element';
import * as scripts from './page-scripts';
import { sendFromNode, type BrowserCookies } from './request-from-node';

export async function sendScenarioRequest(
  webDriver: WebDriver,
  currentUrl: string,
  request: DriverRequest,
  cookies: BrowserCookies,
  originHeaders: (url: string) => Record<string, string>,
  exchanges: ExchangeLog,
): Promise<DriverResponse> {
  if (!sentByPage(currentUrl, request.url)) return sendFromNode(request, cookies, originHeaders, exchanges);
  return sendFromPage(webDriver, request);
}

/** Whether the open page (at `currentUrl`) sends the request to `url`: it must be of the same origin. */
export function sentByPage(currentUrl: string, url: string): boolean {
  const pageOrigin = /^https?:/.test(currentUrl) ? new URL(currentUrl).origin : null;
  return pageOrigin === new URL(url).origin;
}

/** fetch() from the open page, so the request carries exactly the cookies the page has for its origin. */
async function sendFromPage(webDriver: WebDriver, request: DriverRequest): Promise<DriverResponse> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body;
  const result = (await attempt(`send ${request.method} ${request.url}`, () =>
    webDriver.executeScript(scripts.FETCH, { ...request, body }),
  )) as DriverResponse | { error: string };
  if ('error' in result) throw new DriverError(`${request.method} ${request.url} failed in the page: ${result.error}`);
  return result;
}
