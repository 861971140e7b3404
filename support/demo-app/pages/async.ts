import { layout, script } from '../html';
import { staticPage, type Section } from '../http';

/** Pages for the browser: every delay is fixed and short, so features never need an explicit wait. */

const appear = layout(
  'Content that appears',
  `
<p>Two messages are added by a timer.</p>
<div id="slot"></div>
${script(`
setTimeout(function () {
  var p = document.createElement('p'); p.id = 'early'; p.textContent = 'Arrived after 300 ms';
  document.getElementById('slot').appendChild(p);
}, 300);
setTimeout(function () {
  var p = document.createElement('p'); p.id = 'late'; p.className = 'late-message';
  p.textContent = 'Arrived after 1500 ms';
  document.getElementById('slot').appendChild(p);
}, 1500);
`)}
`,
);

const disappear = layout(
  'Content that disappears',
  `
<p id="spinner" class="spinner">Loading, please wait</p>
<p id="done" hidden>Everything is loaded</p>
${script(`
setTimeout(function () {
  document.getElementById('spinner').remove();
  document.getElementById('done').hidden = false;
}, 1000);
`)}
`,
);

const enableLater = layout(
  'Button enabled later',
  `
<button type="button" id="later-button" disabled>Continue</button>
<p id="state">Waiting for the button</p>
${script(`
var button = document.getElementById('later-button');
setTimeout(function () { button.disabled = false; document.getElementById('state').textContent = 'Button ready'; }, 800);
button.addEventListener('click', function () { document.getElementById('state').textContent = 'Continue was clicked'; });
`)}
`,
);

const popup = layout(
  'Popup windows',
  `
<p><a href="/async/popup-content" target="demo-popup">Open the popup</a></p>
<p><button type="button" id="open-window" onclick="window.open('/async/popup-content?via=script', 'scripted-popup')">Open a window with script</button></p>
`,
);

const popupContent = layout(
  'Popup content',
  '<p>This page was opened in another window.</p>',
);

const iframe = layout(
  'Iframe',
  `
<p>Outside the frame</p>
<iframe id="demo-frame" name="demo-frame" src="/async/frame-content" width="400" height="200" title="Demo frame"></iframe>
`,
);

const frameContent = layout(
  'Frame content',
  `
<p>Inside the frame</p>
<button type="button" onclick="document.getElementById('frame-state').textContent = 'Frame button clicked'">Frame button</button>
<p id="frame-state">Frame button not clicked</p>
`,
  { indexLink: false },
);

const dialogs = layout(
  'Dialogs',
  `
<p>
  <button type="button" id="alert-button">Show an alert</button>
  <button type="button" id="confirm-button">Ask for confirmation</button>
  <button type="button" id="prompt-button">Ask for a name</button>
</p>
<p id="dialog-result">No dialog yet</p>
${script(`
var result = document.getElementById('dialog-result');
document.getElementById('alert-button').addEventListener('click', function () {
  alert('Hello from an alert'); result.textContent = 'Alert closed';
});
document.getElementById('confirm-button').addEventListener('click', function () {
  result.textContent = confirm('Do you really want to continue?') ? 'Confirmed' : 'Cancelled';
});
document.getElementById('prompt-button').addEventListener('click', function () {
  var name = prompt('What is your name?', 'Anonymous');
  result.textContent = name === null ? 'Prompt dismissed' : 'Hello, ' + name;
});
`)}
`,
);

const editor = layout(
  'Editor with unsaved changes',
  `
<p><label for="notes">Notes</label> <textarea id="notes" name="notes"></textarea></p>
<p id="save-state">Nothing to save</p>
<p><a href="/">Leave the editor</a></p>
${script(`
// As editors do: once something is typed, leaving the page asks first (a beforeunload dialog).
var unsaved = false;
document.getElementById('notes').addEventListener('input', function () {
  unsaved = true; document.getElementById('save-state').textContent = 'Unsaved changes';
});
window.addEventListener('beforeunload', function (event) {
  if (!unsaved) return;
  event.preventDefault();
  event.returnValue = '';
});
`)}
`,
);

const hover = layout(
  'Hover menu',
  `
<nav id="menu">
  <span id="menu-title">Products</span>
  <ul id="submenu" hidden>
    <li><a href="/links/target?via=hover">Hidden product link</a></li>
  </ul>
</nav>
${script(`
var menu = document.getElementById('menu');
menu.addEventListener('mouseenter', function () { document.getElementById('submenu').hidden = false; });
menu.addEventListener('mouseleave', function () { document.getElementById('submenu').hidden = true; });
`)}
`,
);

const keys = layout(
  'Key presses',
  `
<form id="key-form" action="/echo" method="post">
  <p><label for="key-field">Type here</label> <input id="key-field" name="typed"></p>
</form>
<p id="last-key">No key pressed</p>
${script(`
document.addEventListener('keydown', function (event) {
  var parts = [];
  if (event.ctrlKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey) parts.push('shift');
  if (event.metaKey) parts.push('meta');
  parts.push(event.key);
  var where = event.target.id === 'key-field' ? '' : ' on the page';
  document.getElementById('last-key').textContent = 'Last key: ' + parts.join('+') + where;
});
`)}
`,
);

const clicks = layout(
  'Double and right clicks',
  `
<div id="click-target" style="padding: 1em; border: 1px solid #333;">Click target</div>
<p id="click-result">No click yet</p>
${script(`
var target = document.getElementById('click-target');
var result = document.getElementById('click-result');
target.addEventListener('dblclick', function () { result.textContent = 'Double clicked'; });
target.addEventListener('contextmenu', function (event) { event.preventDefault(); result.textContent = 'Right clicked'; });
`)}
`,
);

const dragAndDrop = layout(
  'Drag and drop',
  `
<div id="draggable" draggable="true" style="width: 100px; height: 50px; background: #9cf;">Drag me</div>
<div id="dropzone" style="width: 200px; height: 100px; margin-top: 1em; border: 2px dashed #333;">Drop here</div>
<p id="drop-result">Nothing dropped</p>
${script(`
var zone = document.getElementById('dropzone');
document.getElementById('draggable').addEventListener('dragstart', function (event) {
  if (event.dataTransfer) event.dataTransfer.setData('text/plain', 'draggable');
});
zone.addEventListener('dragover', function (event) { event.preventDefault(); });
zone.addEventListener('drop', function (event) {
  event.preventDefault();
  document.getElementById('drop-result').textContent = 'Dropped on the zone';
});
`)}
`,
);

const events = layout(
  'Input events',
  `
<p><label for="watched">Watched field</label> <input id="watched" name="watched"></p>
<p><label for="watched-select">Watched select</label>
  <select id="watched-select" name="watched-select"><option value="a">Alpha</option><option value="b">Beta</option></select></p>
<p><label><input type="checkbox" id="watched-checkbox"> Watched checkbox</label></p>
<p id="input-count">input events: 0</p>
<p id="change-count">change events: 0</p>
<p id="select-change">select changed to: a</p>
<p id="checkbox-change">checkbox changed: no</p>
${script(`
var inputs = 0, changes = 0;
var field = document.getElementById('watched');
field.addEventListener('input', function () { inputs++; document.getElementById('input-count').textContent = 'input events: ' + inputs; });
field.addEventListener('change', function () { changes++; document.getElementById('change-count').textContent = 'change events: ' + changes; });
document.getElementById('watched-select').addEventListener('change', function (event) {
  document.getElementById('select-change').textContent = 'select changed to: ' + event.target.value;
});
document.getElementById('watched-checkbox').addEventListener('change', function (event) {
  document.getElementById('checkbox-change').textContent = 'checkbox changed: ' + (event.target.checked ? 'checked' : 'unchecked');
});
`)}
`,
);

const storage = layout(
  'Local storage',
  `
<p><label for="memo">Memo</label> <input id="memo"></p>
<p><button type="button" id="remember">Remember</button></p>
<p id="stored">Stored memo: <span id="stored-value"></span></p>
${script(`
function show() { document.getElementById('stored-value').textContent = localStorage.getItem('memo') || '(nothing)'; }
document.getElementById('remember').addEventListener('click', function () {
  localStorage.setItem('memo', document.getElementById('memo').value); show();
});
show();
`)}
`,
);

export const asyncSection: Section = {
  heading: 'JavaScript pages (browser only)',
  routes: [
    staticPage('/async/appear', appear, 'Content that appears'),
    staticPage('/async/disappear', disappear, 'Content that disappears'),
    staticPage('/async/enable', enableLater, 'Button enabled later'),
    staticPage('/async/popup', popup, 'Popup windows'),
    staticPage('/async/popup-content', popupContent),
    staticPage('/async/iframe', iframe, 'Iframe'),
    staticPage('/async/frame-content', frameContent),
    staticPage('/async/dialogs', dialogs, 'Dialogs'),
    staticPage('/async/editor', editor, 'Editor with unsaved changes'),
    staticPage('/async/hover', hover, 'Hover menu'),
    staticPage('/async/keys', keys, 'Key presses'),
    staticPage('/async/clicks', clicks, 'Double and right clicks'),
    staticPage('/async/drag', dragAndDrop, 'Drag and drop'),
    staticPage('/async/events', events, 'Input events'),
    staticPage('/async/storage', storage, 'Local storage'),
  ],
};
