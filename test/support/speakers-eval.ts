/**
 * Scores speaker attribution against the hand-checked fixtures in test/fixtures/speakers/: each
 * passage names a Brown file and a paragraph range; the attribution runs over the whole file (a
 * story's context) and its quotations in the range are compared, in order, with the annotations.
 * A passage with a `path` instead is a whole text file of that folder (fan fiction), scored through
 * `storyReport` with `lines`: the speakers `fanfic report --format json --lines` prints.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, createSpeller, nameCountsOf, resolveOptions, type Speller } from '../../src/core';
import { speakingNames } from '../../src/core/characters/mentions';
import { storyReport } from '../../src/core/dialogue/report';
import { attributeSpeakers, type Quotation } from '../../src/core/dialogue/speakers';
import { loadDictionary } from '../../src/node/dictionaries';
import { loadBrownFiles } from './brown';

export type Kind = 'explicit' | 'pronoun' | 'beat' | 'untagged';
type Annotation = [prefix: string, speaker: string | string[] | null, kind: Kind];

interface Passage {
  file: string;
  from: number;
  to: number;
  /** A text file under test/fixtures/speakers/, scored whole (no file, from or to). */
  path?: string;
  quotes: Annotation[];
}

/** A passage's text and its quotations in range: `start`/`end` document offsets, the speaker. */
function quotationsOf(
  passage: Passage,
  speller: Speller,
  learned: boolean,
): { file: string; text: string; quotes: Array<Pick<Quotation, 'start' | 'end' | 'speaker'>> } {
  if (passage.path) {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'speakers', passage.path), 'utf8');
    const [chapter] = storyReport([{ path: passage.path, text }], { speller, lines: true, learned }).chapters;
    return { file: passage.path, text, quotes: (chapter.dialogue ?? []).map((d) => ({ start: d.offset.start, end: d.offset.end, speaker: d.speaker })) };
  }
  const [brown] = loadBrownFiles(new RegExp(`^${passage.file}$`));
  if (!brown) throw new Error(`no Brown file ${passage.file}`);
  const model = buildModel(brown.text);
  const counts = nameCountsOf(brown.text);
  const options = resolveOptions({ speller });
  const quotes = attributeSpeakers(model, { names: speakingNames(counts.total, counts.mid, options), learned });
  return { file: passage.file, text: brown.text, quotes: quotes.filter((q) => q.paragraph >= passage.from && q.paragraph <= passage.to) };
}

export interface Scored {
  file: string;
  prefix: string;
  expected: string[] | null;
  got: string | null;
  kind: Kind;
  right: boolean;
}

export interface Score {
  total: number;
  right: number;
  byKind: Record<Kind, { total: number; right: number }>;
  misses: Scored[];
}

let speller: Speller | undefined;

/** Scores one fixture file (`brown-tuning.json` or `brown-heldout.json`). */
export function scoreFixture(name: string, learned = false): Score {
  const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'speakers', name), 'utf8')) as { passages: Passage[] };
  speller ??= createSpeller(loadDictionary('en-US'));
  const score: Score = {
    total: 0,
    right: 0,
    byKind: { explicit: { total: 0, right: 0 }, pronoun: { total: 0, right: 0 }, beat: { total: 0, right: 0 }, untagged: { total: 0, right: 0 } },
    misses: [],
  };
  for (const passage of fixture.passages) {
    const { file, text: whole, quotes: inRange } = quotationsOf(passage, speller, learned);
    if (inRange.length !== passage.quotes.length) {
      throw new Error(
        `${file}: ${inRange.length} quotations, ${passage.quotes.length} annotated:\n${inRange.map((q) => whole.slice(q.start, q.start + 30)).join('\n')}`,
      );
    }
    passage.quotes.forEach(([prefix, speaker, kind], i) => {
      const q = inRange[i];
      const text = whole.slice(q.start + 1, q.end);
      if (!text.startsWith(prefix)) throw new Error(`${file}: quotation ${i} is "${text.slice(0, 40)}", annotated "${prefix}"`);
      const expected = speaker === null ? null : Array.isArray(speaker) ? speaker : [speaker];
      const right = expected === null ? q.speaker === null : q.speaker !== null && expected.includes(q.speaker);
      score.total++;
      score.byKind[kind].total++;
      if (right) {
        score.right++;
        score.byKind[kind].right++;
      } else score.misses.push({ file, prefix, expected, got: q.speaker, kind, right });
    });
  }
  return score;
}

/** "83.3 % (50/60)". */
export function percent(right: number, total: number): string {
  return `${total === 0 ? '–' : ((right / total) * 100).toFixed(1)} % (${right}/${total})`;
}
