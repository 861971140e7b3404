/**
 * Credentials written into a URL (`http://user:secret@host/`) are for the server, not for terminals,
 * CI logs or reports: every URL the harness prints or attaches goes through here first.
 */

/** scheme://user:password@ — greedy up to the last `@` of the authority, as URL parsers read it. */
const CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#:@]*):([^\s/?#]*)@/gi;

/**
 * `http://user:secret@host/` → `http://user:***@host/`, for a URL or for every URL inside a longer
 * text (messages of other libraries); a URL without a password is unchanged.
 */
export function maskUrlCredentials(text: string): string {
  return text.replace(CREDENTIALS, '$1$2:***@');
}
