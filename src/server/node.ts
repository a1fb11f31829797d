/** The language server's Node entry: stdio or IPC, dictionaries read from disk. */

import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Connection, createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { loadDictionary } from '../node/dictionaries';
import { createStoryDisk } from '../node/story-disk';
import { createJsonEncoder } from './encoder';
import { startServer } from './server';

// Every keystroke in a long chapter leaves its previous text behind (half a megabyte for 100,000
// words), and V8 lets a small heap grow to four times what is live before it collects: the server
// would sit at 300 MB to hold 60. With the word list and the context model loaded, growing by three
// quarters peaked at 260 MB; by 60 % it peaks near 248 MB. Growing by half collected far more often,
// and each full collection's marking, on a second core, is what the slowest keystrokes waited for
// (see the README's performance section).
setFlagsFromString('--heap-growing-percent=60');

// A full collection on demand, for when a large text is gone (a 5 MB paste deleted, a long chapter
// closed): with little allocation afterwards V8 would not collect for minutes, and the server
// would keep 300 MB resident for 30 MB of live data. `--expose-gc` set now gives a new context
// its `gc` (the flag on the command line would expose it everywhere).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

/**
 * Over stdio (how the extension starts it), diagnostics are encoded by `createJsonEncoder`; other
 * transports take the library's defaults.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout, { contentTypeEncoder: createJsonEncoder() }),
  );
  // The client is gone when its end of the pipe closes (the library does this for plain streams).
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(0));
  // Standard output is the protocol: anything logged goes to the client's output channel instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}

const workspace = startServer(connect(), {
  loadDictionary,
  // A client that does not serve the extension's requests gets the story read from disk.
  disk: createStoryDisk(() => workspace.roots),
  collectGarbage,
  ...(process.env.FANFIC_TIMINGS === '1' ? { timing: (line: string) => process.stderr.write(`${line}\n`) } : {}),
});
