import { layout } from '../html';
import { otherLoopbackOrigin, redirect, sendHtml, type Section } from '../http';

const REDIRECT_CODES = [301, 302, 303, 307, 308] as const;

function postForm(code: number): string {
  return `
<form id="post-${code}" action="/redirect/${code}" method="post">
  <input type="hidden" name="note" value="sent with ${code}">
  <button type="submit">POST through ${code}</button>
</form>`;
}

const redirectsPage = layout(
  'Redirects',
  `
<p>Each redirect goes to <code>/echo?from=CODE</code>, which shows the method that arrived.
301, 302 and 303 turn a POST into a GET without a body; 307 and 308 keep both.</p>
<h2>Links</h2>
<ul>
${REDIRECT_CODES.map((code) => `  <li><a href="/redirect/${code}">Follow a ${code} redirect</a></li>`).join('\n')}
  <li><a href="/redirect/chain/3">Follow a redirect chain</a></li>
  <li><a href="/redirect/loop">Follow a redirect loop</a></li>
  <li><a href="/redirect/other-host">Redirect to the other loopback host</a></li>
</ul>
<h2>POST forms</h2>
${REDIRECT_CODES.map(postForm).join('\n')}
`,
);

const chainDone = layout('Redirect chain finished', '<p>You arrived after three redirects.</p>');

export const redirectSection: Section = {
  heading: 'Redirects',
  routes: [
    { path: '/redirects', title: 'Redirects', handle: (_req, res) => sendHtml(res, redirectsPage) },
    {
      path: /^\/redirect\/(301|302|303|307|308)$/,
      handle: (req, res) => {
        const code = Number(req.url.pathname.split('/')[2]);
        redirect(res, code, `/echo?from=${code}`);
      },
    },
    {
      path: /^\/redirect\/chain\/\d+$/,
      handle: (req, res) => {
        const remaining = Number(req.url.pathname.split('/')[3]);
        redirect(res, 302, remaining > 1 ? `/redirect/chain/${remaining - 1}` : '/redirect/done');
      },
    },
    { path: '/redirect/done', handle: (_req, res) => sendHtml(res, chainDone) },
    { path: '/redirect/loop', handle: (_req, res) => redirect(res, 302, '/redirect/loop-back') },
    { path: '/redirect/loop-back', handle: (_req, res) => redirect(res, 302, '/redirect/loop') },
    {
      // ?to= picks the path on the other host; the default shows which cookies crossed over (none should).
      path: '/redirect/other-host',
      handle: (req, res) => {
        const target = req.url.searchParams.get('to') ?? '/cookies/read';
        redirect(res, 302, `${otherLoopbackOrigin(req)}${target.startsWith('/') ? target : `/${target}`}`);
      },
    },
  ],
};
