/**
 * Navigating the browser (visit, reload, back, forward) and reading what the page came with: its
 * URL, its response's status and headers. Apart from the driver because a navigation is more than
 * one WebDriver command: a page that asks before it is left, a submission that cancels a visit, an
 * error page instead of the page, and which of the BiDi responses belongs to the page shown.
 */
import type { WebDriver } from 'selenium-webdriver';
import { DriverError, UnsupportedDriverActionError, type NavigationNote } from '../driver';
import { NO_BIDI, type BidiNetwork } from './bidi-network';
import type { CookiesAndStorage } from './cookies-and-storage';
import { acceptLeavePageOnNavigation, isDialogOpenError, urlBehindDialog } from './dialogs';
import { attempt, notYet, translateError } from './element';
import { ERROR_PAGE_CODE, navigateTo, navigationFailed } from './navigation-errors';
import type { NetworkStubs } from './network-stubs';
import type { WindowTracker } from './windows';
import { maskUrlCredentials } from '../../config/mask';

/** What the driver lends: the running WebDriver, its BiDi network (null without BiDi), the state a navigation touches. */
export interface NavigationParts {
  webDriver(): WebDriver;
  network(): BidiNetwork | null;
  readonly windows: WindowTracker;
  readonly storage: CookiesAndStorage;
  readonly requestStubs: NetworkStubs;
}

export class BrowserNavigation {
  /** Responses up to this one predate the last visit or reload (which may load the same URL again). */
  private responsesBeforeNavigation = 0;

  constructor(private readonly parts: NavigationParts) {}

  private get webDriver(): WebDriver {
    return this.parts.webDriver();
  }

  private get network(): BidiNetwork | null {
    return this.parts.network();
  }

  private get windows(): WindowTracker {
    return this.parts.windows;
  }

  // A top-level navigation leaves any iframe: WebDriver talks to the top document afterwards. A page
  // that asks before it is left is left (its leave-page dialog accepted), and the note says so.
  async visit(url: string): Promise<NavigationNote> {
    this.parts.requestStubs.refuseWaitedRequest(url, `visiting ${maskUrlCredentials(url)}`);
    this.windows.frames = [];
    this.parts.storage.noteUrl(url);
    this.responsesBeforeNavigation = this.network?.lastSequence() ?? 0;
    const mark = this.network?.navigationMark() ?? 0;
    await navigateTo(this.webDriver, url);
    // The error-page check is the command that meets a leave-page dialog, if any: one round trip.
    const { note, probed } = await attempt(`visit ${maskUrlCredentials(url)}`, () =>
      acceptLeavePageOnNavigation(this.webDriver, () => this.webDriver.executeScript(ERROR_PAGE_CODE)),
    );
    let errorCode = probed;
    // A form the previous step's click submitted can leave only now and cancel this visit: go again, once.
    if (this.network) {
      const context = await attempt('read the window handle', () => this.webDriver.getWindowHandle());
      if (this.network.replacedNavigation(context, url, mark)) {
        await navigateTo(this.webDriver, url);
        errorCode = undefined;
      }
    }
    // Read only when no dialog holds the page (one the new page opened is the step's to answer).
    if (errorCode === undefined) errorCode = await this.webDriver.executeScript(ERROR_PAGE_CODE).catch(() => null);
    if (typeof errorCode === 'string') throw navigationFailed(url, errorCode);
    return note ?? undefined;
  }

  async reload(): Promise<NavigationNote> {
    this.windows.frames = [];
    this.responsesBeforeNavigation = this.network?.lastSequence() ?? 0;
    await attempt('reload the page', () => this.webDriver.navigate().refresh());
    return (await this.leaveAskingPage('reload the page')) ?? undefined;
  }

  async back(): Promise<NavigationNote> {
    this.windows.frames = [];
    await attempt('go back', () => this.webDriver.navigate().back());
    return (await this.leaveAskingPage('go back')) ?? undefined;
  }

  async forward(): Promise<NavigationNote> {
    this.windows.frames = [];
    await attempt('go forward', () => this.webDriver.navigate().forward());
    return (await this.leaveAskingPage('go forward')) ?? undefined;
  }

  /** A leave-page dialog the navigation met, accepted as WebDriver does for a navigation: the note, or null. */
  private async leaveAskingPage(doing: string): Promise<string | null> {
    return (await attempt(doing, () => acceptLeavePageOnNavigation(this.webDriver))).note;
  }

  async currentUrl(): Promise<string> {
    let url: string;
    try {
      url = await this.webDriver.getCurrentUrl();
    } catch (caught) {
      // A dialog blocks classic commands, not the page behind it: failure context still names it.
      const behind = isDialogOpenError(caught) && this.network ? await urlBehindDialog(this.webDriver) : null;
      if (behind === null) throw translateError(caught, 'read the current URL');
      url = behind;
    }
    this.parts.storage.noteUrl(url);
    return url;
  }

  private async navigationResponse(what: string) {
    if (!this.network) throw new UnsupportedDriverActionError(`${what} is not available in this browser session: ${NO_BIDI}`);
    const context = await attempt('read the window handle', () => this.webDriver.getWindowHandle());
    const currentUrl = await this.currentUrl();
    if (!/^https?:/.test(currentUrl)) throw new DriverError(`${what}: no page has been loaded over HTTP in this window yet`);
    // The response of the last visit or reload, or of a later page (a click, going back or forward).
    const response = this.network.navigationResponse(context, currentUrl, this.responsesBeforeNavigation);
    if (response) return response;
    // The network event may trail the navigation WebDriver already reported done: the Session
    // asks again until its wait timeout.
    throw notYet('NoResponseYet', `${what}: no HTTP response was seen yet for ${currentUrl} in this window`);
  }

  /** The status of the page shown: its navigation's response, or a later page's. */
  async statusCode(): Promise<number> {
    return (await this.navigationResponse('the response status code')).status;
  }

  async responseHeaders(): Promise<Record<string, string[]>> {
    return (await this.navigationResponse('the response headers')).headers;
  }
}
