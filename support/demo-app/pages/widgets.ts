import { layout, script } from '../html';
import { staticPage, type Section } from '../http';

/** Widgets real applications are built of, and that steps must be able to use: an autocomplete, a login dialog. */

const PACKAGES = ['express', 'leaflet', 'left-pad', 'left-right', 'leftist', 'lodash'];

// As autocompletes are built: the list follows what is typed, and when the field loses the focus it
// is emptied and closed (and the field cleared). A pointer press on a suggestion keeps the focus in
// the field (mousedown's default prevented), so a user can pick one.
const autocomplete = layout(
  'Autocomplete',
  `
<form id="package-search" action="/echo" method="get" role="search">
  <p><label for="package">Search packages</label>
    <input id="package" name="q" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="suggestions"></p>
  <ul id="suggestions" role="listbox" hidden></ul>
</form>
<p id="keys">No keys typed</p>
${script(`
var packages = ${JSON.stringify(PACKAGES)};
var field = document.getElementById('package');
var list = document.getElementById('suggestions');
var keys = 0;
function close() {
  list.replaceChildren();
  list.hidden = true;
  field.setAttribute('aria-expanded', 'false');
}
field.addEventListener('keydown', function () {
  keys++;
  document.getElementById('keys').textContent = keys + (keys === 1 ? ' key' : ' keys') + ' typed';
});
field.addEventListener('input', function () {
  close();
  var typed = field.value.trim().toLowerCase();
  if (!typed) return;
  packages.filter(function (name) { return name.indexOf(typed) === 0; }).forEach(function (name) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = '/echo?package=' + encodeURIComponent(name);
    link.textContent = name;
    item.appendChild(link);
    list.appendChild(item);
  });
  list.hidden = list.children.length === 0;
  field.setAttribute('aria-expanded', String(!list.hidden));
});
field.addEventListener('blur', function () {
  field.value = '';
  close();
});
list.addEventListener('mousedown', function (event) { event.preventDefault(); });
`)}
`,
);

const LOGIN_FORM = `
  <form action="/echo" method="post">
    <p><label for="email">Email</label> <input id="email" name="email" type="email"></p>
    <p><label for="password">Password</label> <input id="password" name="password" type="password"></p>
    <p><button type="submit" name="action" value="dialog-login">Login</button>
       <button type="button" class="cancel">Cancel</button></p>
  </form>`;

const HEADER = `
<header style="display: flex; gap: 1em; padding: 0.5em; background: #eee">
  <strong>Acme</strong> <a href="/echo?from=header-help">Help</a>
  <button type="button" id="header-login">Login</button>
</header>
<p id="status">Signed out</p>`;

// The header's "Login" opens a <dialog> with showModal(): the rest of the page is inert while it is open.
const loginDialog = layout(
  'Login dialog',
  `
${HEADER}
<dialog id="login-dialog" aria-labelledby="login-title">
  <h2 id="login-title">Sign in</h2>
  ${LOGIN_FORM}
</dialog>
${script(`
var dialog = document.getElementById('login-dialog');
document.getElementById('header-login').addEventListener('click', function () { dialog.showModal(); });
dialog.querySelector('.cancel').addEventListener('click', function () { dialog.close(); });
`)}
`,
);

// The same dialog made of plain elements and no aria-modal, as many older pages build it: nothing
// tells a program it is modal, but its backdrop covers the page, and so the header's "Login".
const loginOverlay = layout(
  'Login overlay',
  `
${HEADER}
<div id="login-overlay" class="backdrop"
  style="display: none; position: fixed; inset: 0; background: rgba(0, 0, 0, 0.4); align-items: center; justify-content: center">
  <div class="sign-in" style="background: white; padding: 1em">
    <h2>Sign in</h2>
    ${LOGIN_FORM}
  </div>
</div>
${script(`
var overlay = document.getElementById('login-overlay');
document.getElementById('header-login').addEventListener('click', function () { overlay.style.display = 'flex'; });
overlay.querySelector('.cancel').addEventListener('click', function () { overlay.style.display = 'none'; });
`)}
`,
);

export const widgetSection: Section = {
  heading: 'Widgets',
  routes: [
    staticPage('/widgets/autocomplete', autocomplete, 'Autocomplete (cleared and closed when the field loses the focus)'),
    staticPage('/widgets/login-dialog', loginDialog, 'Login dialog (a modal <dialog> over a same-named button)'),
    staticPage('/widgets/login-overlay', loginOverlay, 'Login overlay (the same, without aria-modal)'),
  ],
};
