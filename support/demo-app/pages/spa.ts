import { layout, script } from '../html';
import { staticPage, type Section } from '../http';

/** What single-page applications do to the steps: focused editors, hidden twins, unlabeled inputs, repeated buttons. */

const LONG_TEXT = Array.from({ length: 200 }, (_, line) => `Line ${line + 1} of a long pre-filled text`).join('\n');

const editor = layout(
  'Editor',
  `
<form id="editor-form" action="/echo" method="post">
  <p><label for="notes">Notes</label>
    <textarea id="notes" name="notes" rows="4">first line
second line
third line</textarea></p>
  <p><label for="summary">Summary</label> <textarea id="summary" name="summary">An unfocused
two-line summary</textarea></p>
  <p><label for="draft">Draft</label> <textarea id="draft" name="draft">keep this part, select this part</textarea></p>
  <p><label for="long-text">Long text</label> <textarea id="long-text" name="long-text">${LONG_TEXT}</textarea></p>
  <p><label for="headline">Headline</label> <input id="headline" name="headline" value="An old headline"></p>
  <p><input type="submit" value="Save notes"></p>
</form>
<p id="notes-events">Notes events: none</p>
${script(`
// As an editor does: the notes get the focus with the caret at the start, the draft has part of its text selected.
var notes = document.getElementById('notes');
notes.focus();
notes.setSelectionRange(0, 0);
var draft = document.getElementById('draft');
draft.setSelectionRange(draft.value.indexOf('select'), draft.value.length);
var inputs = 0, changes = 0;
function show() { document.getElementById('notes-events').textContent = 'Notes events: ' + inputs + ' input, ' + changes + ' change'; }
notes.addEventListener('input', function () { inputs++; show(); });
notes.addEventListener('change', function () { changes++; show(); });
`)}
`,
);

const twins = layout(
  'Hidden twins',
  `
<style>.collapsed { display: none; }</style>
<nav hidden>
  <form action="/echo" method="post"><button type="submit" name="action" value="hidden-nav">Save</button></form>
  <a href="/echo?from=hidden-nav">Help</a>
</nav>
<div style="display: none">
  <form action="/echo" method="post"><p><label for="hidden-title">Title</label> <input id="hidden-title" name="hidden-title"></p></form>
</div>
<form id="visible-form" action="/echo" method="post">
  <p><label for="title">Title</label> <input id="title" name="title"></p>
  <div class="collapsed"><button type="submit" name="action" value="collapsed-by-class">Publish</button></div>
  <p><button type="submit" name="action" value="visible">Save</button>
     <button type="submit" name="action" value="publish">Publish</button></p>
</form>
<p><a href="/echo?from=visible">Help</a></p>
<aside class="panel" hidden><a href="/echo?from=hidden-panel">Details</a></aside>
<aside class="panel"><a href="/echo?from=visible-panel">Details</a></aside>
`,
);

// No label, id, placeholder or accessible name: only their place in the page says what they are.
// Names in a framework's nested style are what the echo page shows after submitting.
const unlabeled = layout(
  'Unlabeled inputs',
  `
<form id="quick-add" action="/echo" method="post">
  <div class="row"><input class="quick-title" name="items[0][t]"> <textarea class="quick-notes" name="items[0][n]">old notes</textarea></div>
  <div class="row"><select class="quick-status" name="items[0][s]"><option value="open">Open</option><option value="closed">Closed</option></select>
    <select class="quick-tags" name="items[0][g][]" multiple><option value="home" selected>Home</option><option value="work">Work</option><option value="urgent">Urgent</option></select></div>
  <div class="row"><input type="checkbox" class="quick-done" name="items[0][d]" value="yes">
    <input type="checkbox" class="quick-starred" name="items[0][f]" value="yes" checked></div>
  <div class="row"><button type="submit" class="icon-button icon-save" name="op" value="save" disabled>💾</button>
    <button type="submit" class="icon-button icon-add" name="op" value="add">➕</button></div>
</form>
<p><a class="icon-link" href="/echo?from=icon-link">⚙</a></p>
`,
);

function tiddler(title: string, body: string): string {
  return `
<div class="tiddler" data-title="${title}">
  <h2>${title}</h2>
  <p class="tiddler-body">${body}</p>
  <form action="/echo" method="post">
    <input type="hidden" name="tiddler" value="${title}">
    <p><label>Tags <input name="tags" value="${title.toLowerCase()}"></label>
       <label><input type="checkbox" name="pinned" value="yes"> Pinned</label></p>
    <p><button type="submit" name="action" value="edit">Edit</button>
       <button type="submit" name="action" value="close">Close</button></p>
  </form>
  <p><a href="/echo?open=${encodeURIComponent(title)}">Open</a></p>
</div>`;
}

const tiddlers = layout(
  'Tiddlers',
  `
<div id="story">
${tiddler('Alpha', 'The first tiddler')}
${tiddler('Beta', 'The second tiddler')}
${tiddler('Gamma', 'The third tiddler')}
</div>
`,
);

const noscript = layout(
  'Noscript',
  `
<p id="always">Rendered by the server.</p>
<noscript><p id="without-javascript">JavaScript is off: here is the <a href="/echo?from=noscript">plain version</a>.</p></noscript>
`,
);

export const spaSection: Section = {
  heading: 'Single-page application pitfalls',
  routes: [
    staticPage('/spa/editor', editor, 'Editor (focused, selected and long textareas)'),
    staticPage('/spa/twins', twins, 'Hidden twins'),
    staticPage('/spa/unlabeled', unlabeled, 'Unlabeled inputs'),
    staticPage('/spa/tiddlers', tiddlers, 'Tiddlers (repeated buttons)'),
    staticPage('/spa/noscript', noscript, 'Noscript'),
  ],
};
