/**
 * `messages.ndjson` and `cucumber.html` from one serialization of each message.
 *
 * cucumber's message formatter serializes every message, and its HTML formatter serializes it again
 * after passing it through two object streams. On a run of 1 000 short scenarios (15 000 messages,
 * 6 MB of them) the two took about 160 ms of the main thread between the steps, most of it in the HTML
 * formatter's streams. Here each message is serialized once and both files get the text in batches.
 *
 * The page around the messages is the html-formatter package's own: cut from what its stream writes
 * around one placeholder message, so a new version of the page comes with the package. Only how a
 * message is embedded is written here again (`<` escaped); a unit test compares a whole page with
 * cucumber's HTML formatter's, byte for byte.
 */
import type fs from 'node:fs';
import { createRequire } from 'node:module';
import type { CucumberHtmlStream as HtmlStream } from '@cucumber/html-formatter';
import type { Envelope } from '@cucumber/messages';

/** The page's text before the first message and after the last. */
export interface HtmlPage {
  readonly before: string;
  readonly after: string;
}

/**
 * The html-formatter cucumber's own HTML formatter uses: resolved from cucumber's package, which depends on
 * it (this package does not), so the page is the one cucumber would write.
 */
function htmlStreamClass(): typeof HtmlStream {
  const fromCucumber = createRequire(require.resolve('@cucumber/cucumber/package.json'));
  return (fromCucumber('@cucumber/html-formatter') as { CucumberHtmlStream: typeof HtmlStream }).CucumberHtmlStream;
}

let page: Promise<HtmlPage | null> | undefined;

/**
 * The html-formatter's page, read once a process (its template, styles and script: about 1 MB); null when
 * this version of it no longer embeds a message as this module does: cucumber's own formatter then writes
 * the page.
 */
export function htmlPage(): Promise<HtmlPage | null> {
  page ??= cutHtmlPage();
  // A failure is not kept: the next report asks again.
  page.catch(() => (page = undefined));
  return page;
}

async function cutHtmlPage(): Promise<HtmlPage | null> {
  // JSON the page's template does not hold, with a `<` the formatter must escape as forScript does: the
  // formatter writes it where the messages go.
  const placeholder = { placeholder: `<cucumber-mink: the messages go here (${process.pid})>` };
  const CucumberHtmlStream = htmlStreamClass();
  const stream = new CucumberHtmlStream();
  const chunks: string[] = [];
  stream.on('data', (chunk: string | Buffer) => chunks.push(chunk.toString()));
  const ended = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
  stream.end(placeholder);
  await ended;
  const whole = chunks.join('');
  const text = forScript(JSON.stringify(placeholder));
  const at = whole.indexOf(text);
  if (at < 0 || whole.includes(text, at + 1)) return null;
  return { before: whole.slice(0, at), after: whole.slice(at + text.length) };
}

/**
 * Messages as the page's script embeds them: `<` written `\x3C`, so no text in a message can close the
 * script element (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 */
function forScript(json: string): string {
  return json.replace(/</g, '\\x3C');
}

/** The two files being written: each message's text gathered until `flush` hands it to the streams. */
export class SerializedReports {
  private ndjson = '';
  private html = '';
  private firstMessage = true;

  /** `html` is null when cucumber's own HTML formatter writes the page (attachments written as files of their own). */
  constructor(
    private readonly ndjsonFile: fs.WriteStream,
    private readonly htmlFile: { readonly stream: fs.WriteStream; readonly page: HtmlPage } | null,
  ) {
    htmlFile?.stream.write(htmlFile.page.before);
  }

  add(envelope: Envelope): void {
    const json = JSON.stringify(envelope);
    this.ndjson += `${json}\n`;
    if (this.htmlFile === null) return;
    this.html += this.firstMessage ? json : `,${json}`;
    this.firstMessage = false;
  }

  /** Hands what was gathered to the streams (one write each). */
  flush(): void {
    if (this.ndjson !== '') this.ndjsonFile.write(this.ndjson);
    if (this.html !== '') this.htmlFile?.stream.write(forScript(this.html));
    this.ndjson = '';
    this.html = '';
  }

  /** The last messages and the end of the page: after it, the streams can be ended. */
  end(): void {
    this.flush();
    this.htmlFile?.stream.write(this.htmlFile.page.after);
  }
}
