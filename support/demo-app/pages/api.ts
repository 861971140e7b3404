import type { ServerResponse } from 'node:http';
import { parseBody } from '../body';
import { escapeHtml, layout } from '../html';
import { sendHtml, sendJson, type DemoRequest, type Section } from '../http';

/**
 * A small REST API for the request steps: recipes to create, read, replace and delete (kept in
 * memory for as long as the demo app runs: scenarios use names of their own), an echo that answers
 * with what it received, and a sign-in that sets a cookie.
 */

type Recipe = Record<string, unknown>;
const recipes = new Map<string, Recipe>();

function recipeName(request: DemoRequest): string {
  return decodeURIComponent(request.url.pathname.replace(/^\/(api\/)?recipes\//, ''));
}

function readJson(request: DemoRequest): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(request.body.toString('utf8')) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function recipeApi(request: DemoRequest, response: ServerResponse): void {
  const name = recipeName(request);
  const known = recipes.get(name);
  switch (request.method) {
    case 'GET':
      if (known) return sendJson(response, { name, ...known });
      return sendJson(response, { error: `no recipe "${name}"` }, 404);
    case 'PUT': {
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(response, { error: 'send JSON (Content-Type: application/json)' }, 415);
      }
      const parsed = readJson(request);
      if ('error' in parsed) return sendJson(response, { error: parsed.error }, 400);
      recipes.set(name, parsed.value as Recipe);
      return sendJson(response, { name, ...(parsed.value as Recipe) }, known ? 200 : 201);
    }
    case 'DELETE':
      if (!known) return sendJson(response, { error: `no recipe "${name}"` }, 404);
      recipes.delete(name);
      response.writeHead(204).end();
      return;
    default:
      response.writeHead(405, { Allow: 'GET, PUT, DELETE', 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: `${request.method} is not allowed here` }));
  }
}

/** POST /api/recipes with form fields: a new recipe named by its `name` field. */
function createRecipe(request: DemoRequest, response: ServerResponse): void {
  if (request.method !== 'POST') return sendJson(response, { error: 'POST form fields here' }, 405);
  const fields = Object.fromEntries(parseBody(request.headers['content-type'], request.body).fields.map((f) => [f.name, f.value]));
  const { name, ...recipe } = fields;
  if (!name) return sendJson(response, { error: 'the name field is required' }, 422);
  recipes.set(name, recipe);
  response.writeHead(201, { Location: `/api/recipes/${encodeURIComponent(name)}`, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ name, ...recipe }));
}

function recipePage(request: DemoRequest, response: ServerResponse): void {
  const name = recipeName(request);
  const recipe = recipes.get(name);
  if (!recipe) return sendHtml(response, layout('No such recipe', `<p>No recipe "${escapeHtml(name)}".</p>`), 404);
  const items = Object.entries(recipe).map(([key, value]) => `  <li>${escapeHtml(key)}: ${escapeHtml(String(value))}</li>`);
  sendHtml(response, layout(`Recipe: ${name}`, `<ul id="recipe">\n${items.join('\n')}\n</ul>`));
}

function cookiesOf(request: DemoRequest): Record<string, string> {
  return Object.fromEntries(
    (request.headers.cookie ?? '').split(';').map((pair) => pair.trim()).filter(Boolean).map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** Any method: what arrived, as JSON. Headers starting with x- are listed, with Accept and Content-Type. */
function echoApi(request: DemoRequest, response: ServerResponse): void {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => name.startsWith('x-') || name === 'accept' || name === 'content-type'),
  );
  const fields = parseBody(request.headers['content-type'], request.body).fields;
  sendJson(response, {
    method: request.method,
    headers,
    body: request.body.toString('utf8'),
    fields: Object.fromEntries(fields.map((field) => [field.name, field.value])),
    cookies: cookiesOf(request),
  });
}

function signIn(request: DemoRequest, response: ServerResponse): void {
  if (request.method !== 'POST') return sendJson(response, { error: 'POST here to sign in' }, 405);
  const user = parseBody(request.headers['content-type'], request.body).fields.find((field) => field.name === 'user')?.value ?? 'ada';
  response.writeHead(200, { 'Set-Cookie': `api_user=${encodeURIComponent(user)}; Path=/; HttpOnly`, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ signedIn: user }));
}

function whoAmI(request: DemoRequest, response: ServerResponse): void {
  const user = cookiesOf(request).api_user;
  if (!user) return sendJson(response, { error: 'not signed in' }, 401);
  sendJson(response, { user: decodeURIComponent(user) });
}

export const apiSection: Section = {
  heading: 'REST API (for the request steps)',
  routes: [
    { path: '/api/recipes', handle: createRecipe },
    { path: /^\/api\/recipes\/[^/]+$/, handle: recipeApi },
    { path: /^\/recipes\/[^/]+$/, handle: recipePage },
    { path: '/api/echo', title: 'Echo as JSON (any method)', handle: echoApi },
    { path: '/api/sign-in', handle: signIn },
    { path: '/api/me', handle: whoAmI },
  ],
};
