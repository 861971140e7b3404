/**
 * Requests sent from a scenario, in the wording of behatch's RestContext: set up and tear down an
 * application's data, or check an API, then read the answer with the response steps (status code,
 * headers, JSON, "the response should contain"). They carry the session's cookies for the origin:
 * over HTTP through its cookie jar, in a browser from the page with fetch().
 */
import { When, type DataTable } from '@cucumber/cucumber';
import type { MinkWorld } from '../support/world';
import { unescapeStepArgument as arg } from '../support/session/text';
import { I, PLAIN, QUOTED, step } from './patterns';

/** The method quoted or bare, as behatch users write it: `a "PUT" request` or `a PUT request`. */
const SEND = `${I}send an? "?([A-Za-z]+)"? request to ${PLAIN}`;

When(step(`${I}add ${QUOTED} header equal to ${QUOTED}`), function (this: MinkWorld, name: string, value: string) {
  this.session.setApiHeader(arg(name), arg(value));
});
When(step(SEND), function (this: MinkWorld, method: string, path: string) {
  return this.session.sendRequest({ method: arg(method), path });
});
When(step(`${SEND} with body:`), function (this: MinkWorld, method: string, path: string, body: string) {
  return this.session.sendRequest({ method: arg(method), path, body });
});
When(step(`${SEND} with (?:form data|parameters):`), function (this: MinkWorld, method: string, path: string, table: DataTable) {
  return this.session.sendRequest({ method: arg(method), path, form: fieldRows(table) });
});
When(step(`${SEND} with headers:`), function (this: MinkWorld, method: string, path: string, table: DataTable) {
  return this.session.sendRequest({ method: arg(method), path, headers: Object.fromEntries(fieldRows(table)) });
});

/** `| name | value |` rows; a first row `| name | value |` (or key, field, header, parameter) is a heading. */
function fieldRows(table: DataTable): Array<[string, string]> {
  const rows = table.raw().map(([name, value]) => [name ?? '', value ?? ''] as [string, string]);
  const [first] = rows;
  if (first && /^(name|field|key|header|parameter)$/i.test(first[0].trim()) && /^value$/i.test(first[1].trim())) rows.shift();
  return rows;
}
