/**
 * `lay` for `lie` on real sentences by others (test/fixtures/real-word/lay-lie.txt), or with
 * `--mass` mass nouns given a plural (mass-plural.txt): caught, fixed, and false alarms on the
 * correct sentences (any finding of that family on a word not marked).
 *
 *   npx tsx scripts/lay-lie-sentences.ts [--mass] [--verbose]
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../src/core';
import { confusable } from '../src/core/rules/confusable';
import { parseFixture } from '../test/support/confusable';

const verbose = process.argv.includes('--verbose');
const mass = process.argv.includes('--mass');
const family = mass ? 'mass-plural' : 'lay-lie';
const lines = parseFixture(readFileSync(join(__dirname, '..', `test/fixtures/real-word/${family}.txt`), 'utf8'));
let errors = 0;
let caught = 0;
let fixed = 0;
let alarms = 0;
for (const line of lines) {
  const found = new Analyzer({}, [confusable]).analyze(line.text).findings.filter((f) => f.data?.family === family);
  for (const e of line.errors) {
    errors++;
    const hit = found.find((f) => f.range.start === e.start);
    if (hit) caught++;
    if (hit?.suggestions[0] === e.expected) fixed++;
    else if (verbose) console.log(`missed ${line.line}: ${line.text}${hit ? ` (got ${hit.suggestions[0]})` : ''}`);
  }
  for (const f of found) {
    if (line.errors.some((e) => e.start === f.range.start)) continue;
    alarms++;
    if (verbose) console.log(`false alarm ${line.line}: ${line.text} (${f.data?.word} → ${f.suggestions[0]})`);
  }
}
const correct = lines.filter((l) => l.errors.length === 0).length;
console.log(`${family} real sentences: ${errors} errors, caught ${caught}, fixed ${fixed}; ${correct} correct sentences, false alarms ${alarms}`);
