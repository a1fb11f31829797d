/**
 * The second published-fiction tuning set (`test/fixtures/published-fiction/`, see its README):
 * excerpts of three 1920s novels, public domain in the United States, that are not Brown. Read by
 * the quality scripts with `--published`, in the shape of the Brown files.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrownText } from './brown';

const DIR = join(__dirname, '..', 'fixtures', 'published-fiction');

/** Each excerpt as one text, its words counted as the Brown files' are. */
export function loadPublishedFiction(): BrownText[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(DIR, name), 'utf8');
      return { file: name.replace(/\.txt$/, ''), text, words: text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length };
    });
}
