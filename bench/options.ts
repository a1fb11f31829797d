/** The benchmark's command line (`bench/bench.ts`'s options). */

import { SERVER_NODE_FLAGS } from '../src/common/server-flags';

export const argv = process.argv.slice(2);
export const EDITS = argv.includes('--edits') && Number(argv[argv.indexOf('--edits') + 1]) > 0 ? Number(argv[argv.indexOf('--edits') + 1]) : 200;
/** The server's Node flags: the extension's (`SERVER_NODE_FLAGS`) unless `--server-node-args` says otherwise. */
export const SERVER_NODE_ARGS = argv.includes('--server-node-args')
  ? (argv[argv.indexOf('--server-node-args') + 1] ?? '').split(' ').filter(Boolean)
  : [...SERVER_NODE_FLAGS];
