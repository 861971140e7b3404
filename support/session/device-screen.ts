/**
 * `I use a "iPhone 13" screen`: a device's screen for the rest of the scenario. A browser emulates
 * all of it (size, pixel ratio, touch, user agent); over HTTP there is no screen, so only the user
 * agent is sent, and the step's note says so. Both are undone by the reset before the next scenario.
 */
import { DEVICES, findDevice } from '../drivers/devices';
import { browserOperationsOf } from '../drivers/driver';
import { ExpectationError, quoteList } from './errors';
import type { Session } from './session';

export async function useDeviceScreen(session: Session, name: string): Promise<string | void> {
  const device = findDevice(name);
  if (!device) {
    const known = quoteList(DEVICES.map((candidate) => candidate.name));
    throw new ExpectationError(`Unknown device "${name}": the known screens are ${known}. For another size, write: I resize the window to 375x667`, [], false);
  }
  await session.ensureStarted();
  const browser = browserOperationsOf(session.driver);
  if (browser) return browser.emulateDevice(device);
  // The origin of the page in view (the base URL before any): where the scenario's requests go.
  await session.setRequestHeader('User-Agent', device.userAgent);
  return `Over HTTP there is no screen: only the "${device.name}" user agent is sent (tag the scenario @javascript to emulate its size, pixel ratio and touch).`;
}
