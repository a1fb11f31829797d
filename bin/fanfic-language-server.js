#!/usr/bin/env -S node --max-semi-space-size=8 --initial-old-space-size=96
// (The flag is the extension's too: src/common/server-flags.ts says why.)
// The fanfic language server, for any editor with an LSP client: `fanfic-language-server --stdio`.
// The bundle is built by `npm run build` (run by `npm install` via `prepare`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'server', 'server.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fanfic-language-server: the server is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
if (!process.argv.slice(2).some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('Usage: fanfic-language-server --stdio\n  Speaks the Language Server Protocol over standard input and output.\n');
  process.exit(2);
}
require(bundle);
