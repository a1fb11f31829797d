#!/usr/bin/env node
// Runs a benchmark script (`bench.ts` by default, or `cold-cost.ts`) as the extension ships its
// code: bundled by esbuild for Node with the options of the server's bundle (scripts/build.mjs),
// not transpiled module by module. Under tsx every call across modules goes through an export
// getter and every function is wrapped to keep its name; a bundle has neither, so in-process
// figures measured from source overstate what the server and the CLI spend (by ~15 % for the
// cold check). The bundle goes to bench/.bundle/ (ignored by git); arguments pass through.
//
//   node bench/run.mjs [bench|cold-cost] [args…]      (npm run bench -- [args…])
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const here = import.meta.dirname;
const [first, ...rest] = process.argv.slice(2);
const named = first === 'bench' || first === 'cold-cost';
const script = named ? first : 'bench';
const args = named ? rest : process.argv.slice(2);
const outfile = join(here, '.bundle', `${script}.js`);
await build({
  entryPoints: [join(here, `${script}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  define: { FANFIC_VERSION: '"bench"' },
  // As scripts/build.mjs: keep `/\p{…}/u` literals literal (esbuild would make each a `new RegExp`).
  supported: { 'regexp-unicode-property-escapes': true },
  // The baseline's ES modules, loaded by a native `import()` (bench/baseline.ts), as from source.
  external: ['dictionary-en', 'retext', 'retext-english', 'retext-spell'],
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
