/**
 * A minimal LSP client for the benchmark: spawns the bundled language server over stdio and speaks
 * JSON-RPC with `vscode-jsonrpc`, the library VS Code's own client uses, so the latency measured
 * includes everything a real editor pays: serialization on both sides, the pipe, the server's
 * incremental document sync, its analysis queue and its diagnostics conversion.
 *
 * It answers the server's requests the way the extension does: `workspace/configuration` with the
 * default settings, and `fanfic/storyConfig` with "no fanfic.json" (the bench measures the rules,
 * not the config lookup). Every wait has a timeout, and the child is killed when this process
 * exits however it exits, so a hung server never outlives the benchmark.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** The parts of an LSP diagnostic the bench reads. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

export interface Publish {
  uri: string;
  version?: number;
  /**
   * The diagnostics, kept for the first and the newest publish of each document only: holding
   * every one of 200 publishes of 650 diagnostics would make the bench's own garbage collector
   * pause in the middle of the latencies it measures. `count` is always there.
   */
  diagnostics: LspDiagnostic[];
  count: number;
  /** `performance.now()` when the notification was handed to us (after JSON parsing). */
  at: number;
  /** Bytes the server had written to stdout up to this message (the pipe's running total). */
  bytes: number;
}

interface Waiter {
  uri: string;
  version: number;
  resolve: (p: Publish) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export interface ClientOptions {
  /** Path of the bundled server (`dist/server/server.js`). */
  server: string;
  cwd: string;
  /** The `fanfic.*` settings answered to `workspace/configuration`. */
  settings: Record<string, unknown>;
  /** Default timeout for requests and waits, ms. */
  timeoutMs?: number;
  /** Extra node flags for the server (`--cpu-prof` to see where a slow figure goes). */
  nodeArgs?: string[];
  /** Extra environment for the server (`FANFIC_TIMINGS=1`: its own timings on standard error). */
  env?: Record<string, string>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills every server still running; registered once, on every way out of the process. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly publishes: Publish[] = [];
  private readonly first = new Map<string, Publish>();
  private readonly newest = new Map<string, Publish>();
  /** `window/logMessage` and `window/showMessage` from the server, with their type. */
  readonly logs: Array<{ type: number; message: string }> = [];
  /** Server → client requests we did not expect, by method. */
  readonly unexpectedRequests = new Map<string, number>();
  /** Server → client requests by method (configuration, storyConfig…). */
  readonly requests = new Map<string, number>();
  stderr = '';
  /** The server's own timings of each check, when started with `FANFIC_TIMINGS=1`. */
  readonly timings: Array<{ version: number; changeToSent: number; analysis: number }> = [];
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  private readonly waiters: Waiter[] = [];
  private bytes = 0;
  private readonly timeoutMs: number;

  private constructor(
    readonly child: ChildProcess,
    options: ClientOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    // Count the bytes the server writes: the size of a diagnostics payload is part of the cost.
    const counter = new PassThrough();
    child.stdout!.on('data', (chunk: Buffer) => {
      this.bytes += chunk.length;
    });
    child.stdout!.pipe(counter);
    let partial = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      // The server's own timings (FANFIC_TIMINGS=1) are read off; the rest is kept for errors.
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^fanfic-timing version=(\d+) changeToSent=([\d.]+) analysis=([\d.]+)$/.exec(line);
        if (m) this.timings.push({ version: Number(m[1]), changeToSent: Number(m[2]), analysis: Number(m[3]) });
        else if (this.stderr.length < 64_000) this.stderr += `${line}\n`;
      }
    });
    this.connection = createMessageConnection(new StreamMessageReader(counter), new StreamMessageWriter(child.stdin!));

    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => {
      this.count('workspace/configuration');
      return params.items.map((item) =>
        item.section === 'fanfic' ? options.settings : item.section?.startsWith('fanfic.') ? (options.settings[item.section.slice(7)] ?? null) : null,
      );
    });
    // The client's answer when there is no fanfic.json: the document's folder is the story.
    this.connection.onRequest('fanfic/storyConfig', (params: { uri: string }) => {
      this.count('fanfic/storyConfig');
      return { configUri: null, text: null, storyUri: params.uri.slice(0, params.uri.lastIndexOf('/')) };
    });
    // The story's files, for the cross-file name index: what the extension's `findStoryFiles` and
    // `readText` answer (src/client/files.ts), read from disk here.
    this.connection.onRequest('fanfic/storyFiles', (params: { storyUri: string; recursive: boolean }) => {
      this.count('fanfic/storyFiles');
      return { files: readStoryFiles(params.storyUri, params.recursive) };
    });
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) {
      this.connection.onRequest(method, () => {
        this.count(method);
        return null;
      });
    }
    this.connection.onRequest((method: string) => {
      this.unexpectedRequests.set(method, (this.unexpectedRequests.get(method) ?? 0) + 1);
      return null;
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
      const publish: Publish = {
        uri: params.uri,
        version: params.version,
        diagnostics: params.diagnostics,
        count: params.diagnostics.length,
        at: performance.now(),
        bytes: this.bytes,
      };
      const previous = this.newest.get(params.uri);
      if (previous && previous !== this.first.get(params.uri)) previous.diagnostics = [];
      if (!this.first.has(params.uri)) this.first.set(params.uri, publish);
      this.newest.set(params.uri, publish);
      this.publishes.push(publish);
      for (let i = 0; i < this.waiters.length; i++) {
        const w = this.waiters[i];
        if (w.uri === params.uri && (params.version === undefined || params.version >= w.version)) {
          this.waiters.splice(i--, 1);
          clearTimeout(w.timer);
          w.resolve(publish);
        }
      }
    });
    for (const method of ['window/logMessage', 'window/showMessage']) {
      this.connection.onNotification(method, (params: { type: number; message: string }) => {
        if (this.logs.length < 1000) this.logs.push({ type: params.type, message: params.message });
      });
    }
    this.connection.onNotification(() => {
      // Telemetry, progress and the like: ignored.
    });
    this.connection.onError(([error]) => {
      this.failAll(new Error(`connection error: ${error.message}`));
    });
    this.connection.onClose(() => this.failAll(new Error('connection closed')));
    child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      live.delete(child);
      this.failAll(new Error(`server exited (code ${code}, signal ${signal}); stderr: ${this.stderr.slice(-2000)}`));
    });
    this.connection.listen();
  }

  /** Spawns `node <server> --stdio` (the node binary itself, so the pid is the server's). */
  static start(options: ClientOptions): LspClient {
    installExitHook();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.server, '--stdio'], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.env ?? {}) },
    });
    live.add(child);
    return new LspClient(child, options);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private count(method: string): void {
    this.requests.set(method, (this.requests.get(method) ?? 0) + 1);
  }

  private failAll(error: Error): void {
    for (const w of this.waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(error);
    }
  }

  /** A request with a timeout: a server that never answers fails the phase, not the process. */
  async request<R>(method: string, params: unknown, timeoutMs = this.timeoutMs): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, timeoutMs, `${method} got no answer in ${timeoutMs} ms`);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async initialize(rootUri: string): Promise<unknown> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      // As the extension starts it.
      initializationOptions: { extensionCommands: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
        },
      },
    });
    await this.notify('initialized', {});
    return result;
  }

  /**
   * Resolves with the first publishDiagnostics for `uri` at `version` or later, arriving from now
   * on. Register it before sending the change, so a fast answer cannot slip past.
   */
  waitForDiagnostics(uri: string, version: number, timeoutMs = this.timeoutMs): Promise<Publish> {
    return new Promise<Publish>((resolve, reject) => {
      if (this.exited) {
        reject(new Error(`server already exited (code ${this.exited.code}); stderr: ${this.stderr.slice(-2000)}`));
        return;
      }
      const waiter: Waiter = {
        uri,
        version,
        resolve,
        reject,
        timer: setTimeout(() => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new Error(`no publishDiagnostics for ${uri} version ${version} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** `VmHWM` (peak resident set) and `VmRSS` of the server, in kB, from `/proc` (Linux only). */
  memory(): { peakKb: number; rssKb: number } | undefined {
    return procMemory(this.pid);
  }

  /** Polite shutdown (shutdown request, exit notification), then SIGKILL if it lingers. */
  async stop(timeoutMs = 3000): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, timeoutMs);
      await this.notify('exit', null);
    } catch {
      // Falls through to the kill.
    }
    const exited = new Promise<void>((resolve) => {
      if (this.exited) resolve();
      else this.child.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/**
 * CPU time (user + system) a process has used, in ms, from `/proc/<pid>/stat` (clock ticks of
 * 10 ms on Linux, so only sums over many operations mean anything). On a busy machine wall time
 * includes waiting for a core; CPU time does not, so the two together tell load from work.
 */
export function procCpuMs(pid: number | 'self'): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15)
  } catch {
    return undefined;
  }
}

const STORY_EXTENSIONS = ['.fic', '.fanfic'];
const MAX_SIZE = 5 * 1024 * 1024;

/** Story files under a folder URI (recursively when asked), hidden folders and node_modules skipped. */
export function readStoryFiles(storyUri: string, recursive: boolean): Array<{ uri: string; text: string }> {
  const out: Array<{ uri: string; text: string }> = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort((a, b) => a.localeCompare(b));
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (recursive && depth < 8) walk(full, depth + 1);
      } else if (STORY_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && st.size <= MAX_SIZE) {
        out.push({ uri: pathToFileURL(full).href, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(fileURLToPath(storyUri), 0);
  return out;
}

/** `VmHWM` and `VmRSS` of a process, in kB; undefined where `/proc` is missing. */
export function procMemory(pid: number | 'self'): { peakKb: number; rssKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakKb: field('VmHWM'), rssKb: field('VmRSS') };
  } catch {
    return undefined;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
