import { layout } from '../html';
import { staticPage, sendJson, type Route, type Section } from '../http';

const USER_DOCUMENT = {
  user: {
    id: 42,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    active: true,
    manager: null,
    roles: ['admin', 'editor'],
    address: { city: 'London', country: 'United Kingdom' },
  },
  items: [
    { id: 1, title: 'Analytical Engine notes' },
    { id: 2, title: 'Bernoulli numbers' },
  ],
  count: 2,
};

function latin1Page(response: Parameters<Route['handle']>[1], title: string, withHeaderCharset: boolean): void {
  const html = layout(
    title,
    '<p>Bienvenue au café : crème brûlée, naïve Zoë.</p>',
    { charset: 'ISO-8859-1' },
  );
  response.writeHead(200, {
    'Content-Type': withHeaderCharset ? 'text/html; charset=ISO-8859-1' : 'text/html',
  });
  response.end(Buffer.from(html, 'latin1'));
}

const utf8Page = layout('UTF-8 page', '<p>Café ☕, Ελληνικά, 日本語.</p>');

const hiddenText = layout(
  'Hidden text',
  `
<p>The page text is what a reader sees: hidden elements, scripts and styles are left out, on both drivers.</p>
<p id="visible">Visible paragraph</p>
<p hidden>Hidden by the hidden attribute</p>
<p style="display:none">Hidden by display none</p>
<div style="display: none"><span>Inside a hidden parent</span></div>
<p style="visibility: hidden">Hidden by visibility</p>
<script>var scriptOnly = "Script content";</script>
<style>.never-shown::after { content: "Style content"; }</style>
<template><p>Template content</p></template>
<input type="hidden" name="secret" value="Hidden input value">
`,
  { head: '<meta name="description" content="Head metadata">' },
);

const baseHref = layout(
  'Base href',
  `
<p>Relative links on this page resolve against <code>/base/target/</code>.</p>
<p><a href="page">Relative link</a></p>
<form action="submit" method="post">
  <input type="hidden" name="via" value="base">
  <input type="submit" value="Submit relative form">
</form>
`,
  { head: '<base href="/base/target/">' },
);

const counting = layout(
  'Counting elements',
  `
<ul id="items">
  <li class="item">Item</li>
  <li class="item">Item</li>
  <li class="item">Item</li>
  <li class="item">Item</li>
  <li class="item">Item</li>
</ul>
<p class="note">One note</p>
`,
);

export const contentSection: Section = {
  heading: 'Content: charsets, JSON, page text',
  routes: [
    {
      path: '/charset/iso-8859-1',
      title: 'ISO-8859-1 page (charset in the header)',
      handle: (_req, res) => latin1Page(res, 'ISO-8859-1 page', true),
    },
    {
      path: '/charset/meta',
      title: 'ISO-8859-1 page (charset in a meta tag only)',
      handle: (_req, res) => latin1Page(res, 'Meta charset page', false),
    },
    staticPage('/charset/utf-8', utf8Page, 'UTF-8 page'),
    { path: '/api/user.json', title: 'JSON document', handle: (_req, res) => sendJson(res, USER_DOCUMENT) },
    staticPage('/hidden-text', hiddenText, 'Hidden text'),
    staticPage('/base', baseHref, 'Base href'),
    staticPage('/base/target/page', layout('Reached through base href', '<p>The relative link used the base href.</p>')),
    staticPage('/count', counting, 'Counting elements'),
  ],
};
