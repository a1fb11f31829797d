/**
 * The story at a glance: per chapter file its words (as `stats` counts them), scenes, dialogue
 * share and each character's mentions and spoken words; per character the totals and the chapters
 * they appear in. Shared by `fanfic report` and the server's report request.
 */

import { inferNames, nameCountsOf, nameSlips, speakingNames } from '../characters/mentions';
import { addCounts, countNames } from '../characters/names';
import { buildModel } from '../model/document';
import { resolveOptions, type StoryConfig } from '../options';
import type { Speller } from '../speller';
import { statsOf } from '../stats';
import { TITLES } from './lexicon';
import { attributeByRules, type RuleAttribution, speakersOf } from './speakers';

/** One chapter file of the story. */
export interface ReportInput {
  path: string;
  text: string;
}

/** One chapter file in the report. */
export interface ChapterReport {
  path: string;
  title: string;
  words: number;
  scenes: number;
  dialogueShare: number;
  characters: Record<string, { mentions: number; spokenWords: number }>;
  /** With `lines`: every quotation, its range (document offsets), speaker and words. */
  dialogue?: Array<{ offset: { start: number; end: number }; speaker: string | null; words: number }>;
}

/** The report of a story: `fanfic report --format json`. */
export interface StoryReport {
  version: 1;
  chapters: ChapterReport[];
  characters: Array<{ name: string; mentions: number; spokenWords: number; chapters: string[] }>;
}

/** What the report needs: the story's configuration, the speller (who is a character), `lines`. */
export interface ReportOptions {
  story?: Partial<StoryConfig>;
  speller?: Speller;
  /** List every quotation of each chapter. */
  lines?: boolean;
  /** The learned speaker scorer reranks the rules' speakers (`SpeakerOptions.learned`). */
  learned?: boolean;
}

/** The report of a story's chapter files, in the order given. */
export function storyReport(files: readonly ReportInput[], options: ReportOptions = {}): StoryReport {
  const resolved = resolveOptions({ speller: options.speller, story: options.story });
  const total = new Map<string, number>();
  const mid = new Map<string, number>();
  for (const f of files) {
    const c = nameCountsOf(f.text);
    addCounts(total, c.total);
    addCounts(mid, c.mid);
  }
  // The story's characters: the roster, then the names the story shows to be people.
  const canonical = new Map<string, string>();
  for (const c of resolved.characters) {
    for (const n of [c.name, ...(c.aliases ?? [])]) for (const part of n.split(/\s+/)) if (part && !canonical.has(part)) canonical.set(part, c.name);
  }
  const names = speakingNames(total, mid, resolved);
  const slips = nameSlips(total, resolved);
  const analyzed = files.map((f) => {
    const model = buildModel(f.text);
    const speakerOptions = { characters: resolved.characters, names, slips, learned: options.learned };
    const rules = attributeByRules(model, speakerOptions);
    return { f, model, quotes: speakersOf(rules, model.text, speakerOptions), rules };
  });
  const people = peopleOf(analyzed.map((a) => a.rules));
  for (const n of inferNames(total, mid, resolved)) {
    const person = people.get(n.name);
    if (person && !canonical.has(n.name)) canonical.set(n.name, canonical.get(person) ?? person);
  }
  // Who speaks anywhere in the story is a character too ("Ron said" in a story without a roster).
  for (const a of analyzed) for (const q of a.quotes) if (q.speaker && !canonical.has(q.speaker)) canonical.set(q.speaker, q.speaker);

  const chapters: ChapterReport[] = [];
  const totals = new Map<string, { mentions: number; spokenWords: number; chapters: string[] }>();
  for (const { f, model, quotes } of analyzed) {
    const s = statsOf(model);
    const characters: ChapterReport['characters'] = {};
    const entry = (name: string) => (characters[name] ??= { mentions: 0, spokenWords: 0 });
    for (const p of model.paragraphs) {
      if (p.kind !== 'prose') continue;
      for (const [name, n] of countNames(p).total) {
        const c = canonical.get(name);
        if (c) entry(c).mentions += n;
      }
    }
    for (const q of quotes) if (q.speaker) entry(q.speaker).spokenWords += q.words;
    const heading = model.chapters.find((c) => c.heading)?.heading;
    const chapter: ChapterReport = {
      path: f.path,
      title: heading
        ? f.text
            .slice(heading.start, heading.end)
            .replace(/^#+\s*/, '')
            .trim()
        : (f.path.split(/[\\/]/).pop() ?? f.path).replace(/\.[^.]+$/, ''),
      words: s.words,
      scenes: s.scenes,
      dialogueShare: s.dialogueShare,
      characters,
    };
    if (options.lines) chapter.dialogue = quotes.map((q) => ({ offset: { start: q.start, end: q.end }, speaker: q.speaker, words: q.words }));
    chapters.push(chapter);
    for (const [name, c] of Object.entries(characters)) {
      const t = totals.get(name) ?? { mentions: 0, spokenWords: 0, chapters: [] };
      t.mentions += c.mentions;
      t.spokenWords += c.spokenWords;
      t.chapters.push(f.path);
      totals.set(name, t);
    }
  }
  const characters = [...totals]
    .map(([name, t]) => ({ name, ...t }))
    .sort((a, b) => b.mentions + b.spokenWords - (a.mentions + a.spokenWords) || a.name.localeCompare(b.name));
  return { version: 1, chapters, characters };
}

/**
 * The names the story shows to be people, each with the character it names: a capitalized word the
 * story uses is not yet a character ("Hogwarts", "Galleons", the "Dark" of "Dark Lord"); one that
 * speaks, that a title names ("Madam Malkin") or that he or she stands for is, unless the
 * narration only ever writes it after another capitalized word that is neither a person nor a
 * title ("Diagon Alley", "King's Cross": a place's name). A surname the attribution joined to
 * its first name ("Harry Potter" … "Potter") names that first name's character.
 */
function peopleOf(attributions: readonly RuleAttribution[]): Map<string, string> {
  const people = new Map<string, string>();
  const speakers = new Set<string>();
  for (const a of attributions) {
    for (const name of a.genders.keys()) if (!people.has(name)) people.set(name, name);
    for (const q of a.quotes) if (q.speaker) speakers.add(q.speaker);
  }
  for (const name of speakers) people.set(name, name);
  // Each name's narration mentions, and those that follow a capitalized word of no person or title.
  const mentions = new Map<string, { all: number; placed: number }>();
  for (const a of attributions)
    for (const ws of a.words)
      for (let i = 0; i < ws.length; i++) {
        const name = ws[i].character;
        if (!name) continue;
        let m = mentions.get(name);
        if (!m) mentions.set(name, (m = { all: 0, placed: 0 }));
        m.all++;
        const prev = ws[i - 1];
        if (prev && ws[i].start - prev.end <= 1 && /^\p{Lu}/u.test(prev.token.text)) {
          // "King's Cross": after a possessive, no surname and no title. At a sentence's start a
          // capital says nothing ("The Dursleys"), unless the word is a name ("Diagon Alley was…").
          const possessive = /['’]s$/.test(prev.token.text);
          const person = prev.character !== undefined && prev.character !== name && people.has(prev.character);
          const title = prev.title === true || prev.token.lower in TITLES;
          if (possessive || (!person && !title && (!prev.token.sentenceStart || prev.character !== undefined))) {
            m.placed++;
            continue;
          }
        }
        // "Willow Lane": before a capitalized word of no person, a place's name too.
        const next = ws[i + 1];
        if (next && next.start - ws[i].end <= 1 && /^\p{Lu}/u.test(next.token.text) && !/['’]s$/.test(ws[i].token.text)) {
          if (!(next.character !== undefined && next.character !== name && people.has(next.character))) m.placed++;
        }
      }
  for (const [name, m] of mentions) if (m.all > 0 && m.placed === m.all && !speakers.has(name)) people.delete(name);
  for (const a of attributions)
    for (const [token, name] of a.index.byToken) if (token !== name && people.has(name) && !people.has(token)) people.set(token, people.get(name)!);
  return people;
}
