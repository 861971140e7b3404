import { escapeHtml, layout } from '../html';
import { sendHtml, type Section } from '../http';

/** One link per way of naming it; each lands on /links/target?via=… so features see which one was followed. */
const links = layout(
  'Links',
  `
<ul>
  <li><a href="/links/target?via=text">Plain text link</a></li>
  <li><a href="/links/target?via=title" title="Link with a title">Titled</a></li>
  <li><a href="/links/target?via=image"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Image link" width="16" height="16"></a></li>
  <li><a href="/links/target?via=rel" rel="next">Next by rel</a></li>
  <li><a href="/links/target?via=id" id="link-by-id">Link with an id</a></li>
  <li><a href="/links/target?via=aria" aria-label="Accessible link">↗</a></li>
  <li><span role="link" id="role-link" tabindex="0" onclick="location.href='/links/target?via=role'">Role link</span></li>
  <li><a href="/links/target?via=save-draft">Save draft</a></li>
  <li><a href="/links/target?via=save">Save</a></li>
  <li><a href="#details">Jump to details</a></li>
  <li><a onclick="document.getElementById('outcome').textContent = 'Onclick link ran'">Onclick-only link</a></li>
  <li><button type="button" onclick="document.getElementById('outcome').textContent = 'Plain button ran'">Plain button</button></li>
</ul>
<p id="outcome">Nothing clicked yet</p>
<h2 id="details">Details</h2>
<p>The fragment link points here.</p>
`,
);

export const linkSection: Section = {
  heading: 'Links',
  routes: [
    { path: '/links', title: 'Links', handle: (_req, res) => sendHtml(res, links) },
    {
      path: '/links/target',
      handle: (req, res) => {
        const via = req.url.searchParams.get('via') ?? 'nothing';
        sendHtml(res, layout('Link target', `<p id="via">You followed the link via ${escapeHtml(via)}</p>`));
      },
    },
  ],
};
