import { escapeHtml, layout } from './html';
import { sendHtml, type Route, type Section } from './http';
import { accessibilitySection } from './pages/accessibility';
import { apiSection } from './pages/api';
import { asyncSection } from './pages/async';
import { bookSection } from './pages/books';
import { contentSection } from './pages/content';
import { downloadSection } from './pages/downloads';
import { echoSection } from './pages/echo';
import { exchangesSection } from './pages/exchanges';
import { foldedAndCompressedSection } from './pages/folded-and-compressed';
import { formSection } from './pages/forms';
import { httpExtrasSection, notFoundPage } from './pages/http-extras';
import { linkSection } from './pages/links';
import { pricesSection } from './pages/prices';
import { redirectSection } from './pages/redirects';
import { rerenderSection } from './pages/rerender';
import { screenSection } from './pages/screens';
import { spaSection } from './pages/spa';
import { widgetSection } from './pages/widgets';
import { wikiSection } from './pages/wiki';
import { componentSection } from './pages/components';

const DEMO_TITLE = 'cucumber-mink demo';

const SECTIONS: Section[] = [
  formSection,
  echoSection,
  linkSection,
  redirectSection,
  httpExtrasSection,
  contentSection,
  bookSection,
  asyncSection,
  rerenderSection,
  spaSection,
  apiSection,
  foldedAndCompressedSection,
  widgetSection,
  wikiSection,
  accessibilitySection,
  screenSection,
  exchangesSection,
  pricesSection,
  componentSection,
  downloadSection,
];

function renderIndex(): string {
  const sections = SECTIONS.map((section) => {
    const items = section.routes
      .filter((route): route is Route & { path: string; title: string } => typeof route.path === 'string' && !!route.title)
      .map((route) => `  <li><a href="${route.path}">${escapeHtml(route.title)}</a></li>`);
    return `<h2>${escapeHtml(section.heading)}</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
  });
  return layout(DEMO_TITLE, `<p>Pages for every behaviour the harness tests.</p>\n${sections.join('\n')}`, {
    indexLink: false,
  });
}

const indexRoute: Route = { path: '/', handle: (_req, res) => sendHtml(res, renderIndex()) };
const ALL_ROUTES: Route[] = [indexRoute, ...SECTIONS.flatMap((section) => section.routes)];

export function findRoute(pathname: string): Route | undefined {
  return ALL_ROUTES.find((route) =>
    typeof route.path === 'string' ? route.path === pathname : route.path.test(pathname),
  );
}

export const notFound: Route = {
  path: '*',
  handle: (_req, res) => sendHtml(res, notFoundPage(), 404),
};
