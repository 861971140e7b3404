/**
 * The Cucumber language server (@cucumber/language-server, what the VS Code extension runs) as a
 * process of its own, spoken to over stdio as an editor does: initialize, answer its request for the
 * `cucumber` settings, open documents, read the diagnostics it publishes, ask for completions.
 *
 * Its own bin looks for the tree-sitter grammars in a nested node_modules that npm hoists away, so
 * the server is started the way that bin would (its `wasm` and `node` entry points), with the
 * grammars' folder named.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const GRAMMARS_DIR = path.resolve(path.dirname(require.resolve('@cucumber/language-service')), '..', '..');

const LAUNCH = `
const { startStandaloneServer } = require(${JSON.stringify(require.resolve('@cucumber/language-server/wasm'))});
const { NodeFiles } = require(${JSON.stringify(require.resolve('@cucumber/language-server/node'))});
startStandaloneServer(${JSON.stringify(GRAMMARS_DIR)}, (rootUri) => new NodeFiles(rootUri));
`;

export interface CucumberSettings {
  features: string[];
  glue: string[];
}

export interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

export interface CompletionItem {
  label: string;
  textEdit?: { newText: string };
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class LanguageServer {
  private readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(message: Message) => void>();
  private exitCode: number | null | undefined;
  /** What the server logged: its own account of what it indexed. */
  readonly log: string[] = [];

  private constructor(
    private readonly root: string,
    private readonly settings: CucumberSettings,
  ) {
    // NodeFiles resolves the globs against the working folder: the project root.
    // argv[2] onwards are the server's options, as for its own bin.
    this.child = spawn(process.execPath, ['-e', LAUNCH, 'cucumber-language-server', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr?.on('data', (chunk: Buffer) => this.log.push(chunk.toString()));
    this.child.once('exit', (code) => {
      this.exitCode = code;
      for (const listener of [...this.listeners]) listener({});
    });
  }

  /** Starts the server for the project, initialized and indexed with these settings. */
  static async start(root: string, settings: CucumberSettings, timeoutMs = 30_000): Promise<LanguageServer> {
    const server = new LanguageServer(root, settings);
    const indexed = server.waitFor((message) => message.method === 'window/logMessage' && /Built \d+ suggestions/.test(String((message.params as { message: string }).message)), timeoutMs, 'the first index');
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      clientInfo: { name: 'cucumber-mink test', version: '1' },
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} },
      },
    });
    server.notify('initialized', {});
    await indexed;
    return server;
  }

  uri(relativePath: string): string {
    return pathToFileURL(path.join(this.root, relativePath)).href;
  }

  /** Opens a document (it need not exist on disk) and resolves to the diagnostics the server publishes for it. */
  async open(relativePath: string, text: string): Promise<Diagnostic[]> {
    const uri = this.uri(relativePath);
    const published = this.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string }).uri === uri, 10_000, `diagnostics of ${relativePath}`);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gherkin', version: 1, text } });
    return ((await published).params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  async complete(relativePath: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.request('textDocument/completion', { textDocument: { uri: this.uri(relativePath) }, position: { line, character } });
    return (Array.isArray(result) ? result : ((result as { items?: CompletionItem[] } | null)?.items ?? [])) as CompletionItem[];
  }

  async stop(): Promise<void> {
    if (this.exitCode !== undefined) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } catch {
      // It may have gone already.
    }
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin?.write(body);
  }

  private waitFor(predicate: (message: Message) => boolean, timeoutMs: number, what: string): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`the language server sent no ${what} within ${timeoutMs} ms; its log:\n${this.log.join('\n')}`));
      }, timeoutMs);
      const listener = (message: Message) => {
        if (this.exitCode !== undefined) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          reject(new Error(`the language server exited (${this.exitCode}) before sending ${what}; its log:\n${this.log.join('\n')}`));
          return;
        }
        if (!predicate(message)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(message);
      };
      this.listeners.add(listener);
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === 'window/logMessage') this.log.push(String((message.params as { message: string }).message));
    if (message.id !== undefined && message.method !== undefined) {
      // A request of the server's: the settings an editor holds under `cucumber`, or a plain acknowledgement.
      const result = message.method === 'workspace/configuration' ? [{ ...this.settings, parameterTypes: [], snippetTemplates: {} }] : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    }
    for (const listener of [...this.listeners]) listener(message);
  }
}
