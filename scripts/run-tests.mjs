#!/usr/bin/env node
// Runs one node:test suite (every *.test.ts below test/<suite>/) under tsx and closes with
// "<suite>: N passed, N failed". Usage: node scripts/run-tests.mjs <suite> [file filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [suite, filter] = process.argv.slice(2);
if (!suite) {
  console.error('usage: node scripts/run-tests.mjs <suite> [filter]');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', suite);

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : walk(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = walk(dir)
  .filter((f) => !filter || f.includes(filter))
  .sort()
  .map((f) => relative(root, f));
if (files.length === 0) {
  console.error(`no test files in test/${suite}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/summary-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FANFIC_SUITE: suite } },
);
process.exit(result.status ?? 1);
