/**
 * The JSON encoder of the Node server's stdio transport. `publishDiagnostics` is the largest
 * message by far and goes out on every keystroke: all of a 100,000-word chapter's diagnostics,
 * 150 KB, each time, of which a keystroke changes a few. The default encoder builds the whole
 * message as one new string and then one new buffer. Here, a document's message is written into
 * one of two buffers kept for it, from the other one, which holds its previous message: the runs
 * of diagnostics it had before, in the same order (the same objects: the server reuses a
 * diagnostic for as long as it holds, see `diagnosticsOf`), are copied over as bytes, and only
 * the others are made into JSON (each diagnostic's JSON is made once, too). The writer sends one message at a time and waits
 * until it is written before it encodes the next, so a document's older buffer is free again when
 * its next message is encoded.
 */

import type { Message } from 'vscode-languageserver/node';

interface Publish {
  method: string;
  params?: { uri: string; version?: number | null; diagnostics: object[] };
}

/** A content type encoder for `StreamMessageWriter` (`options.contentTypeEncoder`). */
export interface JsonEncoder {
  name: string;
  encode(message: Message, options: { charset: BufferEncoding }): Promise<Uint8Array>;
}

/** A document's last message: its diagnostics, where each one's JSON lies in `buffer`, and a spare buffer. */
interface Sent {
  diagnostics: readonly object[];
  /** Where each diagnostic object is in `diagnostics`. */
  index: Map<object, number>;
  starts: number[];
  ends: number[];
  buffer: Buffer;
  spare: Buffer;
}

/** Documents whose last message is kept; the one used least recently goes first. */
const KEPT = 16;
const COMMA = 0x2c;

export function createJsonEncoder(): JsonEncoder {
  /** Each diagnostic object's JSON. */
  const made = new WeakMap<object, string>();
  const sent = new Map<string, Sent>();
  let buffer: Buffer = Buffer.allocUnsafe(0);
  let at = 0;

  /** Makes room for `bytes` more bytes at `at`, keeping what is written. */
  const reserve = (bytes: number) => {
    if (at + bytes <= buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, at + bytes, 64 * 1024));
    buffer.copy(bigger, 0, 0, at);
    buffer = bigger;
  };
  /** Writes `text` at `at` (UTF-8 takes at most 3 bytes for each UTF-16 unit). */
  const put = (text: string) => {
    reserve(text.length * 3);
    at += buffer.write(text, at, 'utf8');
  };

  return {
    name: 'application/json',
    encode(message, options) {
      const publish = message as unknown as Publish;
      const params = publish.params;
      const utf8 = options.charset === 'utf8' || options.charset === ('utf-8' as BufferEncoding);
      if (publish.method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics) || !utf8) {
        return Promise.resolve(Buffer.from(JSON.stringify(message, undefined, 0), options.charset));
      }
      const { uri, diagnostics } = params;
      const last = sent.get(uri);
      sent.delete(uri);
      buffer = last?.spare ?? Buffer.allocUnsafe(0);
      at = 0;
      put(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(uri)}`);
      if (params.version !== undefined) put(`,"version":${JSON.stringify(params.version)}`);
      put(',"diagnostics":[');

      // Runs of diagnostics that the previous message had in the same order are copied over as bytes.
      const n = diagnostics.length;
      const old = last?.diagnostics ?? [];
      const index = new Map<object, number>();
      const starts: number[] = new Array(n);
      const ends: number[] = new Array(n);
      for (let i = 0; i < n;) {
        const d = diagnostics[i];
        if (i > 0) {
          reserve(1);
          buffer[at++] = COMMA;
        }
        const j = last?.index.get(d);
        if (j === undefined) {
          let json = made.get(d);
          if (json === undefined) made.set(d, (json = JSON.stringify(d)));
          index.set(d, i);
          starts[i] = at;
          put(json);
          ends[i++] = at;
          continue;
        }
        // The run diagnostics[i, i + k) is old[j, j + k): its bytes, commas between included.
        let k = 1;
        while (i + k < n && j + k < old.length && diagnostics[i + k] === old[j + k]) k++;
        const from = last!.starts[j];
        const length = last!.ends[j + k - 1] - from;
        reserve(length);
        last!.buffer.copy(buffer, at, from, from + length);
        const shift = at - from;
        for (let m = 0; m < k; m++, i++) {
          index.set(diagnostics[i], i);
          starts[i] = last!.starts[j + m] + shift;
          ends[i] = last!.ends[j + m] + shift;
        }
        at += length;
      }
      put(']}}');

      // A document with no diagnostics left (closed, or clean) keeps nothing.
      if (n > 0) {
        sent.set(uri, { diagnostics, index, starts, ends, buffer, spare: last?.buffer ?? Buffer.allocUnsafe(0) });
        if (sent.size > KEPT) sent.delete(sent.keys().next().value!);
      }
      return Promise.resolve(buffer.subarray(0, at));
    },
  };
}
