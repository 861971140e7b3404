/**
 * From a submitted form to the request a browser sends: method, action and enctype (the submitter's
 * formmethod/formaction/formenctype win), then the encoded entry list.
 */
import type { Element } from 'domhandler';
import { DriverError, UnsupportedDriverActionError } from '../../driver';
import type { HttpRequest } from '../client';
import { attr } from '../dom';
import { resolveUrl } from '../url';
import { constructEntryList } from './entry-list';
import { isSubmitButton } from './controls';
import {
  actionUrlWithQuery,
  encodeMultipart,
  encodeTextPlain,
  encodeUrlencoded,
  MULTIPART,
  TEXT_PLAIN,
  URLENCODED,
} from './encoding';
import type { FormState } from './state';

interface SubmissionTarget {
  readonly method: 'GET' | 'POST';
  readonly action: string;
  readonly enctype: string;
}

interface DocumentLocation {
  /** The document's URL: the action of a form without one. */
  readonly documentUrl: string;
  /** Where relative actions resolve: `<base href>` or the document URL. */
  readonly baseUrl: string;
}

function submitterAttribute(submitter: Element | null, name: string): string | null {
  return submitter !== null && isSubmitButton(submitter) ? attr(submitter, name) : null;
}

/**
 * Browsers know only GET and POST (and `dialog`, which never reaches a server); any other method
 * attribute falls back to GET, so `method="put"` behaves here as it does in a browser.
 */
export function submissionTarget(form: Element, submitter: Element | null, location: DocumentLocation): SubmissionTarget {
  const methodAttribute = (submitterAttribute(submitter, 'formmethod') ?? attr(form, 'method') ?? 'get').toLowerCase();
  if (methodAttribute === 'dialog') {
    throw new UnsupportedDriverActionError('Submitting a form with method="dialog" needs JavaScript: tag the scenario @javascript');
  }
  const method = methodAttribute === 'post' ? 'POST' : 'GET';

  const actionAttribute = submitterAttribute(submitter, 'formaction') ?? attr(form, 'action');
  const action =
    actionAttribute === null || actionAttribute.trim() === ''
      ? location.documentUrl
      : resolveUrl(actionAttribute, location.baseUrl);
  const scheme = new URL(action).protocol;
  if (scheme !== 'http:' && scheme !== 'https:') {
    throw new UnsupportedDriverActionError(
      `Submitting a form to "${action}" needs a browser: tag the scenario @javascript`,
    );
  }

  const enctypeAttribute = (submitterAttribute(submitter, 'formenctype') ?? attr(form, 'enctype') ?? '').toLowerCase();
  const enctype = enctypeAttribute === MULTIPART || enctypeAttribute === TEXT_PLAIN ? enctypeAttribute : URLENCODED;
  return { method, action, enctype };
}

export async function buildSubmission(
  form: Element,
  submitter: Element | null,
  state: FormState,
  location: DocumentLocation,
): Promise<HttpRequest> {
  const target = submissionTarget(form, submitter, location);
  const entries = constructEntryList(form, submitter, state);
  const initiator = location.documentUrl;
  if (target.method === 'GET') {
    return { method: 'GET', url: actionUrlWithQuery(target.action, entries), initiator };
  }
  if (target.enctype === MULTIPART) {
    const { body, contentType } = await encodeMultipart(entries).catch((error: Error) => {
      throw new DriverError(`Cannot upload the attached file: ${error.message}`);
    });
    return { method: 'POST', url: target.action, body, contentType, initiator };
  }
  if (target.enctype === TEXT_PLAIN) {
    return { method: 'POST', url: target.action, body: encodeTextPlain(entries), contentType: `${TEXT_PLAIN};charset=UTF-8`, initiator };
  }
  return { method: 'POST', url: target.action, body: encodeUrlencoded(entries), contentType: URLENCODED, initiator };
}
