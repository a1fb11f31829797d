/**
 * The stdio encoder writes `publishDiagnostics` from each diagnostic's JSON, made once, into one
 * reused buffer: what it writes must parse to exactly the message, for any text a diagnostic can
 * carry, and whatever it wrote before.
 */

import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createJsonEncoder } from '../../src/server/encoder';
import { params } from '../support/arbitraries';

const position = fc.record({ line: fc.nat(100_000), character: fc.nat(10_000) });
const diagnostic = fc.record(
  {
    range: fc.record({ start: position, end: position }),
    severity: fc.integer({ min: 1, max: 4 }),
    code: fc.constantFrom('spelling', 'confusable', 'quote-style'),
    source: fc.constant('fanfic'),
    message: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('`don’t` … “quoted” — \\ "x" \u2028 😀')),
  },
  { requiredKeys: ['range', 'message'] },
);
const publish = fc.record({
  jsonrpc: fc.constant('2.0'),
  method: fc.constant('textDocument/publishDiagnostics'),
  params: fc.record(
    { uri: fc.webUrl(), version: fc.option(fc.nat(), { nil: undefined }), diagnostics: fc.array(diagnostic, { maxLength: 40 }) },
    { requiredKeys: ['uri', 'diagnostics'] },
  ),
});

describe('the stdio JSON encoder', () => {
  test('writes publishDiagnostics that parse to the message, one after another through the same buffer', async () => {
    const encoder = createJsonEncoder();
    await fc.assert(
      fc.asyncProperty(fc.array(publish, { minLength: 1, maxLength: 4 }), async (messages) => {
        for (const message of messages) {
          // The same diagnostic objects again, as the server sends them: their JSON is reused.
          for (const m of [message, message]) {
            const bytes = await encoder.encode(m as never, { charset: 'utf-8' as BufferEncoding });
            assert.deepEqual(JSON.parse(Buffer.from(bytes).toString('utf8')), JSON.parse(JSON.stringify(m)));
          }
        }
      }),
      params(300),
    );
  });

  test("writes each document's next diagnostics from its previous ones: kept runs copied, new ones made, documents interleaved", async () => {
    // The server's lists: the same objects where nothing changed, new ones in between.
    const change = fc.record({
      uri: fc.constantFrom('file:///a.fic', 'file:///b.fic', 'file:///c%20d.fic'),
      at: fc.nat(),
      removed: fc.nat(6),
      added: fc.array(diagnostic, { maxLength: 5 }),
      // Every so many, a new object with the same content, as a document rule's finding is remade on every check.
      remade: fc.option(fc.integer({ min: 2, max: 7 }), { nil: undefined }),
      version: fc.option(fc.nat(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(diagnostic, { maxLength: 30 }), fc.array(change, { minLength: 1, maxLength: 12 }), async (initial, changes) => {
        const encoder = createJsonEncoder();
        const lists = new Map<string, object[]>();
        for (const { uri, at, removed, added, remade, version } of changes) {
          const list = [...(lists.get(uri) ?? initial)];
          list.splice(at % (list.length + 1), removed, ...added);
          if (remade) for (let i = 0; i < list.length; i += remade) list[i] = structuredClone(list[i]);
          lists.set(uri, list);
          const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics: list } };
          const bytes = await encoder.encode(message as never, { charset: 'utf-8' as BufferEncoding });
          assert.deepEqual(JSON.parse(Buffer.from(bytes).toString('utf8')), JSON.parse(JSON.stringify(message)));
        }
      }),
      params(500),
    );
  });

  test('grows its buffer for a message larger than it', async () => {
    const encoder = createJsonEncoder();
    const diagnostics = Array.from({ length: 3000 }, (_, i) => ({
      range: { start: { line: i, character: 0 }, end: { line: i, character: 5 } },
      message: `“${'word '.repeat(40)}” ${i}`,
    }));
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.fic', version: 3, diagnostics } };
    const bytes = await encoder.encode(message as never, { charset: 'utf-8' as BufferEncoding });
    assert.ok(bytes.byteLength > 256 * 1024);
    assert.deepEqual(JSON.parse(Buffer.from(bytes).toString('utf8')), message);
  });

  test('encodes every other message as the library does', async () => {
    const encoder = createJsonEncoder();
    const message = { jsonrpc: '2.0', id: 7, result: { capabilities: { hoverProvider: true } } };
    const bytes = await encoder.encode(message as never, { charset: 'utf-8' as BufferEncoding });
    assert.equal(Buffer.from(bytes).toString('utf8'), JSON.stringify(message));
  });
});
