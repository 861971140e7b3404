/**
 * Pages for the "HTTP exchanges" report of a failed scenario: a sign-in that redirects (a 302 then
 * the 200) and sets a session cookie, and an account page whose button fetches its balance, so both
 * a redirect hop and a script's request show in the list.
 */
import { layout, script } from '../html';
import { sendHtml, sendJson, type Section } from '../http';

/** The cookie's value is a stand-in secret: the report must never show it. */
export const EXCHANGES_SESSION_COOKIE = 'exchanges-session=demo-session-secret-value';

const accountPage = layout(
  'Your account',
  `
<p>Signed in.</p>
<button type="button" id="load-balance">Load the balance</button>
<p id="balance"></p>
${script(`
document.getElementById('load-balance').addEventListener('click', async () => {
  const response = await fetch('/exchanges/balance', { headers: { Accept: 'application/json' } });
  const { balance } = await response.json();
  document.getElementById('balance').textContent = 'Balance: ' + balance;
});
`)}
`,
);

export const exchangesSection: Section = {
  heading: 'HTTP exchanges',
  routes: [
    {
      // Not on the index, which links only pages that answer 200: it is reached by its URL.
      path: '/exchanges/sign-in',
      handle: (_req, res) => {
        res.writeHead(302, { Location: '/exchanges/account', 'Set-Cookie': `${EXCHANGES_SESSION_COOKIE}; Path=/; HttpOnly` });
        res.end();
      },
    },
    { path: '/exchanges/account', title: 'An account page whose button fetches the balance', handle: (_req, res) => sendHtml(res, accountPage) },
    { path: '/exchanges/balance', handle: (_req, res) => sendJson(res, { balance: 42 }) },
  ],
};
