/**
 * Scripts run in the page with executeScript. Each is a function body; `arguments` are the values
 * passed alongside it.
 */
import { browserIsShownScript } from '../../selectors/named';
import { PAGE_TEXT_WITH_SHADOW_ROOTS } from './shadow-page-text';

/** HTML's radio button group: same name, same form owner; a nameless radio is a group of one. */
const RADIO_GROUP_OF = `
  function radioGroupOf(el) {
    if (!el.name) return [el];
    var radios = (el.form || el.ownerDocument).querySelectorAll('input[type="radio"]'), group = [];
    for (var i = 0; i < radios.length; i++) if (radios[i].name === el.name && radios[i].form === el.form) group.push(radios[i]);
    return group;
  }
`;

export const RADIO_GROUP = `${RADIO_GROUP_OF} return radioGroupOf(arguments[0]);`;

/** Mink's value contract: checkbox → value or null; radio → the checked value of its group; multiple select → string[]. */
export const READ_VALUE = `${RADIO_GROUP_OF}
  var el = arguments[0];
  var tag = el.tagName.toLowerCase();
  if (tag === 'input' && el.type === 'checkbox') return el.checked ? el.value : null;
  if (tag === 'input' && el.type === 'radio') {
    var group = radioGroupOf(el);
    for (var i = 0; i < group.length; i++) if (group[i].checked) return group[i].value;
    return null;
  }
  if (tag === 'select') {
    if (el.multiple) {
      var values = [];
      for (var j = 0; j < el.options.length; j++) if (el.options[j].selected) values.push(el.options[j].value);
      return values;
    }
    return el.value;
  }
  if ('value' in el && typeof el.value === 'string') return el.value;
  return el.getAttribute('value') || '';
`;

/**
 * Driver.controlFacts, as a function source (a lookup reads them too: found-facts.ts). \`:disabled\` is the
 * browser's own rule (fieldset, first legend, optgroup).
 */
export const CONTROL_FACTS_FUNCTION = `function (el) {
  var type = el.getAttribute('type'), editable = el.getAttribute('contenteditable');
  return {
    tag: el.tagName.toLowerCase(),
    type: type === null ? null : type.trim().toLowerCase(),
    disabled: el.matches(':disabled'),
    readOnly: el.hasAttribute('readonly'),
    editable: editable !== null && editable.toLowerCase() !== 'false'
  };
}`;

export const CONTROL_FACTS = `return (${CONTROL_FACTS_FUNCTION})(arguments[0]);`;

/**
 * What typing needs to know (how to clear the field first), read in the round trip that scrolls the
 * field into view for the keys, unless its type is one of arguments[1] (set by script, not typed).
 */
export const DESCRIBE_FIELD = `
  var el = arguments[0], type = (el.getAttribute('type') || '').toLowerCase();
  if (arguments[1].indexOf(type) < 0) el.scrollIntoView({ block: 'center', inline: 'center' });
  return {
    tag: el.tagName.toLowerCase(),
    type: type,
    length: typeof el.value === 'string' ? el.value.length : el.isContentEditable ? el.textContent.length : 0
  };
`;

/**
 * Types whose value typing cannot set reliably (locale-dependent widgets): set it and fire the events,
 * then leave the field unless arguments[2] asks to keep the focus there.
 */
export const SET_VALUE_WITH_EVENTS = `
  var el = arguments[0], value = arguments[1];
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (!arguments[2]) el.blur();
`;

/**
 * Focus the field and select its whole content, so the next keystroke replaces all of it. Focusing
 * first matters: WebDriver moves the caret to the end of an element it has to focus itself.
 * Returns false when nothing could be selected (a field type without a selection API).
 */
export const FOCUS_AND_SELECT_ALL = `
  var el = arguments[0];
  if (el.ownerDocument.activeElement !== el) el.focus();
  if (el.isContentEditable) {
    var range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    var selection = el.ownerDocument.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  try { el.select(); } catch (e) { return false; }
  return true;
`;

/** The last resort when deleting the selection left text behind: empty the field as deleting would. */
export const CLEAR_WITH_INPUT_EVENT = `
  var el = arguments[0];
  el.value = '';
  el.dispatchEvent(new Event('input', { bubbles: true }));
`;

/** Blur ends the edit the way a user leaving the field does: \`change\` fires once, here. */
export const BLUR_IF_FOCUSED = `
  var el = arguments[0];
  if (el.ownerDocument.activeElement === el) el.blur();
`;

export const SCROLL_INTO_VIEW = `arguments[0].scrollIntoView({ block: 'center', inline: 'center' });`;

export const INNER_HTML = `return arguments[0].innerHTML;`;
export const GET_ATTRIBUTE = `return arguments[0].getAttribute(arguments[1]);`;

/** Deselect every option of a multiple select without events, as Mink does before a choice that replaces the selection. */
export const DESELECT_ALL_IF_MULTIPLE = `
  var select = arguments[0];
  if (!select.multiple) return;
  for (var i = 0; i < select.options.length; i++) select.options[i].selected = false;
`;

/**
 * HTML5 drag and drop: WebDriver mouse actions do not fire drag events in Chrome, so they are
 * dispatched here with one shared DataTransfer, in the order a browser fires them.
 */
export const HTML5_DRAG_AND_DROP = `
  var source = arguments[0], target = arguments[1];
  var transfer = new DataTransfer();
  function fire(el, type) {
    var rect = el.getBoundingClientRect();
    var event = new DragEvent(type, {
      bubbles: true, cancelable: true, composed: true, dataTransfer: transfer,
      clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2
    });
    el.dispatchEvent(event);
  }
  fire(source, 'dragstart');
  fire(source, 'drag');
  fire(target, 'dragenter');
  fire(target, 'dragover');
  fire(target, 'drop');
  fire(source, 'dragend');
`;

/** A frame element by id, then name, then CSS; null when none matches. */
export const FIND_FRAME = `
  var locator = arguments[0];
  var byId = document.getElementById(locator);
  if (byId && /^(iframe|frame)$/i.test(byId.tagName)) return byId;
  var byName = document.getElementsByName(locator);
  for (var i = 0; i < byName.length; i++) if (/^(iframe|frame)$/i.test(byName[i].tagName)) return byName[i];
  try { return document.querySelector(locator); } catch (e) { return null; }
`;

/**
 * Page text and visibility agree: innerText reads the text of exactly the elements IS_VISIBLE calls
 * shown (see selectors/browser-script), the rule the named selectors prefer visible matches by; open
 * shadow roots are read as drawn (shadow-page-text).
 */
export const PAGE_TEXT = PAGE_TEXT_WITH_SHADOW_ROOTS;
export const IS_VISIBLE = browserIsShownScript();
export const PAGE_HTML = `return document.documentElement ? document.documentElement.outerHTML : '';`;
export const WINDOW_NAME_AND_TITLE = `return [window.name, document.title];`;
/**
 * What a page can clear of its own origin's storage, for a browser without DevTools: both storages,
 * IndexedDB, Cache Storage and service workers. Resolves once all is gone (or refused).
 */
export const CLEAR_ORIGIN_STORAGE = `
  try { localStorage.clear(); } catch (e) {}
  try { sessionStorage.clear(); } catch (e) {}
  var quietly = function (work) { try { return Promise.resolve(work()).catch(function () {}); } catch (e) { return Promise.resolve(); } };
  return Promise.all([
    quietly(function () {
      return indexedDB.databases().then(function (found) {
        return Promise.all(found.map(function (db) { return new Promise(function (done) {
          var deleting = indexedDB.deleteDatabase(db.name); deleting.onsuccess = deleting.onerror = deleting.onblocked = function () { done(); };
        }); }));
      });
    }),
    quietly(function () { return caches.keys().then(function (keys) { return Promise.all(keys.map(function (key) { return caches.delete(key); })); }); }),
    quietly(function () {
      return navigator.serviceWorker.getRegistrations().then(function (found) { return Promise.all(found.map(function (r) { return r.unregister(); })); });
    }),
  ]).then(function () { return null; });
`;

/**
 * A scenario's API request, sent by the page with fetch(): the browser adds the origin's cookies
 * and stores those the response sets. Resolves to the response, or to { error } when fetch fails.
 */
export const FETCH = `
  var request = arguments[0];
  return fetch(request.url, { method: request.method, headers: request.headers, body: request.body, credentials: 'same-origin' })
    .then(function (response) {
      var headers = {};
      response.headers.forEach(function (value, name) { headers[name] = [value]; });
      return response.text().then(function (body) {
        return { url: response.url, status: response.status, headers: headers, body: body };
      });
    })
    .catch(function (error) { return { error: String(error) }; });
`;
