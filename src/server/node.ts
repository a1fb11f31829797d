/** The language server's Node entry: stdio or IPC, dictionaries read from disk. */

import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadDictionary } from '../node/dictionaries';
import { startServer } from './server';

// Every keystroke in a long chapter leaves its previous text behind (half a megabyte for 100,000
// words), and V8 lets a small heap grow to four times what is live before it collects: the server
// would sit at 300 MB to hold 60. Growing by half keeps it near 200 MB for a few more collections,
// each a few milliseconds (see the README's performance section).
setFlagsFromString(`--heap-growing-percent=${process.env.FANFIC_GROWTH ?? 50}`);

startServer(createConnection(ProposedFeatures.all), {
  loadDictionary,
  ...(process.env.FANFIC_TIMINGS === '1' ? { timing: (line: string) => process.stderr.write(`${line}\n`) } : {}),
});
