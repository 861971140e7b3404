import { layout } from '../html';
import { staticPage, type Section } from '../http';

/** Says which layout its media queries chose, and which pointer the screen has: only a browser applies them. */
const LAYOUT_STYLE = `<style>
  .narrow, .coarse { display: none; }
  @media (max-width: 600px) { .narrow { display: block; } .wide { display: none; } }
  @media (pointer: coarse) { .coarse { display: block; } .fine { display: none; } }
</style>`;
const LAYOUT_BODY = `<p class="narrow">Narrow layout</p>
<p class="wide">Wide layout</p>
<p class="coarse">Touch screen</p>
<p class="fine">Mouse pointer</p>`;

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

export const screenSection: Section = {
  heading: 'Screens',
  routes: [
    staticPage('/screens/responsive', layout('Responsive page', LAYOUT_BODY, { head: `${VIEWPORT}\n${LAYOUT_STYLE}` }), 'Responsive page'),
    // Without <meta name="viewport">, a phone lays the page out 980 pixels wide and scales it down.
    staticPage('/screens/fixed', layout('Page without a viewport', LAYOUT_BODY, { head: LAYOUT_STYLE }), 'Page without a viewport'),
  ],
};
