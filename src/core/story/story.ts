/**
 * A story: its files and the names they use. Every file is analyzed with the counts of the
 * *other* files (`external`), so a name the story uses in chapter 1 is known in chapter 2. The
 * language server keeps one per story folder, updated by difference as files are edited; the CLI
 * fills one from the files it is given. Both decide characters here, so they agree by construction.
 */

import { isCharacter } from '../characters/character';
import { addCounts, type NameCounts } from '../characters/names';
import type { ResolvedOptions } from '../options';

/** One file of a story. */
export interface StoryFile {
  /** The story's own counts of the file (it changes them as the file is edited). */
  counts: NameCounts;
  /** The text of a file that is not open (for rename and mentions); open files have their document. */
  text?: string;
  /** Its lowercase words no tier knows, with how often it writes each (`AnalysisResult.storyWords`). */
  words?: ReadonlyMap<string, number>;
}

/** A name's count change, as `AnalysisResult.nameChanges` gives it: the new totals, 0 for a name gone. */
export type NameChanges = ReadonlyMap<string, { total: number; mid: number }>;

export class Story {
  readonly files = new Map<string, StoryFile>();
  /** Counts of each folded name over all files, and of its mid-sentence occurrences. */
  readonly total = new Map<string, number>();
  readonly totalMid = new Map<string, number>();
  private readonly externals = new Map<string, Map<string, number>>();
  private readonly externalWordCounts = new Map<string, Map<string, number>>();
  /** Set once the story's files on disk have been read. */
  ready = false;
  loading?: Promise<void>;

  /** `root` is the story's folder (a URI in the server, a path in the CLI). */
  constructor(readonly root: string) {}

  /**
   * Sets a file's counts (the story keeps the maps: pass copies); returns whether the story's set
   * of names changed (the other files need analyzing again).
   */
  set(uri: string, counts: NameCounts, text?: string): boolean {
    const old = this.files.get(uri);
    if (old) {
      addCounts(this.total, old.counts.total, -1);
      addCounts(this.totalMid, old.counts.mid, -1);
    }
    this.files.set(uri, { counts, text, ...(old?.words ? { words: old.words } : {}) });
    addCounts(this.total, counts.total);
    addCounts(this.totalMid, counts.mid);
    this.forgetExternalsBut(uri);
    return !old || !sameKeys(old.counts.total, counts.total);
  }

  /**
   * Applies an edit's changes to a file's counts: the cost of an edit, not of the story. Returns
   * whether the file's set of names changed.
   */
  apply(uri: string, changes: NameChanges): boolean {
    const file = this.files.get(uri);
    if (!file) return false;
    let keys = false;
    let moved = false;
    for (const [name, { total, mid }] of changes) {
      const oldTotal = file.counts.total.get(name) ?? 0;
      const oldMid = file.counts.mid.get(name) ?? 0;
      if (oldTotal === total && oldMid === mid) continue;
      moved = true;
      if ((oldTotal === 0) !== (total === 0)) keys = true;
      setCount(file.counts.total, name, total);
      setCount(file.counts.mid, name, mid);
      setCount(this.total, name, (this.total.get(name) ?? 0) + total - oldTotal);
      setCount(this.totalMid, name, (this.totalMid.get(name) ?? 0) + mid - oldMid);
    }
    if (moved) this.forgetExternalsBut(uri);
    return keys;
  }

  /** Counts of the story's files other than `uri`. */
  external(uri: string): ReadonlyMap<string, number> {
    let ext = this.externals.get(uri);
    if (!ext) {
      ext = new Map(this.total);
      const own = this.files.get(uri);
      if (own) addCounts(ext, own.counts.total, -1);
      this.externals.set(uri, ext);
    }
    return ext;
  }

  /**
   * Sets a file's words no tier knows (a copy is kept); returns whether they changed (the other
   * files need analyzing again).
   */
  setWords(uri: string, words: ReadonlyMap<string, number>): boolean {
    const file = this.files.get(uri);
    if (!file) return false;
    const old = file.words;
    if (old && old.size === words.size && [...words].every(([w, n]) => old.get(w) === n)) return false;
    file.words = new Map(words);
    for (const key of this.externalWordCounts.keys()) if (key !== uri) this.externalWordCounts.delete(key);
    return true;
  }

  /** How often the story's files other than `uri` write each of their words no tier knows. */
  externalWords(uri: string): ReadonlyMap<string, number> {
    let ext = this.externalWordCounts.get(uri);
    if (!ext) {
      ext = new Map();
      for (const [other, file] of this.files) if (other !== uri && file.words) addCounts(ext, file.words);
      this.externalWordCounts.set(uri, ext);
    }
    return ext;
  }

  /** Whether a folded name is a character of this story (see `isCharacter`). */
  isCharacter(name: string, options: Pick<ResolvedOptions, 'rosterNames' | 'speller'>): boolean {
    return isCharacter(name, this.total.get(name) ?? 0, this.totalMid.get(name) ?? 0, options);
  }

  /** The story's files that mention a folded name, with how often, sorted by uri. */
  filesMentioning(name: string): Array<{ uri: string; count: number }> {
    return [...this.files]
      .map(([uri, f]) => ({ uri, count: f.counts.total.get(name) ?? 0 }))
      .filter((f) => f.count > 0)
      .sort((a, b) => a.uri.localeCompare(b.uri));
  }

  /**
   * Reads files that are not open (`read` makes their name counts and, when it can, their words no
   * tier knows, from one reading of the text), yielding between files so a host can serve requests
   * meanwhile. A file an open document already reported is kept as it is.
   */
  async load(
    files: ReadonlyArray<{ uri: string; text: string }>,
    read: (text: string) => { counts: NameCounts; words?: ReadonlyMap<string, number> },
    yieldNow: () => Promise<void>,
  ): Promise<void> {
    for (const f of files) {
      if (this.files.has(f.uri)) continue;
      const { counts, words } = read(f.text);
      this.set(f.uri, counts, f.text);
      if (words) this.setWords(f.uri, words);
      await yieldNow();
    }
    this.ready = true;
  }

  /** The other files' external counts include this file's; its own does not. */
  private forgetExternalsBut(uri: string): void {
    for (const key of this.externals.keys()) if (key !== uri) this.externals.delete(key);
  }
}

function sameKeys(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

function setCount(counts: Map<string, number>, name: string, n: number): void {
  if (n === 0) counts.delete(name);
  else counts.set(name, n);
}
