/**
 * Conformance pages of web components with declarative shadow DOM (`<template shadowrootmode>`), so
 * both drivers read the same tree: the browser's parser attaches the roots, the HTTP driver's too.
 */

/** A form inside a component, a slotted note, light text no slot shows, nested components, a closed root, two instances of one component (same ids, own labels). */
const COMPONENTS = `<!doctype html><html><body>
<h1>Components</h1>
<sign-up id="sign-up">
  <template shadowrootmode="open">
    <form action="/submitted" method="get">
      <label for="email">Email</label><input id="email" name="email">
      <p><slot name="note">No note</slot></p>
      <button type="submit" name="via" value="shadow-form">Sign up</button>
    </form>
    <p id="inside">Inside the component</p>
  </template>
  <span slot="note" id="note">Slotted note</span>
  <span id="unslotted">Unslotted text</span>
</sign-up>
<outer-panel>
  <template shadowrootmode="open"><p>Outer panel</p>
    <inner-toolbar><template shadowrootmode="open"><a id="deep" href="/submitted?via=deep">Deep link</a></template></inner-toolbar>
  </template>
</outer-panel>
<secret-box id="secret-box"><template shadowrootmode="closed"><button type="button">Secret</button><p>Closed text</p></template></secret-box>
<p>After the components</p>
<contact-card><template shadowrootmode="open"><label for="phone">Home phone</label><input id="phone" name="home-phone"></template></contact-card>
<contact-card><template shadowrootmode="open"><label for="phone">Work phone</label><input id="phone" name="work-phone"></template></contact-card>
</body></html>`;

/**
 * A design system's controls (Shoelace's, Material's): a button and a label whose words the page
 * gives through a slot, the component's own styles in its root, and a native checkbox drawn invisible
 * under a custom one (no pointer events: a user clicks its label).
 */
const DESIGN_SYSTEM = `<!doctype html><html><body>
<ds-button id="save-profile">
  <template shadowrootmode="open"><style>button { color: teal; }</style>
    <form action="/submitted" method="get"><button name="via" value="ds-button" id="inner-save" part="base"><slot name="prefix"></slot><slot></slot></button></form>
  </template>
  Save profile
</ds-button>
<ds-checkbox>
  <template shadowrootmode="open"><style>input { position: absolute; opacity: 0; pointer-events: none; }</style>
    <label part="base"><input type="checkbox" name="terms" value="yes"><span class="control"></span><span part="label"><slot></slot></span></label>
  </template>
  I agree to the terms
</ds-checkbox>
</body></html>`;

export const SHADOW_PAGES: Readonly<Record<string, string>> = { '/components': COMPONENTS, '/design-system': DESIGN_SYSTEM };
