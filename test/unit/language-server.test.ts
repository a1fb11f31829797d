/**
 * The language server as another editor sees it: started as `fanfic-language-server --stdio` is,
 * driven by a plain LSP client (vscode-jsonrpc) that answers none of the extension's own requests,
 * as Neovim, Helix or Emacs would. The server then reads the story from disk itself, and what it
 * reports for a chapter is what `fanfic check` reports for the same story.
 */

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { main } from '../../src/cli/main';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  severity?: number;
  message: string;
}

const root = join(__dirname, '..', '..');

/** The CLI's findings for one file of a story, as `rule@line:col-line:col`. */
function cliFindings(folder: string, file: string): string[] {
  let out = '';
  main(['check', '--format', 'json', '--no-suggestions', folder], { out: (t) => (out += t), err: () => undefined });
  const report = (JSON.parse(out) as { files: Array<{ path: string; findings: Array<{ rule: string; range: Diagnostic['range'] }> }> }).files.find(
    (f) => f.path === file,
  );
  assert.ok(report, `the CLI reported ${file}`);
  return report.findings.map((f) => key(f.rule, f.range));
}

const key = (rule: string | undefined, r: Diagnostic['range']) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

describe('fanfic-language-server over stdio with a plain LSP client', () => {
  let child: ChildProcess;
  let rpc: MessageConnection;
  let folder: string;
  const published = new Map<string, Diagnostic[][]>();
  const waiters: Array<() => void> = [];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fanfic-lsp-'));
    cpSync(join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    // A third chapter, never opened: its names count for the others, as the CLI counts them.
    writeFileSync(join(folder, 'chapter-03.fic'), 'Chapter Three\n\nPadfoot barked at the door. Padfoot was always hungry.\n');
    // A coinage the story writes three times over two chapters, one of them never opened.
    writeFileSync(join(folder, 'chapter-04.fic'), 'Chapter Four\n\nThe esper smiled at the door.\n\nEvery esper knew it.\n');
    writeFileSync(join(folder, 'chapter-05.fic'), 'Chapter Five\n\nShe was an esper of the city.\n');
    // A link out of the story is never read.
    const outside = mkdtempSync(join(tmpdir(), 'fanfic-outside-'));
    writeFileSync(join(outside, 'secret.fic'), 'Zorblatt Zorblatt Zorblatt.\n');
    symlinkSync(join(outside, 'secret.fic'), join(folder, 'linked.fic'));
    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'server', 'node.ts'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      const list = published.get(p.uri) ?? [];
      list.push(p.diagnostics);
      published.set(p.uri, list);
      for (const w of waiters.splice(0)) w();
    });
    rpc.onNotification('window/logMessage', () => undefined);
    rpc.listen();
    await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      capabilities: { workspace: { applyEdit: true } },
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'story' }],
    });
    await rpc.sendNotification('initialized', {});
  });

  after(() => {
    rpc?.dispose();
    child?.kill();
  });

  /** Opens a file and waits until the server's diagnostics for it equal `expected` (or times out). */
  async function openAndSettle(file: string, expected: string[]): Promise<string[]> {
    const uri = pathToFileURL(file).toString();
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fanfic', version: 1, text: readFileSync(file, 'utf8') } });
    const deadline = Date.now() + 20_000;
    let last: string[] = [];
    while (Date.now() < deadline) {
      const all = published.get(uri) ?? [];
      if (all.length > 0) {
        last = all[all.length - 1].map((d) => key(d.code, d.range));
        if (JSON.stringify(last) === JSON.stringify(expected)) return last;
      }
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
    return last;
  }

  test('reports for a chapter of a multi-file story exactly what fanfic check reports', async () => {
    const file = join(folder, 'chapter-01.fic');
    const expected = cliFindings(folder, file);
    assert.ok(
      expected.some((k) => k.startsWith('spelling@')),
      'the chapter has a misspelling',
    );
    assert.ok(
      expected.some((k) => k.startsWith('repeated-word@')),
      'the chapter has a repeated word',
    );
    assert.deepEqual(await openAndSettle(file, expected), expected);
  });

  test('the second chapter sees the roster from fanfic.json, read from disk', async () => {
    const file = join(folder, 'chapter-02.fic');
    const expected = cliFindings(folder, file);
    assert.ok(
      expected.some((k) => k.startsWith('character-name@')),
      '"Hermoine" is a roster variant',
    );
    assert.deepEqual(await openAndSettle(file, expected), expected);
  });

  test("a word the story's other files write is counted with them: information, as fanfic check says", async () => {
    const file = join(folder, 'chapter-05.fic');
    const expected = cliFindings(folder, file);
    assert.deepEqual(await openAndSettle(file, expected), expected);
    const diagnostics = (published.get(pathToFileURL(file).toString()) ?? []).at(-1) ?? [];
    const esper = diagnostics.find((d) => d.code === 'spelling' && d.message.includes('esper'));
    assert.equal(esper?.severity, 3, JSON.stringify(esper));
  });

  test('quick fixes: the suggestion, the finding’s own actions and "Ignore in this story"', async () => {
    const uri = pathToFileURL(join(folder, 'chapter-01.fic')).toString();
    const diagnostics = (published.get(uri) ?? []).at(-1) ?? [];
    const misspelled = diagnostics.find((d) => d.code === 'spelling' && d.message.includes('recieve'));
    assert.ok(misspelled, 'recieve is reported');
    const actions = (await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: misspelled.range,
      context: { diagnostics: [misspelled] },
    })) as Array<{ title: string; command?: { command: string; arguments: unknown[] } }>;
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Replace with “receive”'), titles.join(' | '));
    assert.ok(titles.includes('Add “recieve” to the story dictionary'));
    const ignore = actions.find((a) => a.title === 'Ignore “recieve” in this story');
    assert.deepEqual(ignore?.command?.arguments, ['recieve', uri]);
    // The user dictionary is VS Code's setting: another editor is not offered it.
    assert.ok(!titles.includes('Add “recieve” to the user dictionary'));
  });

  test('"Add to the story dictionary" is carried out by the server as an edit of fanfic.json', async () => {
    const uri = pathToFileURL(join(folder, 'chapter-01.fic')).toString();
    const configUri = pathToFileURL(join(folder, 'fanfic.json')).toString();
    let applied: { edit: { changes: Record<string, Array<{ newText: string }>> } } | undefined;
    rpc.onRequest('workspace/applyEdit', (params: typeof applied) => {
      applied = params;
      return { applied: true };
    });
    await rpc.sendRequest('workspace/executeCommand', { command: 'fanfic.addToStoryDictionary', arguments: ['recieve', uri] });
    const newText = applied?.edit.changes[configUri]?.[0]?.newText ?? '';
    assert.match(newText, /"words": \[\s*"McGonagall",\s*"Floo",\s*"recieve"\s*\]/);
    assert.match(newText, /"characters": \[\{ "name": "Hermione", "variants": \["Hermoine"\] \}\]/, 'nothing else changed');
    // The chapter is checked again with the new word: "recieve" is no longer reported.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && ((published.get(uri) ?? []).at(-1) ?? []).some((d) => d.message.includes('recieve')))
      await new Promise((r) => setTimeout(r, 100));
    assert.ok(!((published.get(uri) ?? []).at(-1) ?? []).some((d) => d.message.includes('recieve')));
  });

  test('document symbols and a hover on a character', async () => {
    const uri = pathToFileURL(join(folder, 'chapter-01.fic')).toString();
    const symbols = (await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string; children?: unknown[] }>;
    assert.ok(
      symbols.some((s) => s.name.startsWith('Chapter One')),
      JSON.stringify(symbols.map((s) => s.name)),
    );
    const text = readFileSync(join(folder, 'chapter-01.fic'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('The library'));
    const character = text.split('\n')[line].indexOf('Hermione');
    const hover = (await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as {
      contents: { value: string };
    } | null;
    assert.match(hover?.contents.value ?? '', /\*\*Hermione\*\*/);
    assert.match(hover?.contents.value ?? '', /in the story \(\d+ files\)/);
  });
});

describe('the server is started with its V8 flags', () => {
  test("by the bin's shebang, the same flags the extension passes", async () => {
    const { SERVER_NODE_FLAGS } = await import('../../src/common/server-flags');
    const shebang = readFileSync(join(root, 'bin', 'fanfic-language-server.js'), 'utf8').split('\n')[0];
    assert.equal(shebang, `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}`);
    const client = readFileSync(join(root, 'src', 'client', 'extension.ts'), 'utf8');
    assert.match(client, /run: \{ module, transport: TransportKind\.stdio, options: \{ execArgv: \[\.\.\.SERVER_NODE_FLAGS\] \} \}/);
  });
});
