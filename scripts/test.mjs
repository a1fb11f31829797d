#!/usr/bin/env node
// `npm test`: builds, type-checks, lints and checks the formatting, then runs every suite (unit, grammar, the real
// VS Code integration suite and the web-worker suite). Each suite closes with its own
// "<suite>: N passed, N failed" line; the run closes with the total and fails if anything failed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);

/** What Prettier formats (with imports organized): the code, not the data (see .prettierignore). */
const FORMATTED = ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', 'bin/*.js', 'eslint.config.mjs'];

const steps = [
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  { name: 'typecheck', cmd: ['node', 'node_modules/typescript/bin/tsc', '-p', '.'] },
  { name: 'typecheck-webview', cmd: ['node', 'node_modules/typescript/bin/tsc', '-p', 'tsconfig.webview.json'] },
  { name: 'lint', cmd: ['node', 'node_modules/eslint/bin/eslint.js', '.'] },
  { name: 'format', cmd: ['node', 'node_modules/prettier/bin/prettier.cjs', '--check', ...FORMATTED] },
  { name: 'unit', cmd: ['node', 'scripts/run-tests.mjs', 'unit'], suite: true },
  { name: 'grammar', cmd: ['node', 'scripts/run-tests.mjs', 'grammar'], suite: true },
  { name: 'integration', cmd: ['node', 'test/integration/run.mjs'], suite: true, needs: 'test/integration/run.mjs' },
  { name: 'web', cmd: ['node', 'test/web/run.mjs'], suite: true, needs: 'test/web/run.mjs' },
];

function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0] === 'node' ? process.execPath : step.cmd[0], step.cmd.slice(1), {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      // The build step above already built dist/; the real-editor suites need not build again.
      env: { ...process.env, FANFIC_NO_BUILD: '1' },
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const m = [...tail.matchAll(/^(?:[\w-]+: )?(\d+) passed, (\d+) failed/gm)].pop();
      resolve({ code: code ?? 1, passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 0, counted: Boolean(m) });
    });
  });
}

let passed = 0;
let failed = 0;
const broken = [];
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.needs && !existsSync(join(root, step.needs))) continue;
  console.log(`\n── ${step.name} ──`);
  const result = await runStep(step);
  if (step.suite) {
    passed += result.passed;
    failed += result.failed;
    if (!result.counted) console.log(`${step.name}: 0 passed, 1 failed (the suite printed no result)`);
  }
  if (result.code !== 0 || (step.suite && !result.counted)) {
    broken.push(step.name);
    if (!step.suite) failed++;
  }
}
console.log(`\n${broken.length ? `failed steps: ${broken.join(', ')}\n` : ''}total: ${passed} passed, ${failed} failed`);
process.exit(broken.length > 0 ? 1 : 0);
