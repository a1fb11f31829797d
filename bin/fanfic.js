#!/usr/bin/env node
// The `fanfic` command. The bundle is built by `npm run build` (run by `npm install` via `prepare`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'fanfic.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('fanfic: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
process.exitCode = require(bundle).runCommand(process.argv.slice(2));
