/**
 * The JSON encoder of the Node server's stdio transport. `publishDiagnostics` is the largest
 * message by far and goes out on every keystroke: all of a 100,000-word chapter's diagnostics,
 * 140 KB, each time. The default encoder builds that as one new string and then one new buffer;
 * here each diagnostic's JSON is made once (the server reuses a diagnostic object for as long as
 * it holds, see `diagnosticsOf`) and the message is written into one buffer, reused from message
 * to message. The writer sends one message at a time and waits until it is written before it
 * encodes the next, so the buffer is free again when `encode` is called.
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

export function createJsonEncoder(): JsonEncoder {
  /** Each diagnostic object's JSON. */
  const made = new WeakMap<object, string>();
  let buffer = Buffer.allocUnsafe(256 * 1024);
  let at = 0;

  /** Writes `text` at `at`, growing the buffer first if the text might not fit. */
  const put = (text: string) => {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit.
    if (at + text.length * 3 > buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, at + text.length * 3));
      buffer.copy(bigger, 0, 0, at);
      buffer = bigger;
    }
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
      at = 0;
      put(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":${JSON.stringify(params.uri)}`);
      if (params.version !== undefined) put(`,"version":${JSON.stringify(params.version)}`);
      put(',"diagnostics":[');
      params.diagnostics.forEach((d, i) => {
        let json = made.get(d);
        if (json === undefined) made.set(d, (json = JSON.stringify(d)));
        if (i > 0) put(',');
        put(json);
      });
      put(']}}');
      return Promise.resolve(buffer.subarray(0, at));
    },
  };
}
