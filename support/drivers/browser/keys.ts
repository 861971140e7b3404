/**
 * Key names as steps write them (Enter, ArrowDown, ctrl…) translated to WebDriver's key codes.
 */
import { Key } from 'selenium-webdriver';
import { DriverError } from '../driver';

const KEY_NAMES: Record<string, string> = {
  enter: Key.ENTER, return: Key.RETURN, tab: Key.TAB, escape: Key.ESCAPE, esc: Key.ESCAPE,
  backspace: Key.BACK_SPACE, delete: Key.DELETE, space: Key.SPACE, insert: Key.INSERT,
  arrowup: Key.ARROW_UP, up: Key.ARROW_UP, arrowdown: Key.ARROW_DOWN, down: Key.ARROW_DOWN,
  arrowleft: Key.ARROW_LEFT, left: Key.ARROW_LEFT, arrowright: Key.ARROW_RIGHT, right: Key.ARROW_RIGHT,
  home: Key.HOME, end: Key.END, pageup: Key.PAGE_UP, pagedown: Key.PAGE_DOWN,
  f1: Key.F1, f2: Key.F2, f3: Key.F3, f4: Key.F4, f5: Key.F5, f6: Key.F6,
  f7: Key.F7, f8: Key.F8, f9: Key.F9, f10: Key.F10, f11: Key.F11, f12: Key.F12,
};

const MODIFIER_KEYS: Record<string, string> = {
  ctrl: Key.CONTROL, control: Key.CONTROL, alt: Key.ALT, option: Key.ALT, shift: Key.SHIFT,
  meta: Key.META, cmd: Key.META, command: Key.META,
};

/**
 * The keys to send for `key` held with `modifiers`. Mink also accepts a character code (`13`),
 * so a number of two or more digits is a code, while a single digit is that digit.
 */
export function keystroke(key: string, modifiers: string[]): string {
  const modifierKeys = modifiers.map((modifier) => {
    const found = MODIFIER_KEYS[modifier.toLowerCase()];
    if (!found) throw new DriverError(`unknown modifier "${modifier}" (use ctrl, alt, shift or meta)`);
    return found;
  });
  let typed: string;
  if (/^\d+$/.test(key) && key.length > 1) typed = String.fromCharCode(Number(key));
  else if (key.length === 1) typed = key;
  else {
    const named = KEY_NAMES[key.toLowerCase().replace(/[\s_-]/g, '')];
    if (!named) throw new DriverError(`unknown key "${key}" (use a character or a key name such as Enter, Tab, ArrowDown, Escape)`);
    typed = named;
  }
  return Key.chord(...modifierKeys, typed);
}
