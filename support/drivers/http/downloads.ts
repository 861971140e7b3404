/**
 * Which responses a browser saves instead of showing, and the files the HTTP driver saved so, per
 * scenario. A download leaves the page where it was, as in a browser: the page that had the link or
 * form stays, with its history.
 */
import type { Download } from '../driver';
import { typeOfFileName } from '../file-types';
import type { HttpResponse } from './client';
import { isAttachment, lastSegment, parseContentDisposition } from './content-disposition';

/**
 * Types a browser saves even without `Content-Disposition: attachment` (it shows HTML, text, JSON,
 * XML, images, media): spreadsheets, archives, documents and raw bytes. A vendor type in JSON
 * (`application/vnd.api+json`, an API's answer) is shown, as JSON is; a vendor XML type (KML) is
 * saved (both checked in Chromium).
 */
const SAVED_TYPES = /^(text\/csv|application\/(octet-stream|zip|gzip|x-gzip|x-tar|x-7z-compressed|msword|vnd\.(?![^;]*\+json$)[^;]*))$/;

/** Whether a browser saves a response of this type (no parameters, lower-cased) without being told to. */
export function isSavedType(type: string): boolean {
  return SAVED_TYPES.test(type);
}

/** What the navigation's initiator asked: a link's `download` attribute (its value, '' when bare), or null. */
export interface DownloadRequest {
  readonly downloadAttribute: string | null;
}

/** The response as a download, or null when a browser would show it as a page. */
export function downloadOf(response: HttpResponse, request: DownloadRequest): Download | null {
  const header = response.headers['content-disposition']?.[0];
  const disposition = header === undefined ? null : parseContentDisposition(header);
  const type = (response.headers['content-type']?.[0] ?? '').split(';')[0].trim().toLowerCase();
  const saved = (disposition !== null && isAttachment(disposition)) || request.downloadAttribute !== null || isSavedType(type);
  if (!saved) return null;
  // The server's name first, then the link's, then the URL's last segment (HTML's "download the hyperlink").
  const name = disposition?.filename ?? (lastSegment(request.downloadAttribute) ?? nameFromUrl(response.url));
  return { name, type: type === '' ? typeOfFileName(name) : type, bytes: response.body };
}

function nameFromUrl(url: string): string {
  const segment = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment) || 'download';
  } catch {
    return segment || 'download';
  }
}

/** The scenario's downloads, oldest first; a reset forgets them. */
export class DownloadLog {
  private saved: Download[] = [];

  add(download: Download): void {
    this.saved.push(download);
  }

  all(): Download[] {
    return [...this.saved];
  }

  clear(): void {
    this.saved = [];
  }
}
