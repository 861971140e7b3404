/**
 * Open dialogs, including the leave-page (`beforeunload`) one. Sessions are created with
 * `beforeUnload: 'ignore'`, so a leave-page dialog a click meets stays open like an alert and a step
 * accepts or dismisses it; a navigation step accepts it itself, as WebDriver's default does. While it
 * is open, chromedriver refuses other classic commands with "Unexpected dialog type beforeunload".
 * WebDriver BiDi is not blocked by dialogs: it still tells which page is open.
 */
import { error as seleniumError, type WebDriver } from 'selenium-webdriver';
import { maskUrlCredentials } from '../../config/mask';

const LEAVE_PAGE_DIALOG = /Unexpected dialog type beforeunload/i;

/** True for the errors WebDriver gives while any dialog (alert, confirm, prompt, leave-page) is open. */
export function isDialogOpenError(caught: unknown): boolean {
  if (caught instanceof seleniumError.UnexpectedAlertOpenError) return true;
  return isLeavePageDialogError(caught);
}

export function isLeavePageDialogError(caught: unknown): boolean {
  return caught instanceof seleniumError.WebDriverError && LEAVE_PAGE_DIALOG.test(caught.message);
}

interface BidiSender {
  send(params: { method: string; params: Record<string, unknown> }): Promise<{ result?: { contexts?: Array<{ url?: string }> } }>;
}

/** The URL of the current window over BiDi, which an open dialog does not block; `null` if unknown. */
export async function urlBehindDialog(webDriver: WebDriver): Promise<string | null> {
  try {
    const context = await webDriver.getWindowHandle();
    const bidi = (await webDriver.getBidi()) as unknown as BidiSender;
    const answer = await bidi.send({ method: 'browsingContext.getTree', params: { root: context, maxDepth: 0 } });
    return answer.result?.contexts?.[0]?.url ?? null;
  } catch {
    return null;
  }
}

/**
 * After a navigation command (visit, reload, back, forward): a page that asks before it is left holds
 * the navigation in a leave-page dialog. As WebDriver does by default for a navigation, the dialog is
 * accepted and the navigation goes on; this returns once it has (the next command waits for it).
 * `probe` is the first command after the navigation (any classic command fails while the dialog is
 * open): its value when it ran, `undefined` when a dialog stopped it. `note` says that a page asked,
 * or is `null`. A click that leaves such a page is not a navigation command: its dialog stays open for
 * the dialog steps.
 */
export async function acceptLeavePageOnNavigation<T>(
  webDriver: WebDriver,
  probe: () => Promise<T> = () => webDriver.getCurrentUrl() as Promise<T>,
): Promise<{ note: string | null; probed: T | undefined }> {
  try {
    return { note: null, probed: await probe() };
  } catch (caught) {
    // Another failure (an alert the new page opened …) is for the next command to report.
    if (!isLeavePageDialogError(caught)) return { note: null, probed: undefined };
  }
  const left = await urlBehindDialog(webDriver);
  await webDriver.switchTo().alert().accept();
  await webDriver.getCurrentUrl();
  const page = left ? maskUrlCredentials(left) : 'the page';
  return { note: `${page} asked before it is left (a leave-page dialog): accepted, as WebDriver does for a navigation`, probed: undefined };
}

/**
 * Navigating away from a page with a `beforeunload` handler opens a leave-page dialog and leaves
 * the page where it is. Accepting it lets the navigation go on; `true` when there was one.
 */
export async function acceptLeavePageDialog(webDriver: WebDriver): Promise<boolean> {
  try {
    await webDriver.switchTo().alert().accept();
    return true;
  } catch {
    return false;
  }
}
