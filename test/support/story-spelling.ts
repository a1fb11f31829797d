/** The spelling findings of a story checked whole (`checkStory`), for the tests of its vocabulary. */
import { checkStory, type Speller } from '../../src/core';

/** Each spelling finding of each file of the story (`ch1.txt`, `ch2.txt`…), as `word:severity`. */
export function storySpellingFindings(speller: Speller, texts: string[]): string[][] {
  const { results } = checkStory(
    texts.map((text, i) => ({ uri: `ch${i + 1}.txt`, text })),
    { speller },
  );
  return results.map((r, i) => r.findings.filter((f) => f.rule === 'spelling').map((f) => `${texts[i].slice(f.range.start, f.range.end)}:${f.severity}`));
}
