import { escapeHtml, layout } from '../html';
import { hostRole, otherLoopbackOrigin, sendHtml, sendText, type DemoRequest, type Section } from '../http';

const AUTH_USER = 'admin';
const AUTH_PASSWORD = 'secret';

function receivedCookies(request: DemoRequest): string {
  const header = request.headers.cookie ?? '';
  const pairs = header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '');
  const list =
    pairs.length === 0
      ? '<p id="cookies">No cookies received</p>'
      : `<ul id="cookies">\n${pairs.map((pair) => `  <li>${escapeHtml(pair.replace('=', ' = '))}</li>`).join('\n')}\n</ul>`;
  return `<p id="host-role">${hostRole(request)}</p>\n<p id="cookie-header">Cookie header: ${header ? escapeHtml(header) : '(none)'}</p>\n${list}`;
}

const cookiesIndex = layout(
  'Cookies',
  `
<ul>
  <li><a href="/cookies/set?name=flavour&amp;value=chocolate">Set the flavour cookie</a></li>
  <li><a href="/cookies/set-restricted">Set a cookie for /cookies/private only</a></li>
  <li><a href="/cookies/private">Private area</a></li>
  <li><a href="/cookies/set-httponly">Set an HttpOnly cookie</a></li>
  <li><a href="/cookies/set-expired">Set an already expired cookie</a></li>
  <li><a href="/cookies/expire?name=flavour">Expire the flavour cookie</a></li>
  <li><a href="/cookies/read">Read cookies</a></li>
</ul>
`,
);

export const httpExtrasSection: Section = {
  heading: 'HTTP: cookies, authentication, headers, status codes',
  routes: [
    { path: '/cookies', title: 'Cookies', handle: (_req, res) => sendHtml(res, cookiesIndex) },
    {
      // ?name=&value=&path=&max-age=&httponly= build any cookie a feature needs.
      path: '/cookies/set',
      handle: (req, res) => {
        const params = req.url.searchParams;
        const name = params.get('name') ?? 'flavour';
        const value = params.get('value') ?? 'chocolate';
        const attributes = [`Path=${params.get('path') ?? '/'}`];
        if (params.has('max-age')) attributes.push(`Max-Age=${params.get('max-age')}`);
        if (params.has('httponly')) attributes.push('HttpOnly');
        const body = `<p>Cookie ${escapeHtml(name)} set to ${escapeHtml(value)}</p>`;
        sendHtml(res, layout('Cookie set', body), 200, { 'Set-Cookie': `${name}=${value}; ${attributes.join('; ')}` });
      },
    },
    {
      path: '/cookies/set-restricted',
      handle: (_req, res) =>
        sendHtml(res, layout('Cookie set', '<p>Cookie area set for /cookies/private</p>'), 200, {
          'Set-Cookie': 'area=private; Path=/cookies/private',
        }),
    },
    {
      path: /^\/cookies\/private(\/.*)?$/,
      handle: (req, res) => sendHtml(res, layout('Private area', receivedCookies(req))),
    },
    {
      path: '/cookies/set-httponly',
      handle: (_req, res) =>
        sendHtml(res, layout('Cookie set', '<p>Cookie session_id set with HttpOnly</p>'), 200, {
          'Set-Cookie': 'session_id=s3cr3t; Path=/; HttpOnly',
        }),
    },
    {
      path: '/cookies/set-expired',
      handle: (_req, res) =>
        sendHtml(res, layout('Cookie set', '<p>Cookie stale sent with an expiry in the past</p>'), 200, {
          'Set-Cookie': 'stale=old; Path=/; Expires=Thu, 01 Jan 1970 00:00:01 GMT',
        }),
    },
    {
      path: '/cookies/expire',
      handle: (req, res) => {
        const name = req.url.searchParams.get('name') ?? 'flavour';
        sendHtml(res, layout('Cookie expired', `<p>Cookie ${escapeHtml(name)} expired</p>`), 200, {
          'Set-Cookie': `${name}=; Path=/; Max-Age=0`,
        });
      },
    },
    {
      path: '/cookies/read',
      title: 'Received cookies',
      handle: (req, res) => sendHtml(res, layout('Received cookies', receivedCookies(req))),
    },
    {
      path: '/auth/basic',
      title: 'Protected page (basic auth: admin / secret)',
      handle: (req, res) => {
        const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
        const [user, ...rest] = Buffer.from(encoded ?? '', 'base64').toString('utf8').split(':');
        if (scheme?.toLowerCase() === 'basic' && user === AUTH_USER && rest.join(':') === AUTH_PASSWORD) {
          sendHtml(res, layout('Protected page', `<p>Welcome, ${escapeHtml(user)}</p>`));
          return;
        }
        sendHtml(res, layout('Authentication required', '<p>Please log in as admin.</p>'), 401, {
          'WWW-Authenticate': 'Basic realm="cucumber-mink demo"',
        });
      },
    },
    {
      path: '/headers',
      title: 'Request headers',
      handle: (req, res) => {
        const lines: string[] = [];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          lines.push(`  <li>${escapeHtml(req.rawHeaders[i].toLowerCase())}: ${escapeHtml(req.rawHeaders[i + 1])}</li>`);
        }
        sendHtml(res, layout('Request headers', `<p id="host-role">${hostRole(req)}</p>\n<ul id="headers">\n${lines.join('\n')}\n</ul>`));
      },
    },
    {
      path: '/response-headers',
      title: 'Response headers',
      handle: (_req, res) =>
        sendHtml(res, layout('Response headers', '<p>This response carries X-Demo headers.</p>'), 200, {
          'X-Demo': 'hello from the demo app',
          'X-Demo-Multi': ['first', 'second'],
          'Cache-Control': 'no-store',
        }),
    },
    {
      path: '/text',
      title: 'Plain text',
      handle: (_req, res) => sendText(res, 'Plain text from the demo app.\nSecond line.\n'),
    },
    {
      path: '/error',
      title: 'Server error (500)',
      handle: (_req, res) => sendHtml(res, layout('Internal server error', '<p>Something broke.</p>'), 500),
    },
    {
      path: '/missing',
      title: 'Missing page (404)',
      handle: (_req, res) => sendHtml(res, notFoundPage(), 404),
    },
    {
      path: /^\/status\/\d{3}$/,
      handle: (req, res) => {
        const status = Number(req.url.pathname.slice('/status/'.length));
        sendHtml(res, layout(`Status ${status}`, `<p>This page answered with status ${status}.</p>`), status);
      },
    },
    {
      path: '/cross-origin',
      title: 'Cross-origin links (127.0.0.1 ⇄ localhost)',
      handle: (req, res) => {
        const other = otherLoopbackOrigin(req);
        const body = `
<p>This page is served from <span id="this-host">${escapeHtml(req.headers.host ?? '')}</span>.
The links below go to the same server under <span id="other-origin">${escapeHtml(other)}</span>,
which is another origin: cookies and credentials must not follow.</p>
<ul>
  <li><a href="${other}/cookies/read">Cookies on the other host</a></li>
  <li><a href="${other}/auth/basic">Protected page on the other host</a></li>
  <li><a href="${other}/headers">Request headers on the other host</a></li>
  <li><a href="${other}/cross-origin">This page on the other host</a></li>
</ul>`;
        sendHtml(res, layout('Cross-origin links', body));
      },
    },
  ],
};

export function notFoundPage(): string {
  return layout('Page not found', '<p>There is no page at this address.</p>');
}
