/**
 * Every finding of the cold check's texts (the bench's 100,000-word file, two other seeds, a
 * British-locale run of it), in full (rule, range, message, suggestions, data, commands), one JSON
 * line each: `npx tsx bench/findings-dump.ts > a.txt`, change the code, run again, `diff` the two.
 * A performance change must leave the output byte for byte the same.
 */
import { Analyzer, createSpeller, suggest } from '../src/core';
import { loadDictionary } from '../src/node/dictionaries';
import { buildCorpus } from './corpus';

const texts: Array<[string, string, 'en-US' | 'en-GB']> = [
  ['100k', buildCorpus().text, 'en-US'],
  ['60k-seed7', buildCorpus(60_000, 7).text, 'en-US'],
  ['60k-seed99', buildCorpus(60_000, 99).text, 'en-US'],
  ['100k-gb', buildCorpus().text, 'en-GB'],
];
for (const [name, text, locale] of texts) {
  const speller = createSpeller(loadDictionary(locale));
  const result = new Analyzer({ speller, story: { locale } }).analyze(text);
  let lazy = 0;
  for (const f of result.findings) {
    const suggestions = f.lazy && lazy++ < 200 ? suggest(f, speller).suggestions : f.suggestions;
    process.stdout.write(`${name} ${JSON.stringify({ ...f, suggestions })}\n`);
  }
  process.stderr.write(`${name}: ${result.findings.length} findings\n`);
}
