/**
 * Writes data/hunspell-forms/<locale>.txt: the Hunspell dictionaries the spell checker reads (npm
 * `dictionary-en` for en-US and `dictionary-en-gb` for en-GB, their own licences: see
 * src/core/data/README.md) with their affixes applied, as nspell's dictionary build leaves them:
 * every form and its flags (src/core/hunspell-forms.ts). A speller given the file skips that build
 * (about 0.7 G instructions of the cold check's 11.4 G). Rerun after updating a dictionary package:
 * a file built from other texts is ignored (its header records their length and hash), and a unit
 * test fails until it is rebuilt.
 *
 *   npx tsx scripts/build-hunspell-forms.ts
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeForms } from '../src/core/hunspell-forms';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const out = join(root, 'data', 'hunspell-forms');
mkdirSync(out, { recursive: true });
for (const [locale, name] of [
  ['en-US', 'dictionary-en'],
  ['en-GB', 'dictionary-en-gb'],
] as const) {
  const dir = dirname(require.resolve(name));
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const text = writeForms(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
  writeFileSync(join(out, `${locale}.txt`), text);
  const forms = text.split('\n\n')[0].split('\n').length - 1;
  console.log(`${locale}: ${forms.toLocaleString('en-US')} forms from npm ${name} ${version} (${(text.length / 1e6).toFixed(2)} MB)`);
}
