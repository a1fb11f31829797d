/**
 * A word left out (issue #15), injected into Brown fiction: one function word ("to", "the", "up",
 * "was"…) deleted from a narration sentence, and the `confusable` rule asked to find the gap and
 * put the word back ("decided to learn" → "decided learn"). The set is built once, before any
 * tuning, and committed (`test/fixtures/missing-words/`); the held-out set (`cp*`–`cr*`,
 * `--held-out`) is the lead's alone. Also lists the rule's missing-word findings on the untouched
 * files (false alarms to judge, `--findings`).
 *
 *   npx tsx scripts/missing-word-quality.ts --build [--held-out]   # writes the set
 *   npx tsx scripts/missing-word-quality.ts [--held-out] [--verbose] [--findings] [--misses [--all]]
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../src/core';
import { confusable } from '../src/core/rules/confusable';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';
import { random } from './seeded-random';

interface Injection {
  file: string;
  /** Offset of the deleted word in the file's text. */
  at: number;
  word: string;
  /** The word before it and the word after (the phrase the fix writes back: "decided to learn"). */
  before: string;
  after: string;
}

const args = new Set(process.argv.slice(2));
const heldOut = args.has('--held-out');
const path = join(__dirname, '..', 'test/fixtures/missing-words', heldOut ? 'held-out.json' : 'tuning.json');
const texts = loadBrownFiction(heldOut ? HELD_OUT : TUNING);

/** The function words writers drop when they revise. */
const DROPPED = new Set('to a an the of is was be up at on in as that have for with were are been had'.split(' '));
/** How many deletions a file gives, at most (chosen by the seed). */
const PER_FILE = 12;

function build(): void {
  const next = random(heldOut ? 1717 : 1771);
  const out: Injection[] = [];
  for (const t of texts) {
    let offset = 0;
    const found: Injection[] = [];
    for (const para of t.text.split('\n\n')) {
      // Narration only: a paragraph with no quotation mark.
      if (!/["“”`']/.test(para)) {
        // A dropped word between two words, a space each side: "decided to learn".
        for (const m of para.matchAll(/(?<=(?:^|[\s(])([A-Za-z]+) )([a-z]+)(?= ([A-Za-z]+)\b)/g)) {
          if (DROPPED.has(m[2])) found.push({ file: t.file, at: offset + m.index, word: m[2], before: m[1], after: m[3] });
        }
      }
      offset += para.length + 2;
    }
    while (found.length > PER_FILE) found.splice(Math.floor(next() * found.length), 1);
    out.push(...found);
  }
  writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${out.length} deletions in ${new Set(out.map((i) => i.file)).size} files → ${path}`);
}

const run = (text: string) => new Analyzer({}, [confusable]).analyze(text).findings;
const missing = (fs: ReturnType<typeof run>) => fs.filter((f) => f.data?.family === 'missing-word');

function evaluate(): void {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Injection[];
  const byFile = new Map(texts.map((t) => [t.file, t.text]));
  const base = new Map([...byFile].map(([f, text]) => [f, run(text)]));
  let caught = 0;
  let fixed = 0;
  let elsewhere = 0;
  const byWord = new Map<string, { n: number; caught: number; fixed: number }>();
  for (const inj of set) {
    const original = byFile.get(inj.file)!;
    if (original.slice(inj.at, inj.at + inj.word.length + 1) !== `${inj.word} `) throw new Error(`${inj.file}@${inj.at}: not ${inj.word}`);
    // The word and the space after it go: "decided to learn" → "decided learn".
    const text = original.slice(0, inj.at) + original.slice(inj.at + inj.word.length + 1);
    const findings = run(text);
    const gapStart = inj.at - 1 - inj.before.length;
    const hit = missing(findings).find((f) => f.range.start <= inj.at && f.range.end >= inj.at && f.range.start >= gapStart - 1);
    const right = `${inj.before} ${inj.word} ${inj.after}`;
    // Fixed: the suggestion, written over the finding, gives the sentence back.
    const ok = hit !== undefined && text.slice(0, hit.range.start) + hit.suggestions[0] + text.slice(hit.range.end) === original;
    const s = byWord.get(inj.word) ?? { n: 0, caught: 0, fixed: 0 };
    byWord.set(inj.word, s);
    s.n++;
    if (hit) {
      caught++;
      s.caught++;
    }
    if (ok) {
      fixed++;
      s.fixed++;
    }
    elsewhere += Math.max(0, missing(findings).length - (hit ? 1 : 0) - missing(base.get(inj.file)!).length);
    if (args.has('--misses') && !hit && (args.has('--all') || inj.word === 'to' || inj.word === 'up' || inj.word === 'was'))
      console.log(`missed ${inj.file}: ${right}`);
    if (args.has('--verbose') && hit)
      console.log(`${ok ? 'fixed ' : 'caught'} ${inj.file}: ${right} ← "${text.slice(hit.range.start, hit.range.end)}" → ${hit.suggestions[0]}`);
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, set.length)).toFixed(1)} %`;
  console.log(`words left out in Brown ${heldOut ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: ${set.length} deletions of a function word`);
  console.log(`caught ${caught} (${pct(caught)}), fixed ${fixed} (${pct(fixed)}); new missing-word findings elsewhere ${elsewhere}`);
  console.log(
    `  by word: ${[...byWord]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([w, s]) => `${w} ${s.fixed}/${s.caught}/${s.n}`)
      .join(', ')} (fixed/caught/deleted)`,
  );
  const onClean = [...base].flatMap(([file, fs]) => missing(fs).map((f) => ({ file, f, text: byFile.get(file)! })));
  console.log(`missing-word findings on the untouched files: ${onClean.length}`);
  if (args.has('--findings')) {
    for (const { file, f, text } of onClean)
      console.log(
        `  ${file}: "${text.slice(f.range.start, f.range.end)}" → ${f.suggestions[0]} …${text.slice(f.range.start - 40, f.range.end + 30).replace(/\n/g, ' ')}…`,
      );
  }
}

if (args.has('--build')) build();
else evaluate();
