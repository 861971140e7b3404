import { staticPage, type Section } from '../http';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Every part of the page in a landmark, as axe's "region" rule asks: the pages differ only in their problems. */
function page(title: string, main: string, aside: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
</head>
<body>
<header><p><a href="/">Demo index</a></p></header>
<main>
<h1>${title}</h1>
${main.trim()}
</main>
<aside aria-label="Sign-up form">
${aside.trim()}
</aside>
</body>
</html>
`;
}

/** Nothing for axe-core to report, in a browser or over HTTP. */
const clean = page(
  'Accessible page',
  `<p>Every image has a text alternative, every field a label, every button a name.</p>
<img src="${PIXEL}" alt="A single pixel" width="16" height="16">`,
  `<h2>Sign up</h2>
<form action="/accessibility/clean">
  <label for="nickname">Nickname</label> <input type="text" id="nickname" name="nickname">
  <button type="submit">Join</button>
</form>`,
);

/**
 * Known violations, all outside <main>: critical ones (an image without alt, a field without a label,
 * a button without a name), a moderate one (headings skip from h1 to h4) and, seen only by a
 * browser, a serious one (grey text on white).
 */
const broken = page(
  'Accessibility problems',
  `<p>The problems are in the sign-up form beside this text.</p>`,
  `<h4>Sign up</h4>
<img src="${PIXEL}" width="16" height="16">
<form action="/accessibility/broken">
  <input type="text" name="nickname">
  <button type="submit"></button>
</form>
<p style="color: #c8c8c8; background-color: #ffffff">Faint small print</p>`,
);

export const accessibilitySection: Section = {
  heading: 'Accessibility',
  routes: [
    staticPage('/accessibility/clean', clean, 'Accessible page'),
    staticPage('/accessibility/broken', broken, 'Accessibility problems'),
  ],
};
