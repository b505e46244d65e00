/**
 * A minimal LSP client for yaml-language-server (the server of VS Code's YAML extension),
 * run over stdio as an editor runs it: tests open a file and read back the diagnostics and
 * hovers a user would see. Schema Store is off (no network); schemas come from the file's
 * `# yaml-language-server: $schema=` line or from `yaml.schemas`, as in .vscode/settings.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './cases.js';

export const YAML_LS = path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

export class YamlLs {
  private proc: ChildProcess;
  private conn: MessageConnection;
  private diagnostics = new Map<string, Diagnostic[]>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();

  private constructor(private root: string, private yamlSettings: Record<string, unknown>) {
    this.proc = spawn(process.execPath, [YAML_LS, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? this.yamlSettings : {})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  /** Starts the server for a folder (the workspace) with the user's `yaml.*` settings. */
  static async start(root: string, schemas: Record<string, string[]> = {}): Promise<YamlLs> {
    const settings = { validate: true, hover: true, completion: true, schemas, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false }, format: { enable: false } };
    const ls = new YamlLs(root, settings);
    const rootUri = pathToFileURL(root).href;
    await ls.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true }, synchronization: { dynamicRegistration: true } },
      },
      initializationOptions: {},
    });
    await ls.conn.sendNotification('initialized', {});
    await ls.conn.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
    return ls;
  }

  /** Opens (or replaces the text of) a file and waits for the diagnostics the editor would show. */
  async open(file: string, text: string, until: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 30_000): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    const v = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    this.diagnostics.delete(uri);
    if (v === 1) await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: v, text } });
    else await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && until(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) return d ?? [];
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The hover text at a line and character (0-based), as the editor shows it. */
  async hover(file: string, line: number, character: number): Promise<string> {
    const r = (await this.conn.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as { contents?: { value?: string } | string } | null;
    if (!r?.contents) return '';
    return typeof r.contents === 'string' ? r.contents : r.contents.value ?? '';
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      this.conn.sendNotification('exit').catch(() => undefined);
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
