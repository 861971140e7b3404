/**
 * Parsing and serialising a response, with only the parts of cheerio the driver uses.
 * cheerio's main entry also loads its URL and stream helpers (and a second copy of undici's whole
 * index): about 0.2 s of every run's start. Its `slim` entry gives the query API; HTML is parsed
 * and serialised by parse5 exactly as cheerio's main entry does (HTML spec tree building, scripting
 * enabled, parse5's serialiser), and XML by htmlparser2 in XML mode, as cheerio does for `xml: true`.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import render from 'dom-serializer';
import type { AnyNode, Document } from 'domhandler';
import { parse, serializeOuter } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

const PARSE5_OPTIONS = { treeAdapter: adapter, scriptingEnabled: true } as const;

/** Parses a whole HTML document (or, with `xml`, an XML one) into cheerio's query API. */
export function loadDocument(content: string, xml: boolean): CheerioAPI {
  if (xml) return load(content, { xml: true });
  return load(parse(content, PARSE5_OPTIONS) as unknown as Document);
}

/** The markup of `nodes` as the page's own parser would write it back. */
export function serializeNodes(nodes: readonly AnyNode[], xml: boolean): string {
  if (xml) return render(nodes as AnyNode[], { xmlMode: true });
  let html = '';
  for (const node of nodes) {
    // A Document has no outer markup of its own: its children are the document's markup.
    if (node.type === 'root') html += serializeNodes(node.children, false);
    else html += serializeOuter(node as never, { treeAdapter: adapter });
  }
  return html;
}
