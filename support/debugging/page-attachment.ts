/**
 * How a failed scenario's last response is attached: as what the server said it is. An API's JSON
 * attached as page.html was shown by the HTML report as markup and saved under the wrong extension.
 * A browser's page is always attached as HTML: what it gives is its document (Chromium shows JSON
 * inside a <pre>).
 */
export interface PageAttachment {
  readonly mediaType: string;
  readonly fileName: string;
}

const HTML: PageAttachment = { mediaType: 'text/html', fileName: 'page.html' };

/** The Content-Type header's value(s) as the driver gives them, looked up whatever their case. */
export function contentTypeOf(headers: Readonly<Record<string, readonly string[]>>): string {
  const name = Object.keys(headers).find((header) => header.toLowerCase() === 'content-type');
  return name ? (headers[name][0] ?? '') : '';
}

export function pageAttachment(contentType: string, inBrowser: boolean): PageAttachment {
  return inBrowser ? HTML : responseAttachment(contentType, 'page');
}

/** A response's body by its Content-Type: `name`.json, .txt, .xml, else .html. */
export function responseAttachment(contentType: string, name: string): PageAttachment {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  if (essence === 'application/json' || essence.endsWith('+json')) return { mediaType: 'application/json', fileName: `${name}.json` };
  // Not bare text/plain: cucumber's console formatters print such an attachment in full under the failure.
  if (essence === 'text/plain') return { mediaType: 'text/plain; charset=utf-8', fileName: `${name}.txt` };
  if (essence === 'application/xml' || essence === 'text/xml' || (essence.endsWith('+xml') && essence !== 'application/xhtml+xml')) {
    return { mediaType: 'application/xml', fileName: `${name}.xml` };
  }
  return { mediaType: 'text/html', fileName: `${name}.html` };
}
