/**
 * Server memory after a 5 MB single line is pasted and deleted (issue 21). Starts the bundled
 * server (run `node scripts/build.mjs` first), opens a small chapter, pastes one line of 5 MB,
 * deletes it, types a few more edits, and prints the server's resident set (VmRSS) at each step.
 *
 *   npx tsx scripts/memory-probe.ts [--line-mb 4.9] [--gc]
 */

import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../bench/lsp-client';

const root = join(__dirname, '..');
const mb = Number(process.argv[process.argv.indexOf('--line-mb') + 1]) || 4.9;

async function main(): Promise<void> {
  // With --gc, the server collects garbage fully every second and reports its heap on stderr
  // (not stdout: that is the protocol), so live memory is told apart from pages V8 keeps.
  const gc = process.argv.includes('--gc');
  const preload = join(tmpdir(), 'fanfic-memory-probe-gc.cjs');
  if (gc)
    writeFileSync(
      preload,
      'setInterval(() => { globalThis.gc(); process.stderr.write(`heap ${Math.round(process.memoryUsage().heapUsed / 1048576)}\\n`); }, 1000).unref();\n',
    );
  const nodeArgs = gc ? ['--expose-gc', '-r', preload] : [];
  let heap = 0;
  const client = LspClient.start({ server: join(root, 'dist', 'server', 'server.js'), cwd: root, settings: {}, timeoutMs: 120_000, nodeArgs });
  client.child.stderr?.on('data', (d: Buffer) => {
    const m = /heap (\d+)\n$/.exec(d.toString());
    if (m) heap = Number(m[1]);
  });
  const rss = () => `${Math.round((client.memory()?.rssKb ?? NaN) / 1024)}${gc ? ` (heap after a full collection ${heap} MB)` : ''}`;
  try {
    await client.initialize(pathToFileURL(root).toString());
    const uri = pathToFileURL(join(root, 'memory-probe.fic')).toString();
    const base = 'She saw the cat. It ran away.\n\n';
    let version = 1;
    let wait = client.waitForDiagnostics(uri, version);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'fanfic', version, text: base } });
    await wait;
    console.log(`opened:        ${rss()} MB`);
    const words = ['She', 'saw', 'the', 'cat', 'and', 'Hermione', 'ran', 'away', 'quickly', 'then'];
    let line = '';
    for (let i = 0; line.length < mb * 1024 * 1024; i++) line += `${words[i % words.length]}${i % 13 === 12 ? '. ' : ' '}`;
    wait = client.waitForDiagnostics(uri, ++version);
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: line }],
    });
    await wait;
    console.log(`5 MB line:     ${rss()} MB (${(line.length / 1048576).toFixed(1)} MB of text)`);
    wait = client.waitForDiagnostics(uri, ++version);
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: line.length } }, text: '' }],
    });
    await wait;
    console.log(`deleted:       ${rss()} MB`);
    for (let i = 0; i < 20; i++) {
      wait = client.waitForDiagnostics(uri, ++version);
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: i % 2 ? '' : 'x' }],
      });
      await wait;
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`20 edits on:   ${rss()} MB`);
    for (const seconds of [3, 10]) {
      await new Promise((r) => setTimeout(r, seconds * 1000));
      console.log(`idle ${String(seconds).padStart(2)} s more:  ${rss()} MB`);
    }
  } finally {
    await client.stop();
  }
}

void main();
