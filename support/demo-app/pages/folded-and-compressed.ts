import zlib from 'node:zlib';
import { layout } from '../html';
import { staticPage, type Section } from '../http';

const foldedPage = layout(
  'Folded text',
  `
<p>A closed details shows its summary only; a dialog without open is not shown at all.</p>
<details id="fine-print">
  <summary>Show the fine print</summary>
  <p>The fine print itself</p>
  <label for="folded-field">Folded field</label><input id="folded-field" name="folded-field">
  <details open><summary>A summary inside the fold</summary><p>Open but inside the fold</p></details>
</details>
<details open id="opened"><summary>Already open</summary><p>Opened details text</p></details>
<dialog id="closed-dialog">Closed dialog text</dialog>
<dialog id="open-dialog" open>Open dialog text</dialog>
`,
);

const compressedPage = layout('Compressed page', '<p>Decoded from the compressed body: crème brûlée.</p>');

/** The compressed page in each coding browsers decode; sent so whatever the request asked for. */
const CODINGS: Readonly<Record<string, (page: Buffer) => Buffer>> = {
  gzip: (page) => zlib.gzipSync(page),
  deflate: (page) => zlib.deflateSync(page),
  br: (page) => zlib.brotliCompressSync(page),
};

export const foldedAndCompressedSection: Section = {
  heading: 'Page text: folded content, compressed responses',
  routes: [
    staticPage('/folded', foldedPage, 'Closed details and dialogs'),
    {
      // ?coding=gzip (the default), deflate or br.
      path: '/compressed',
      title: 'A compressed response (gzip, deflate, br)',
      handle: (request, response) => {
        const requested = request.url.searchParams.get('coding') ?? 'gzip';
        const coding = Object.hasOwn(CODINGS, requested) ? requested : 'gzip';
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': coding, Vary: 'Accept-Encoding' });
        response.end(CODINGS[coding](Buffer.from(compressedPage)));
      },
    },
  ],
};
