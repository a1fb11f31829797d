/**
 * Where the benchmark's files are. `npm run bench` runs the benchmark bundled (bench/run.mjs
 * writes it to `bench/.bundle/`), so `__dirname` is the bundle's folder there and `bench/` when a
 * script runs from source with tsx: both resolve to the same two folders.
 */

import { basename, join } from 'node:path';

/** The `bench/` folder. */
export const BENCH_DIR = basename(__dirname) === '.bundle' ? join(__dirname, '..') : __dirname;

/** The repository's root. */
export const ROOT = join(BENCH_DIR, '..');

/** The language server's bundle, as the extension ships it. */
export const SERVER = join(ROOT, 'dist', 'server', 'server.js');
