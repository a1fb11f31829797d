/**
 * Splits test/fixtures/real-word/all.txt into tuning.txt and heldout.txt: within each source (a
 * `#` line), the odd sentences go to tuning and the even ones to held-out, so both halves draw on
 * every source and a source appended to all.txt never moves a sentence of another between halves.
 *
 *   npx tsx scripts/split-real-word.ts
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'real-word');
const tuning: string[] = [];
const heldout: string[] = [];
let n = 0;
for (const line of readFileSync(join(dir, 'all.txt'), 'utf8').split('\n')) {
  if (line.startsWith('#')) {
    tuning.push(line);
    heldout.push(line);
    n = 0;
  } else if (line.trim() !== '') {
    (++n % 2 === 1 ? tuning : heldout).push(line);
  }
}
writeFileSync(join(dir, 'tuning.txt'), `${tuning.join('\n')}\n`);
writeFileSync(join(dir, 'heldout.txt'), `${heldout.join('\n')}\n`);
console.log(`tuning ${tuning.filter((l) => !l.startsWith('#')).length}, held out ${heldout.filter((l) => !l.startsWith('#')).length}`);
