'use strict';
/**
 * Lets Node require TypeScript files (a project's cucumber.config.ts and step files), compiled by
 * ts-node in transpile-only mode, with each file's output cached on disk.
 *
 * Why not just `ts-node/register`: loading the TypeScript compiler costs about half a second and
 * 50 MB in every process (cucumber's coordinator and each `--parallel` worker), and ts-node's
 * source-map-support rewrites the stack of every Error the run creates. Here the compiler is loaded
 * only when a file is not in the cache yet (its text, path, compiler settings or versions changed),
 * and stack traces are mapped back to the TypeScript lines here, only for the files compiled here and
 * only when a stack is read. (Node's own `--enable-source-maps` would also read and parse the .map
 * file of every module loaded after it, cucumber's and every library's: ~30 MB and a slower start.)
 *
 * Plain JavaScript on purpose: it is what makes TypeScript loadable, so it cannot be TypeScript.
 * Settings: CUCUMBER_MINK_TS_CACHE=0 turns the cache off; CUCUMBER_MINK_TS_CACHE_DIR moves it
 * (default node_modules/.cache/cucumber-mink/typescript under the working directory).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const { SourceMap } = require('node:module');
const path = require('node:path');

const EXTENSIONS = ['.ts', '.cts'];
const NO_TSCONFIG_OPTIONS = { module: 'node16', moduleResolution: 'node16', target: 'ES2022', esModuleInterop: true };
const MARK = Symbol.for('cucumber-mink.typescript-hook');

function cacheDirectory() {
  if (process.env.CUCUMBER_MINK_TS_CACHE === '0') return null;
  return process.env.CUCUMBER_MINK_TS_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'cucumber-mink', 'typescript');
}

function packageVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return 'absent';
  }
}

/** The text of the tsconfig.json ts-node would read (searched from the working directory up), with the file it extends. */
function compilerSettingsText() {
  if (process.env.TS_NODE_PROJECT) return readOrEmpty(path.resolve(process.env.TS_NODE_PROJECT));
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'tsconfig.json');
    const text = readOrEmpty(file);
    if (text !== '') {
      const extended = /"extends"\s*:\s*"([^"]+)"/.exec(text);
      const parent = extended && extended[1].startsWith('.') ? readOrEmpty(path.resolve(dir, extended[1])) : '';
      return `${file}\n${text}\n${parent}`;
    }
    if (path.dirname(dir) === dir) return '';
  }
}

function readOrEmpty(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** `"type"` of the package a file belongs to: with module node16 it decides CommonJS or ESM output. */
const packageTypes = new Map();
function packageTypeOf(dir) {
  if (packageTypes.has(dir)) return packageTypes.get(dir);
  const text = readOrEmpty(path.join(dir, 'package.json'));
  let type;
  if (text !== '') {
    try {
      type = JSON.parse(text).type || 'commonjs';
    } catch {
      type = 'commonjs';
    }
  } else {
    const parent = path.dirname(dir);
    type = parent === dir ? 'commonjs' : packageTypeOf(parent);
  }
  packageTypes.set(dir, type);
  return type;
}

function createCompiler() {
  const directory = cacheDirectory();
  let environment = null;
  let service = null;

  // Everything besides a file's own text and path that can change what it compiles to.
  const settingsKey = () => {
    environment ??= [
      packageVersion('ts-node'),
      packageVersion('typescript'),
      compilerSettingsText(),
      Object.keys(process.env)
        .filter((name) => name.startsWith('TS_NODE_'))
        .sort()
        .map((name) => `${name}=${process.env[name]}`)
        .join('\n'),
    ].join('\0');
    return environment;
  };

  const tsNode = () => {
    if (service) return service;
    // ts-node's create() installs its own stack rewriting for every error; ours only touches our files.
    const previousPrepare = Error.prepareStackTrace;
    const options = { transpileOnly: true };
    // Without a tsconfig.json ts-node falls back to settings TypeScript 5.9 rejects (TS5109): use
    // the ones `cucumber-mink init` writes.
    if (compilerSettingsText() === '') options.compilerOptions = NO_TSCONFIG_OPTIONS;
    service = require('ts-node').create(options);
    Error.prepareStackTrace = previousPrepare;
    return service;
  };

  return function compile(source, filename) {
    if (directory === null) return tsNode().compile(source, filename);
    const key = crypto
      .createHash('sha256')
      .update(settingsKey())
      .update('\0')
      .update(filename)
      .update('\0')
      .update(packageTypeOf(path.dirname(filename)))
      .update('\0')
      .update(source)
      .digest('hex');
    const cached = path.join(directory, `${key}.js`);
    try {
      return fs.readFileSync(cached, 'utf8');
    } catch {
      // Not compiled yet: fall through.
    }
    const output = tsNode().compile(source, filename);
    try {
      fs.mkdirSync(directory, { recursive: true });
      // Parallel workers may compile the same file at once: write aside, then rename into place.
      const temporary = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, output);
      fs.renameSync(temporary, cached);
    } catch {
      // A read-only or full disk only costs the cache, never the run.
    }
    return output;
  };
}

/** Inline source maps of the files compiled here: base64 text until a stack needs it, then parsed. */
const sourceMaps = new Map();
const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;charset=utf-8;base64,([A-Za-z0-9+/=]+)\s*$/;

function rememberSourceMap(filename, output) {
  const inline = INLINE_MAP.exec(output);
  if (inline) sourceMaps.set(filename, inline[1]);
}

/** The TypeScript position of a compiled position (1-based), or null outside the files compiled here. */
function originalPosition(filename, line, column) {
  let map = sourceMaps.get(filename);
  if (map === undefined) return null;
  if (typeof map === 'string') {
    try {
      map = new SourceMap(JSON.parse(Buffer.from(map, 'base64').toString('utf8')));
    } catch {
      map = null;
    }
    sourceMaps.set(filename, map);
  }
  const entry = map && map.findEntry(line - 1, column - 1);
  if (!entry || typeof entry.originalLine !== 'number') return null;
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

/** V8's own frame text, with the position of a compiled TypeScript file replaced by its source position. */
function frameText(callSite) {
  const text = String(callSite);
  const filename = callSite.getFileName();
  if (!filename || !sourceMaps.has(filename)) return text;
  const line = callSite.getLineNumber();
  const column = callSite.getColumnNumber();
  const original = line && column ? originalPosition(filename, line, column) : null;
  if (!original) return text;
  const compiled = `${filename}:${line}:${column}`;
  const at = text.lastIndexOf(compiled);
  return at < 0 ? text : `${text.slice(0, at)}${filename}:${original.line}:${original.column}${text.slice(at + compiled.length)}`;
}

/**
 * undici's notice that a server closed the connection after its answer (`php -S` closes every one):
 * made for each such request and never shown, but Node's streams read its stack at once.
 */
const UNSHOWN_ERROR_CODE = 'UND_ERR_INFO';

/** Node's default stack format; only frames of files compiled here are rewritten (when a stack is read). */
function prepareStackTrace(error, callSites) {
  let head;
  let unshown = false;
  try {
    head = Error.prototype.toString.call(error);
    unshown = error.code === UNSHOWN_ERROR_CODE;
  } catch {
    head = '<error>';
  }
  // Formatting the frames of a notice nobody reads cost 1.4% of a run against a closing server.
  if (callSites.length === 0 || unshown) return head;
  return `${head}\n    at ${callSites.map(frameText).join('\n    at ')}`;
}

function register() {
  if (Module._extensions[MARK]) return;
  const compile = createCompiler();
  Error.prepareStackTrace = prepareStackTrace;
  for (const extension of EXTENSIONS) {
    Module._extensions[extension] = function loadTypeScript(module, filename) {
      const output = compile(fs.readFileSync(filename, 'utf8'), filename);
      rememberSourceMap(filename, output);
      module._compile(output, filename);
    };
  }
  Object.defineProperty(Module._extensions, MARK, { value: true });
}

register();
