import { layout, script } from '../html';
import { staticPage, type Section } from '../http';

/**
 * Pages that change a button between the moment it is found and the moment it is pressed, as
 * React and Vue pages do: each press must wait for the button, never fail at once. Each page counts
 * the presses it received, so a feature also sees that a retried press acted exactly once.
 */

/** Shows how many presses arrived; one line of script shared by the three pages. */
const COUNT_PRESSES = `
var presses = 0;
function pressed(what) {
  presses++;
  document.getElementById('result').textContent = what + ' (' + presses + (presses === 1 ? ' press)' : ' presses)');
}
`;

/** How long the toolbar keeps re-rendering: longer than any first attempt, shorter than the wait timeout. */
const TOOLBAR_RENDERING_MS = 2000;

const toolbar = layout(
  'Toolbar rebuilt every 25 ms while it loads',
  `
<p>While its data streams in (${TOOLBAR_RENDERING_MS / 1000} s), the toolbar below is rendered from scratch every 25 ms:
every button found in it goes stale at once. Then it settles.</p>
<div id="toolbar" style="display: inline-block"></div>
<p id="result">Nothing saved yet</p>
${script(`
${COUNT_PRESSES}
var toolbar = document.getElementById('toolbar');
var renders = 0;
function render() {
  renders++;
  toolbar.innerHTML = '<button type="button" data-render="' + renders + '">Save</button>';
}
render();
// A WebDriver click holds its element for a few frames (over 100 ms on a busy machine) and then
// finds it replaced: no click can land while rebuilds never stop, so the rebuilding ends, as a
// page's does once its data is in.
var rebuilding = setInterval(render, 25);
setTimeout(function () { clearInterval(rebuilding); }, ${TOOLBAR_RENDERING_MS});
// The toolbar is exactly as large as its button. A rebuild between the press and the release of
// one click sends the click to the toolbar (their common ancestor) rather than to either button:
// it still is a click on Save.
toolbar.addEventListener('click', function () { pressed('Saved'); });
`)}
`,
);

/**
 * The same toolbar, rebuilt by a renderer that parks the button it replaces in a <template> (as
 * template-based renderers keep nodes for reuse): Chromium then reports a held button not as stale
 * but as "Node with given id does not belong to the document".
 */
const parkedToolbar = layout(
  'Toolbar rebuilt every 25 ms, old buttons parked in a template',
  `
<p>The toolbar below is rebuilt every 25 ms for ${TOOLBAR_RENDERING_MS / 1000} s; each button it replaces is moved into a
&lt;template&gt;, out of the document. Then it settles.</p>
<div id="toolbar" style="display: inline-block"></div>
<template id="parking"></template>
<p id="result">Nothing saved yet</p>
${script(`
${COUNT_PRESSES}
var toolbar = document.getElementById('toolbar');
var parking = document.getElementById('parking');
var renders = 0;
function render() {
  renders++;
  var old = toolbar.firstElementChild;
  if (old) parking.content.appendChild(old);
  toolbar.insertAdjacentHTML('beforeend', '<button type="button" data-render="' + renders + '">Save</button>');
}
render();
var rebuilding = setInterval(render, 25);
setTimeout(function () { clearInterval(rebuilding); }, ${TOOLBAR_RENDERING_MS});
toolbar.addEventListener('click', function () { pressed('Saved'); });
`)}
`,
);

const overlay = layout(
  'Button under a loading overlay',
  `
<div id="overlay" style="position: fixed; inset: 0; z-index: 10; background: rgba(255, 255, 255, 0.9)">Loading…</div>
<p><button type="button" id="continue">Continue</button></p>
<p id="result">Not continued yet</p>
${script(`
${COUNT_PRESSES}
setTimeout(function () { document.getElementById('overlay').remove(); }, 2000);
document.getElementById('continue').addEventListener('click', function () { pressed('Continued'); });
`)}
`,
);

const revealed = layout(
  'Button shown after 1 s',
  `
<p><button type="button" id="reveal" style="display: none">Proceed</button></p>
<p id="result">Not proceeded yet</p>
${script(`
${COUNT_PRESSES}
setTimeout(function () { document.getElementById('reveal').style.display = ''; }, 1000);
document.getElementById('reveal').addEventListener('click', function () { pressed('Proceeded'); });
`)}
`,
);

export const rerenderSection: Section = {
  heading: 'Pages that change a button while it is pressed (browser only)',
  routes: [
    staticPage('/rerender/toolbar', toolbar, 'Toolbar rebuilt every 25 ms while it loads'),
    staticPage('/rerender/parked', parkedToolbar, 'Toolbar rebuilt every 25 ms, old buttons parked in a template'),
    staticPage('/rerender/overlay', overlay, 'Button under a loading overlay'),
    staticPage('/rerender/revealed', revealed, 'Button shown after 1 s'),
  ],
};
