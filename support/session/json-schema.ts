/**
 * JSON Schema validation for the schema steps, with ajv (loaded at the first schema step: most runs
 * never need it). The schema's own `$schema` picks the draft: draft-04, -06 and -07 (the default),
 * 2019-09 and 2020-12; `format` keywords (email, date-time, uri …) are checked.
 */
import type { ErrorObject } from 'ajv';

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/* eslint-disable @typescript-eslint/no-require-imports -- loaded at the first schema step, not at start-up */
function newValidator(dialect: string) {
  const options = { allErrors: true, strict: false };
  if (dialect.includes('draft-04')) return new (require('ajv-draft-04') as typeof import('ajv-draft-04')).default(options);
  if (dialect.includes('2020-12')) return new (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default(options);
  if (dialect.includes('2019-09')) return new (require('ajv/dist/2019') as typeof import('ajv/dist/2019')).default(options);
  return new (require('ajv') as typeof import('ajv')).default(options);
}

function compilerFor(schema: Record<string, unknown>): (schema: object) => Validate {
  const ajv = newValidator(typeof schema.$schema === 'string' ? schema.$schema : '');
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  addFormats(ajv as Parameters<typeof addFormats>[0]);
  return (compiled) => ajv.compile(compiled);
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** Every place `document` breaks `schema` (`/items/0/id: must be integer`); empty when it conforms. */
export function schemaViolations(document: unknown, schema: Record<string, unknown>): string[] {
  const compile = compilerFor(schema);
  const validate = compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'is not valid'}${paramsNote(error)}`);
}

/** The allowed values or the missing property, which ajv keeps out of its message. */
function paramsNote(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (Array.isArray(params.allowedValues)) return ` (${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')})`;
  return '';
}
