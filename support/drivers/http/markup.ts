/**
 * Parsing and serialising a response. HTML is parsed and serialised by parse5 exactly as cheerio's
 * main entry does (HTML spec tree building, parse5's serialiser), with scripting off as in a client
 * without JavaScript, and XML by htmlparser2 in XML mode, as cheerio does for `xml: true`. (cheerio's
 * own entry would also load its URL and stream helpers and a second copy of undici: about 0.2 s of
 * every run's start.) CSS selectors are evaluated by css-select over this tree (css.ts).
 */
import type { AnyNode, Document } from 'domhandler';
import { serializeOuter } from 'parse5';
import { LinearScopeParser } from './linear-scope-parser';
import { treeAdapter } from './tree-adapter';

// Loaded on first use: most runs never load an XML document, and each of these modules costs a few
// MB and milliseconds at start.
/* eslint-disable @typescript-eslint/no-require-imports */
const xmlParser = () => require('htmlparser2') as typeof import('htmlparser2');
const xmlSerializer = () => (require('dom-serializer') as typeof import('dom-serializer')).default;
/* eslint-enable @typescript-eslint/no-require-imports */

// Parsed as by a browser with scripting off, so `<noscript>` content is markup, not raw text.
const PARSE5_OPTIONS = { treeAdapter, scriptingEnabled: false } as const;

/** Parses a whole HTML document (or, with `xml`, an XML one) into a domhandler tree. */
export function parseDocument(content: string, xml: boolean): Document {
  if (xml) return xmlParser().parseDocument(content, { xmlMode: true });
  return LinearScopeParser.parse(content, PARSE5_OPTIONS) as unknown as Document;
}

/** The markup of `nodes` as the page's own parser would write it back. */
export function serializeNodes(nodes: readonly AnyNode[], xml: boolean): string {
  if (xml) return xmlSerializer()(nodes as AnyNode[], { xmlMode: true });
  let html = '';
  for (const node of nodes) {
    // A Document has no outer markup of its own: its children are the document's markup.
    if (node.type === 'root') html += serializeNodes(node.children, false);
    else html += serializeOuter(node as never, { treeAdapter });
  }
  return html;
}
