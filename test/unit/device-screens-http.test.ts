/**
 * A device's screen over HTTP: there is no screen, so only the device's user agent is sent, the
 * step's note says so, and the reset before the next scenario sends the driver's own again. An
 * unknown device is refused with the list of known ones.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { DEVICES } from '../../support/drivers/devices';
import { HttpDriver } from '../../support/drivers/http';
import { useDeviceScreen } from '../../support/session/device-screen';
import { ExpectationError } from '../../support/session/errors';
import { Session } from '../../support/session/session';

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<p id="ua">${request.headers['user-agent'] ?? ''}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

describe('device screens over HTTP', () => {
  it('sends the device\'s user agent, says only that is emulated, and forgets it at the reset', async () => {
    const session = new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
    const note = await useDeviceScreen(session, 'iphone 13');
    assert.equal(note, 'Over HTTP there is no screen: only the "iPhone 13" user agent is sent (tag the scenario @javascript to emulate its size, pixel ratio and touch).');
    await session.visit('/');
    assert.equal((await session.driver.pageText()).trim(), DEVICES.find((device) => device.name === 'iPhone 13')?.userAgent);
    await session.reset();
    await session.visit('/');
    assert.doesNotMatch(await session.driver.pageText(), /iPhone/);
  });

  it('refuses an unknown device, listing the known ones', async () => {
    const session = new Session('http', new HttpDriver(), { baseUrl: base, filesPath: '.', waitTimeout: 0 });
    await assert.rejects(useDeviceScreen(session, 'Nokia 3310'), (error: unknown) => {
      assert.ok(error instanceof ExpectationError);
      assert.equal(error.message, 'Unknown device "Nokia 3310": the known screens are "iPhone SE", "iPhone 13", "Pixel 7", "Galaxy S20", "iPad Mini". For another size, write: I resize the window to 375x667');
      return true;
    });
  });
});
