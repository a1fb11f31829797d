/**
 * Builds `src/core/data/locale-pairs.generated.ts`: British and American spellings of one word
 * ("colour"/"color", "realise"/"realize", "travelled"/"traveled", "grey"/"gray"), derived from the
 * two Hunspell dictionaries the project ships (`dictionary-en-gb`, `dictionary-en`), not by hand.
 *
 * A pair is a word one dictionary knows and the other does not, and a form of it, by one or two of
 * the known variant mappings below, that the other knows and the first does not. Forms come from
 * each dictionary's stems and their common inflections (plural, past, -ing, -er, -ly, -ation…).
 *
 * Run: npx tsx scripts/build-locale-pairs.ts
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpeller } from '../src/core/speller';
import { loadDictionary } from '../src/node/dictionaries';

const root = join(__dirname, '..');
const us = createSpeller({ ...loadDictionary('en-US'), words: undefined });
const gb = createSpeller({ ...loadDictionary('en-GB'), words: undefined });

/** British → American spellings of one sound, as [British, American] regular expressions' parts. */
const MAPPINGS: Array<[string, string]> = [
  ['our', 'or'], // colour, behaviour, favourite
  ['is', 'iz'], // realise, organisation
  ['ys', 'yz'], // analyse, paralyse
  ['tre', 'ter'], // centre, theatre, metre
  ['bre', 'ber'], // sombre, fibre
  ['re', 'er'], // manoeuvre, lustre
  ['ll', 'l'], // travelled, jewellery, counsellor
  ['l', 'll'], // fulfil, skilful, enrol
  ['ogue', 'og'], // catalogue, analogue
  ['ae', 'e'], // anaemia, paediatric
  ['oe', 'e'], // manoeuvre, oestrogen
  ['ence', 'ense'], // defence, licence, offence
  ['ey', 'ay'], // grey
  ['ou', 'o'], // mould, smoulder, plough
  ['ough', 'ow'], // plough
  ['mme', 'm'], // programme
  ['que', 'ck'], // cheque
  ['yre', 'ire'], // tyre
  ['sc', 'sk'], // sceptic
  ['ise', 'ize'],
  ['yjam', 'ajam'], // pyjamas
  ['eable', 'able'], // likeable
  ['gement', 'gment'], // judgement
  ['llery', 'lry'], // jewellery
];

const SUFFIXES = ['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ly', 'ation', 'ations', 'ness', 'ful', 'ite', 'ites', 'ist', 'ists', 'able'];

/** Candidate word forms from a dictionary's stems: each stem with common suffixes. */
function forms(dic: string): Set<string> {
  const out = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const stem = line.split('/')[0].trim();
    if (!/^[a-z]{3,}$/.test(stem)) continue;
    for (const suffix of SUFFIXES) {
      out.add(stem + suffix);
      if (stem.endsWith('e') && /^[aei]/.test(suffix)) out.add(stem.slice(0, -1) + suffix);
      if (/[^aeiou][aeiou][lmnprt]$/.test(stem) && /^[ei]/.test(suffix)) out.add(stem + stem.at(-1) + suffix);
    }
  }
  return out;
}

/** Every string `word` becomes by one application of one mapping (`from` → `to`). */
function mapOnce(word: string, from: string, to: string): string[] {
  const out: string[] = [];
  let at = word.indexOf(from);
  while (at >= 0) {
    out.push(word.slice(0, at) + to + word.slice(at + from.length));
    at = word.indexOf(from, at + 1);
  }
  return out;
}

/** The other locale's forms of `word`, by one or two mappings in `direction`. */
function variants(word: string, direction: 'gb-us' | 'us-gb'): Set<string> {
  const rules = MAPPINGS.map(([g, u]) => (direction === 'gb-us' ? [g, u] : [u, g]) as [string, string]);
  const one = new Set<string>();
  for (const [from, to] of rules) for (const v of mapOnce(word, from, to)) one.add(v);
  const two = new Set(one);
  for (const w of one) for (const [from, to] of rules) for (const v of mapOnce(w, from, to)) two.add(v);
  two.delete(word);
  return two;
}

const pairs = new Map<string, string>();
const add = (british: string, american: string) => {
  if (!pairs.has(british)) pairs.set(british, american);
};
const read = (locale: 'en-US' | 'en-GB') => {
  const data = loadDictionary(locale).dic;
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
};
for (const word of forms(read('en-GB'))) {
  if (!gb.correct(word) || us.correct(word)) continue;
  for (const v of variants(word, 'gb-us')) {
    // "programme" → "program", which British computing uses too: the American form need not be American-only.
    if (us.correct(v)) {
      add(word, v);
      break;
    }
  }
}
const americans = new Set(pairs.values());
for (const word of forms(read('en-US'))) {
  if (!us.correct(word) || gb.correct(word) || americans.has(word)) continue;
  for (const v of variants(word, 'us-gb')) {
    if (gb.correct(v)) {
      add(v, word);
      break;
    }
  }
}

const lines = [...pairs].sort(([a], [b]) => a.localeCompare(b)).map(([g, u]) => `${g} ${u}`);
// British forms SCOWL lists among American spelling variants of its common words (`variant_1` and
// `variant_2`, sizes 10–35: "grey", "theatre", "travelled", "acknowledgement", which American
// writers also print; not "anaemia" or "diarrhoea"),
// from Debian's `scowl` package: right in an en-US story too. "colour", "realise" are in none.
const scowl = '/usr/share/dict/scowl';
if (!existsSync(scowl)) throw new Error(`${scowl} is missing: apt-get install scowl`);
const variantWords = new Set(
  readdirSync(scowl)
    .filter((f) => /^variant_[12]-words\.(?:10|20|35)$/.test(f))
    .flatMap((f) => readFileSync(join(scowl, f), 'latin1').split('\n')),
);
const americanVariants = [...pairs.keys()].filter((g) => variantWords.has(g)).sort();
const version = (name: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;
const out = join(root, 'src', 'core', 'data', 'locale-pairs.generated.ts');
writeFileSync(
  out,
  `/**
 * British and American spellings of one word, "british american" a line, generated by
 * scripts/build-locale-pairs.ts from dictionary-en-gb ${version('dictionary-en-gb')} and dictionary-en ${version('dictionary-en')}
 * (derived from SCOWL; see README "Data sources"). Do not edit by hand.
 */
export const LOCALE_PAIRS = ${JSON.stringify(lines.join('\n'))};

/**
 * The British forms above that SCOWL ${'2020.12.07'} (Debian's scowl) lists among American spelling
 * variants ("grey", "theatre", "travelled"), space-separated: right in an en-US story too.
 */
export const AMERICAN_VARIANTS = ${JSON.stringify(americanVariants.join(' '))};
`,
);
console.log(`${out}: ${lines.length} pairs, ${americanVariants.length} British forms also American variants`);
