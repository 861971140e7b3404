/**
 * A device's screen in Chromium, through DevTools' Emulation domain: viewport and pixel ratio
 * (mobile layout), touch (so `(pointer: coarse)` matches and touch events exist) and the user agent.
 * The overrides belong to the tab; a reset replaces the tab (the window counts as resized), so the
 * next scenario starts with the browser's own screen.
 */
import type { DeviceProfile } from '../devices';
import { UnsupportedDriverActionError } from '../driver';
import type { DevTools } from './cookies-and-storage';
import { attempt } from './element';
import type { WindowTracker } from './windows';

export async function emulateDevice(devTools: DevTools | null, windows: WindowTracker, device: DeviceProfile): Promise<void> {
  if (!devTools) {
    throw new UnsupportedDriverActionError(
      `emulating the "${device.name}" screen needs Chromium's DevTools, which this browser does not offer: run the scenario in Chrome or Chromium, or use "I resize the window to ${device.width}x${device.height}" for the size alone`,
    );
  }
  windows.resized = true;
  await attempt(`emulate the "${device.name}" screen`, async () => {
    await devTools.sendDevToolsCommand('Emulation.setDeviceMetricsOverride', {
      width: device.width,
      height: device.height,
      deviceScaleFactor: device.pixelRatio,
      mobile: device.mobile,
      screenWidth: device.width,
      screenHeight: device.height,
    });
    await devTools.sendDevToolsCommand('Emulation.setTouchEmulationEnabled', { enabled: device.touch, maxTouchPoints: device.touch ? 5 : 1 });
    await devTools.sendDevToolsCommand('Emulation.setEmitTouchEventsForMouse', { enabled: device.touch, configuration: device.mobile ? 'mobile' : 'desktop' });
    await devTools.sendDevToolsCommand('Emulation.setUserAgentOverride', { userAgent: device.userAgent });
  });
}
