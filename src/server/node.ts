/** The language server's Node entry: stdio or IPC, dictionaries read from disk. */

import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Connection, createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { loadDictionary } from '../node/dictionaries';
import { createStoryDisk } from '../node/story-disk';
import { tuneServer } from '../node/v8-tuning';
import { createJsonEncoder } from './encoder';
import { startServer } from './server';

// The compiler's and the heap's flags (src/node/v8-tuning.ts says why), before any analysis runs.
tuneServer();

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
