/**
 * Loaded by `npm run test:unit` (node -r) into the runner and every test file's process: a unit test
 * that starts a browser, Java, a cucumber or npm process, or opens a connection off this machine
 * fails at that line, naming the folder it belongs in. Without it such a test would only show up as
 * a slow unit run, or as a failure on a machine without Chromium.
 */
'use strict';
const childProcess = require('node:child_process');
const net = require('node:net');
const path = require('node:path');

const HEAVY_COMMANDS = /^(chromium|chromium-browser|chrome|google-chrome(-stable)?|chromedriver|geckodriver|firefox|java|cucumber-js|npm|npx)$/;

function refuse(what, fix) {
  throw new Error(`test:unit runs pure code and local HTTP only, but this test ${what}: ${fix} (CONTRIBUTING.md, "Test suites by cost").`);
}

/** The program a child_process call starts: its own name, or the first word of a shell command. */
function programOf(method, command) {
  const text = String(command);
  const program = method === 'exec' || method === 'execSync' ? text.trim().split(/\s+/, 1)[0] : text;
  return path.basename(program);
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|::ffff:127(\.\d{1,3}){3})$/i;

/** Host of a Socket#connect call, or null for a Unix socket or pipe. */
function hostOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first !== null && typeof first === 'object') return first.path !== undefined ? null : first.host ?? 'localhost';
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

function install() {
  for (const method of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync']) {
    const original = childProcess[method];
    childProcess[method] = function guarded(command, ...rest) {
      const program = programOf(method, command);
      if (HEAVY_COMMANDS.test(program)) {
        refuse(`starts ${program}`, 'move it to test/browser (a browser or Java) or test/e2e (a cucumber run)');
      }
      return original.call(this, command, ...rest);
    };
  }

  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    const host = hostOf(args);
    if (host !== null && !LOOPBACK.test(host)) {
      refuse(`connects to ${host}`, 'serve what it needs from 127.0.0.1, or move it to test/e2e');
    }
    return originalConnect.apply(this, args);
  };
}

// Once per process, also when a test file requires it again to check it.
const INSTALLED = Symbol.for('cucumber-mink.unit-guard');
if (!globalThis[INSTALLED]) {
  globalThis[INSTALLED] = true;
  install();
}
