/**
 * The long run of the property tests: the properties of `test/unit/properties.test.ts`, with many
 * more cases than `npm test` runs (1,000 each), each property in its own process so two cores
 * share the work.
 *
 *   npx tsx scripts/fuzz.ts [--runs 100000] [--jobs 2] [--only <text>] [--every-fix]
 *   npx tsx scripts/fuzz.ts --only <text> --seed <seed> --path <path>     (replays one failure)
 *
 * --runs       cases per property (default 100,000)
 * --jobs       properties run at once (default: the number of cores)
 * --only       run the properties whose name contains this text
 * --every-fix  the fix property applies every fix and asks the speller for every lazy suggestion
 *              (npm test samples two fixes a rule a case and cheap suggestions). Slow: ~0.2 s for
 *              each new word's suggestions, so give it thousands of runs, not 100,000.
 * --seed/--path  replay: fast-check prints both with a counterexample
 *
 * Exit 1 when a property fails; its counterexample, seed and path are printed.
 */

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(__dirname, '..');
const FILE = 'test/unit/properties.test.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    only: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    'every-fix': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const jobs = Math.max(1, Number(values.jobs));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);

/** The property tests: every test inside the `properties:` suite of the file, by name. */
function propertyNames(): string[] {
  const source = readFileSync(join(root, FILE), 'utf8');
  const start = source.indexOf("describe('properties:");
  const end = source.indexOf('\ndescribe(', start + 1);
  const suite = source.slice(start, end < 0 ? undefined : end);
  return [...suite.matchAll(/\btest\(\s*'((?:[^'\\]|\\.)+)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

function runProperty(name: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-name-pattern=^${escape(name)}$`, FILE], {
      cwd: root,
      env: {
        ...process.env,
        FANFIC_FUZZ_RUNS: String(runs),
        ...(values.seed ? { FANFIC_FUZZ_SEED: values.seed } : {}),
        ...(values.path ? { FANFIC_FUZZ_PATH: values.path } : {}),
        ...(values['every-fix'] ? { FANFIC_FUZZ_EVERY_FIX: '1' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Exit 0 alone is not a pass: had the name pattern matched nothing, every test would be skipped.
    child.on('close', (code) => resolve({ name, ok: code === 0 && /^ℹ pass 1$/m.test(output), seconds: (Date.now() - started) / 1000, output }));
  });
}

async function main(): Promise<number> {
  const names = propertyNames().filter((n) => !values.only || n.includes(values.only));
  if (names.length === 0) {
    console.error(`fuzz: no property in ${FILE}${values.only ? ` matches "${values.only}"` : ''}`);
    return 2;
  }
  console.log(
    `fuzz: ${names.length} properties × ${runs.toLocaleString('en-US')} cases, ${jobs} at a time${values['every-fix'] ? ', every fix' : ''}${values.seed ? `, seed ${values.seed}` : ''}`,
  );
  const started = Date.now();
  const queue = [...names];
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: Math.min(jobs, names.length) }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const outcome = await runProperty(name);
        outcomes.push(outcome);
        console.log(`${outcome.ok ? 'pass' : 'FAIL'}  ${outcome.seconds.toFixed(0).padStart(6)} s  ${name}`);
        if (!outcome.ok) console.log(outcome.output);
      }
    }),
  );
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`fuzz: ${outcomes.length - failed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
