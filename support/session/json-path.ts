/**
 * A small dotted path into JSON (`user.name`, `items[0].id`, `tags.1`), with a reason when it misses.
 * behatch's forms too: `root` is the whole document (`root[0].id`, `root.user`), `->` is a dot.
 */

type JsonPathResult = { exists: true; value: unknown } | { exists: false; problem: string };

export function readJsonPath(document: unknown, jsonPath: string): JsonPathResult {
  const path = jsonPath.trim().replace(/->/g, '.').replace(/^root(?=$|[.[])/, '');
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  let current: unknown = document;
  const walked: string[] = [];
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') {
      return { exists: false, problem: `"${walked.join('.') || '$'}" is ${JSON.stringify(current)}, not an object or array` };
    }
    if (!(segment in (current as Record<string, unknown>))) {
      const keys = Object.keys(current as object).slice(0, 10);
      return { exists: false, problem: `no "${segment}" under "${walked.join('.') || '$'}"; it has: ${keys.join(', ') || 'nothing'}` };
    }
    current = (current as Record<string, unknown>)[segment];
    walked.push(segment);
  }
  return { exists: true, value: current };
}
