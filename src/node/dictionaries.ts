/**
 * Loads Hunspell dictionaries from disk for the Node hosts (language server, CLI). A bundled build
 * finds them in `dist/dictionaries/`; a source checkout in `node_modules/dictionary-en*`. The second-tier
 * word list comes along (`data/wordlist.txt`, read as bytes; the core parses it on first use).
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DictionaryData, Locale } from '../core';
import { LOCALES } from '../core/config';

const PACKAGES: Record<Locale, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

function candidates(locale: Locale): string[] {
  const dirs = [join(__dirname, 'dictionaries', locale), join(__dirname, '..', 'dictionaries', locale)];
  try {
    const require = createRequire(__filename);
    dirs.push(dirname(require.resolve(PACKAGES[locale])));
  } catch {
    // Not installed as a package: only the bundled copy can serve.
  }
  return dirs;
}

/**
 * The second-tier word list: `dist/dictionaries/wordlist.txt` in a bundle, `data/wordlist.txt` in a
 * checkout. Spelling works without it (stricter), so a missing file is not an error.
 */
function loadWordList(): Uint8Array | undefined {
  for (const path of [
    join(__dirname, 'dictionaries', 'wordlist.txt'),
    join(__dirname, '..', 'dictionaries', 'wordlist.txt'),
    join(__dirname, '..', '..', 'data', 'wordlist.txt'),
  ]) {
    if (existsSync(path)) return readFileSync(path);
  }
  return undefined;
}

/**
 * The dictionary's forms, its affixes applied (built by scripts/build-hunspell-forms.ts):
 * `forms.txt` beside the bundle's copy of the dictionary, `data/hunspell-forms/<locale>.txt` in a
 * checkout. Without it the speller builds them itself (slower), so a missing file is not an error.
 */
function loadForms(locale: Locale, dir: string): Uint8Array | undefined {
  for (const path of [join(dir, 'forms.txt'), join(__dirname, '..', '..', 'data', 'hunspell-forms', `${locale}.txt`)]) {
    if (existsSync(path)) return readFileSync(path);
  }
  return undefined;
}

/** Reads the dictionary for `locale`; throws with the folders it looked in when none is found. */
export function loadDictionary(locale: Locale): DictionaryData {
  // The locale names a folder: only a known one, never a path ("../../etc").
  if (!LOCALES.includes(locale)) throw new Error(`Unknown locale ${JSON.stringify(String(locale)).slice(0, 80)}; known: ${LOCALES.join(', ')}.`);
  const tried = candidates(locale);
  for (const dir of tried) {
    const aff = join(dir, 'index.aff');
    if (existsSync(aff)) {
      const words = loadWordList();
      const forms = loadForms(locale, dir);
      return { aff: readFileSync(aff), dic: readFileSync(join(dir, 'index.dic')), ...(words ? { words } : {}), ...(forms ? { forms } : {}) };
    }
  }
  throw new Error(`No ${locale} dictionary found (looked in ${tried.join(', ')}).`);
}
