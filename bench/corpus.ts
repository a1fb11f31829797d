/**
 * The benchmark corpus: fan fiction built from real prose. Budgets only mean something on text
 * shaped like what writers paste into the editor, so the Brown corpus fiction (ck*..cn*, ~176k
 * words of published novels and stories) and the project's own fixtures are wrapped into
 * chapters with front matter, headings, author's notes, POV headers, scene breaks, flashbacks
 * and end markers, and seeded with the mistakes real drafts have: a doubled word every ~2,000
 * words, common misspellings, `loose` for `lose`, the odd flashback never closed.
 *
 * Everything is driven by a seeded PRNG, so a seed always gives the same bytes: figures from two
 * runs (or two machines) are measured on the same text. Exported so tests and scripts can reuse
 * it; `bench/corpus/` (git-ignored) is where `writeCorpus` puts the files.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, countWords } from '../src/core';
import { loadBrownFiction } from '../test/support/brown';
import { BENCH_DIR, ROOT } from './paths';

/** Mulberry32: tiny, fast, and identical on every platform (Math.random cannot be seeded). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Misspellings writers really make, each paired with the word it replaces. The builder swaps a
 * correct occurrence for its misspelling, so the misspelled word sits in a real sentence. Every
 * right-hand word occurs in the Brown fiction; together they give well over the ~50 distinct
 * misspelled words the suggestion benchmark asks for.
 */
export const MISSPELLINGS: ReadonlyArray<readonly [right: string, wrong: string]> = [
  ['their', 'thier'],
  ['which', 'wich'],
  ['really', 'realy'],
  ['believe', 'beleive'],
  ['until', 'untill'],
  ['beginning', 'begining'],
  ['finally', 'finaly'],
  ['immediately', 'immediatly'],
  ['weird', 'wierd'],
  ['separate', 'seperate'],
  ['tomorrow', 'tommorow'],
  ['friend', 'freind'],
  ['piece', 'peice'],
  ['length', 'lenght'],
  ['height', 'hieght'],
  ['tongue', 'tounge'],
  ['surprise', 'suprise'],
  ['necessary', 'neccessary'],
  ['definitely', 'definately'],
  ['government', 'goverment'],
  ['foreign', 'foriegn'],
  ['knowledge', 'knowlege'],
  ['library', 'libary'],
  ['remember', 'remeber'],
  ['writing', 'writting'],
  ['beautiful', 'beautifull'],
  ['familiar', 'familar'],
  ['happened', 'happend'],
  ['different', 'diffrent'],
  ['probably', 'probly'],
  ['already', 'allready'],
  ['because', 'becuase'],
  ['again', 'agian'],
  ['around', 'aroudn'],
  ['business', 'buisness'],
  ['completely', 'completly'],
  ['decision', 'descision'],
  ['interest', 'intrest'],
  ['forward', 'foward'],
  ['address', 'adress'],
  ['apparently', 'apparantly'],
  ['coming', 'comming'],
  ['occasionally', 'ocasionally'],
  ['sentence', 'sentance'],
  ['argument', 'arguement'],
  ['religious', 'religous'],
  ['conscious', 'concious'],
  ['curiosity', 'curiousity'],
  ['existence', 'existance'],
  ['received', 'recieved'],
  ['receive', 'recieve'],
  ['embarrassed', 'embarassed'],
  ['disappointed', 'dissapointed'],
  ['environment', 'enviroment'],
  ['tendency', 'tendancy'],
  ['truly', 'truely'],
  ['occurred', 'occured'],
  ['possession', 'posession'],
  ['niece', 'neice'],
  ['rhythm', 'rythm'],
];

/** What the builder put in on purpose, so a run can tell how many of them the rules found. */
export interface PlantedErrors {
  /** Doubled words ("the the"). */
  repeated: number;
  /** Misspelled word → how many times it was planted. */
  misspellings: Record<string, number>;
  /** `lose` → `loose`. */
  loose: number;
  /** Flashbacks opened and never closed. */
  unclosedFlashbacks: number;
}

export interface StoryFile {
  /** File name, e.g. "chapter-03.fic". */
  name: string;
  text: string;
  words: number;
  chapters: number;
  planted: PlantedErrors;
}

export interface StoryOptions {
  /** Target word count (every word in the file, headings and notes included). */
  words: number;
  seed: number;
  /** First chapter number of this file (files of one story continue the numbering). */
  firstChapter?: number;
  /** Words per chapter, about. */
  chapterWords?: number;
  /** Where this file starts reading the prose stream (files of one story read on). */
  stream?: ProseStream;
  name?: string;
}

/** Paragraphs of the Brown fiction, cached: loading and detokenizing takes ~0.2 s. */
let brownParagraphs: string[][] | undefined;
function brown(): string[][] {
  brownParagraphs ??= loadBrownFiction().map((f) =>
    f.text
      .split('\n\n')
      .map((p) => p.trim())
      .filter(Boolean),
  );
  return brownParagraphs;
}

/**
 * The prose paragraphs of the project's fixtures (the example story and the test workspace),
 * picked out with the core's own model so their headings and notes are not taken as prose. They
 * carry their own mistakes ("the the", "recieve", "Hermoine", "loose") and the cast's names, which
 * recur in every file and so exercise the cross-file name counting.
 */
let fixtureParagraphs: string[] | undefined;
function fixtures(): string[] {
  if (!fixtureParagraphs) {
    const files = ['examples/the-long-road-home.fic', 'test/fixtures/workspace/chapter-01.fic', 'test/fixtures/workspace/chapter-02.fic'];
    fixtureParagraphs = [];
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(join(ROOT, f), 'utf8');
      } catch {
        continue; // A fixture renamed under us costs a little flavour, not the benchmark.
      }
      for (const p of buildModel(text).paragraphs) if (p.kind === 'prose') fixtureParagraphs.push(p.text);
    }
  }
  return fixtureParagraphs;
}

/**
 * An endless stream of Brown paragraphs: the 88 files in order first, then again and again with
 * the files in a fresh seeded order each round, paragraphs kept in order within a file so the
 * prose stays coherent. One round is ~176k words, so a 100k file never repeats a paragraph and a
 * 20k file of a long story never does either (each file has its own analyzer cache, so a repeat in
 * another file buys nothing).
 */
export class ProseStream {
  private order: number[];
  private file = 0;
  private para = 0;
  private round = 0;
  constructor(private readonly seed: number) {
    this.order = brown().map((_, i) => i);
  }

  next(): string {
    const files = brown();
    for (;;) {
      if (this.file >= this.order.length) {
        this.round++;
        this.file = 0;
        this.order = shuffle(this.order.slice(), prng(this.seed * 7919 + this.round));
      }
      const paragraphs = files[this.order[this.file]];
      if (this.para < paragraphs.length) return paragraphs[this.para++];
      this.file++;
      this.para = 0;
    }
  }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const CAST = ['Hermione', 'Harry', 'Ron', 'Ginny', 'Draco', 'Luna', 'Neville'];
const CHAPTER_TITLES = [
  'The Letter',
  'Rain on the Burrow',
  'What the Owl Brought',
  'Old Scars',
  'A Long Way Down',
  'Promises',
  'The Quiet Before',
  'Smoke and Mirrors',
  'Homecoming',
  'The Things We Carry',
  'Second Chances',
  'Fault Lines',
  'Under the Willow',
  'The Last Train',
  'Small Mercies',
  'Ashes',
  'Daylight',
  'Not Yet',
  'The Map Room',
  'Crossroads',
];
const SCENE_BREAKS = ['* * *', '~~~', '-x-x-x-', 'xXx', '***', '~*~*~'];
const OPENING_NOTES = [
  'A/N: Thank you so much for all the reviews and favourites! This chapter fought me the whole way.',
  'A/N: Sorry for the long wait, exams ate my life. Enjoy!',
  'A/N: Big thanks to my beta, who puts up with my commas. Any mistakes left are mine.',
  'A/N: A few of you asked about the timeline: this picks up right after the last chapter.',
];
const CLOSING_NOTES = [
  'A/N: Please review and tell me what you think!',
  '(A/N: I know, I know. Be patient with them. Next chapter soon, I promise.)',
  'A/N: Reviews make me write faster. Just saying.',
];
const END_MARKERS = ['-To be Continued-', 'TBC', '~TBC~', 'To be continued...'];
const FLASHBACK_OPEN = ['Flashback:', '*Flashback*', '-Flashback-', 'Begin flashback'];
const FLASHBACK_CLOSE = ['End flashback', '*End Flashback*', '-End of Flashback-', 'End flashback.'];
/** Short words a hurried writer doubles ("the the"). */
const DOUBLED = /\b(the|a|to|of|and|in|was|he|she|it|had|that|his|her)\b/g;

/** `word` as a word of its own: not inside a hyphenated compound ("unself-conscious") or a contraction. */
function standalone(word: string): RegExp {
  return new RegExp(`(?<![\\w'’-])${word}(?![\\w'’-])`);
}

/** Builds one story file of about `options.words` words. Deterministic in `options.seed`. */
export function buildStory(options: StoryOptions): StoryFile {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const stream = options.stream ?? new ProseStream(options.seed);
  const chapterWords = options.chapterWords ?? 4000;
  const planted: PlantedErrors = { repeated: 0, misspellings: {}, loose: 0, unclosedFlashbacks: 0 };
  const fixture = fixtures();
  // Fixture paragraphs spread over the file, each once.
  let nextFixture = 0;
  const fixtureEvery = options.words / (fixture.length + 1);

  const out: string[] = [];
  let words = 0;
  const emit = (block: string) => {
    out.push(block);
    words += countWords(block);
  };

  // Mistakes are planted on a word-count clock, not per paragraph, so the density is the same
  // whatever the paragraph lengths.
  let nextRepeat = 1500 + random() * 1000;
  let nextMisspelling = 500 + random() * 1000;
  // Prefer misspellings not planted yet, so the distinct count grows (the suggestion benchmark
  // wants ~50 different words).
  const unused = new Set(MISSPELLINGS.map((_, i) => i));

  const prose = (raw: string): string => {
    let p = raw;
    // `loose` for `lose`: every other occurrence.
    p = p.replace(/(?<![\w'’-])lose(?![\w'’-])/g, (m) => (random() < 0.5 ? (planted.loose++, 'loose') : m));
    if (words >= nextMisspelling) {
      const candidates = MISSPELLINGS.map((pair, i) => ({ pair, i })).filter(({ pair }) => standalone(pair[0]).test(p));
      const fresh = candidates.filter((c) => unused.has(c.i));
      // A word not planted yet if this paragraph has one; an old one only after a long drought.
      const choice = fresh.length > 0 ? fresh : words - nextMisspelling > 3000 ? candidates : [];
      if (choice.length > 0) {
        const { pair, i } = pick(choice);
        unused.delete(i);
        p = p.replace(standalone(pair[0]), pair[1]);
        planted.misspellings[pair[1]] = (planted.misspellings[pair[1]] ?? 0) + 1;
        nextMisspelling = words + 500 + random() * 1000;
      }
    }
    if (words >= nextRepeat) {
      const hits = [...p.matchAll(DOUBLED)];
      if (hits.length > 0) {
        const hit = pick(hits);
        const at = hit.index! + hit[0].length;
        p = `${p.slice(0, at)} ${hit[0]}${p.slice(at)}`;
        planted.repeated++;
        nextRepeat = words + 1500 + random() * 1000;
      }
    }
    return p;
  };

  // Front matter, as archives show it.
  const title = pick(CHAPTER_TITLES);
  emit("Disclaimer: I don't own Harry Potter. I just borrow the characters and give them back a little dented.");
  emit(`${title}\nBy Night-Dragon`);
  emit('Summary: After the war, nobody goes home the same. Post-Hogwarts, Harry/Ginny, Ron/Hermione. Rated T for language.');

  let chapter = options.firstChapter ?? 1;
  let chapters = 0;
  // One unclosed flashback per ~50k words, the rest closed.
  let nextUnclosed = 20000 + random() * 30000;
  while (words < options.words - 60) {
    const chapterEnd = Math.min(options.words - 40, words + chapterWords * (0.75 + random() * 0.5));
    emit(`Chapter ${chapter}: ${pick(CHAPTER_TITLES)}`);
    chapters++;
    if (random() < 0.5) emit(pick(OPENING_NOTES));
    if (random() < 0.6) emit(`**${pick(CAST)}'s POV**`);
    let sceneEnd = words + 900 + random() * 800;
    let flashbackDone = random() < 0.6; // ~40% of chapters have a flashback
    while (words < chapterEnd) {
      if (words >= sceneEnd) {
        // Two blank lines is a break too; writers fall back on white space when symbols are stripped.
        if (random() < 0.15) out[out.length - 1] += '\n';
        else emit(pick(SCENE_BREAKS));
        if (random() < 0.5) emit(random() < 0.8 ? `**${pick(CAST)}'s POV**` : '~Three days later~');
        sceneEnd = words + 900 + random() * 800;
      }
      if (!flashbackDone && words > chapterEnd - chapterWords / 2) {
        flashbackDone = true;
        emit(pick(FLASHBACK_OPEN));
        const n = 2 + Math.floor(random() * 4);
        for (let k = 0; k < n; k++) emit(prose(stream.next()));
        if (words >= nextUnclosed) {
          planted.unclosedFlashbacks++;
          nextUnclosed = words + 40000 + random() * 20000;
        } else {
          emit(pick(FLASHBACK_CLOSE));
        }
        continue;
      }
      if (nextFixture < fixture.length && words >= (nextFixture + 1) * fixtureEvery) emit(prose(fixture[nextFixture++]));
      else emit(prose(stream.next()));
    }
    emit(pick(END_MARKERS));
    if (random() < 0.6) emit(pick(CLOSING_NOTES));
    chapter++;
  }

  const text = `${out.join('\n\n')}\n`;
  return { name: options.name ?? 'story.fic', text, words: countWords(text), chapters, planted };
}

/** The 100,000-word single file: the cold-check, incremental and memory benchmarks' document. */
export function buildCorpus(words = 100_000, seed = 20240601): StoryFile {
  return buildStory({ words, seed, name: `bench-${Math.round(words / 1000)}k.fic` });
}

/**
 * A long story across files (25 × 20,000 words by default): chapters numbered on across files,
 * prose read on from one stream, each file with its own front matter as archives export them.
 */
export function buildMultiFileStory(files = 25, wordsPerFile = 20_000, seed = 1729): StoryFile[] {
  const stream = new ProseStream(seed);
  const out: StoryFile[] = [];
  let chapter = 1;
  for (let i = 0; i < files; i++) {
    const file = buildStory({ words: wordsPerFile, seed: seed + i * 101, firstChapter: chapter, stream, name: `part-${String(i + 1).padStart(2, '0')}.fic` });
    chapter += file.chapters;
    out.push(file);
  }
  return out;
}

/** Sums planted errors over files. */
export function totalPlanted(files: readonly StoryFile[]): PlantedErrors {
  const total: PlantedErrors = { repeated: 0, misspellings: {}, loose: 0, unclosedFlashbacks: 0 };
  for (const f of files) {
    total.repeated += f.planted.repeated;
    total.loose += f.planted.loose;
    total.unclosedFlashbacks += f.planted.unclosedFlashbacks;
    for (const [w, n] of Object.entries(f.planted.misspellings)) total.misspellings[w] = (total.misspellings[w] ?? 0) + n;
  }
  return total;
}

/** Writes the single file and the multi-file story under `dir` (default `bench/corpus/`). */
export function writeCorpus(single: StoryFile, story: readonly StoryFile[], dir = join(BENCH_DIR, 'corpus')): { single: string; storyDir: string } {
  mkdirSync(dir, { recursive: true });
  const singlePath = join(dir, single.name);
  writeFileSync(singlePath, single.text);
  const storyDir = join(dir, 'story');
  rmSync(storyDir, { recursive: true, force: true });
  mkdirSync(storyDir, { recursive: true });
  for (const f of story) writeFileSync(join(storyDir, f.name), f.text);
  return { single: singlePath, storyDir };
}
