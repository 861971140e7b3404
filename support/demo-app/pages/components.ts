import { layout } from '../html';
import { staticPage, type Section } from '../http';

/**
 * Web components: a form inside a component's open shadow root, declared in the markup (declarative
 * shadow DOM), so the HTTP driver reads it as a browser does; a button inside nested components that
 * a script defines (a browser only); a component whose shadow root is closed, out of reach of both.
 */
const componentsPage = layout(
  'Components',
  `
<p>A form inside a web component, and components inside components.</p>
<newsletter-signup id="newsletter">
  <template shadowrootmode="open">
    <h2>Stay in touch</h2>
    <form action="/echo" method="post">
      <label for="email">Email</label><input id="email" name="email" type="email">
      <p><slot name="note">No note</slot></p>
      <button type="submit">Subscribe</button>
    </form>
  </template>
  <span slot="note">One letter a month</span>
</newsletter-signup>
<vault-panel id="vault">
  <template shadowrootmode="closed"><p>Vault content</p><button type="button">Open the vault</button></template>
</vault-panel>
<app-toolbar id="toolbar"></app-toolbar>
<script>
  customElements.define('save-group', class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<button type="button">Save draft</button><output></output>';
      root.querySelector('button').addEventListener('click', () => { root.querySelector('output').textContent = 'Draft saved'; });
    }
  });
  customElements.define('app-toolbar', class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({ mode: 'open' }).innerHTML = '<nav><span>Toolbar</span> <save-group></save-group></nav>';
    }
  });
</script>
`,
);

export const componentSection: Section = {
  heading: 'Web components (shadow DOM)',
  routes: [staticPage('/components', componentsPage, 'A form inside a component, a button inside nested components')],
};
