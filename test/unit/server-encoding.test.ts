/**
 * A chapter the editor decoded wrongly (Latin-1 or UTF-16 read as UTF-8) arrives at the language
 * server full of U+FFFD: the server says so once, with what to do, and still checks the text.
 */

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../../bench/lsp-client';
import { textEncodingNotice } from '../../src/core/story-files';

const root = join(__dirname, '..', '..');

describe('the language server warns once about text that was not UTF-8', () => {
  test('the notice names the cure; plain UTF-8 gets none', () => {
    assert.match(textEncodingNotice('Caf\uFFFD the end.') ?? '', /not valid UTF-8 .*Reopen with Encoding/);
    assert.equal(textEncodingNotice('Café “quoted” — fine.'), undefined);
  });
  test('a document with replacement characters: one warning, diagnostics still sent', { timeout: 60_000 }, async () => {
    const client = LspClient.start({
      server: join(root, 'src', 'server', 'node.ts'),
      nodeArgs: ['--import', 'tsx'],
      cwd: root,
      settings: {},
      timeoutMs: 30_000,
    });
    const shown: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      shown.push(params.message);
      return null;
    });
    try {
      await client.initialize(pathToFileURL(root).toString());
      const uri = pathToFileURL(join(root, 'latin1-chapter.fic')).toString();
      let wait = client.waitForDiagnostics(uri, 1);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'fanfic', version: 1, text: 'Caf\uFFFD: she saw the the cat.\n' } });
      assert.ok((await wait).diagnostics.some((d) => d.code === 'repeated-word'));
      wait = client.waitForDiagnostics(uri, 2);
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Caf\uFFFD: she saw the the dog.\n' }] });
      await wait;
      const warnings = shown.filter((m) => m.includes('latin1-chapter.fic'));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /not valid UTF-8/);
    } finally {
      await client.stop();
    }
  });
});
