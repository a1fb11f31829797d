/**
 * The names of a whole story, across its files: per file, how often each capitalized word occurs.
 * Open files report their counts from their analysis; the others are read once through the client
 * and counted, a file at a time, yielding between files so requests are still served. Each file
 * is analyzed with the counts of the *other* files, which change only when another file does.
 */

import { addCounts, nameCountsOf } from '../core';

export interface StoryFile {
  /** The index's own counts of the file (it changes them as the file is edited). */
  counts: { total: Map<string, number>; mid: Map<string, number> };
  /** The text of a file that is not open (for rename and mentions); open files have their document. */
  text?: string;
}

export class StoryIndex {
  readonly files = new Map<string, StoryFile>();
  readonly total = new Map<string, number>();
  readonly totalMid = new Map<string, number>();
  private externals = new Map<string, Map<string, number>>();
  /** Set once the story's files on disk have been read. */
  ready = false;
  loading?: Promise<void>;

  constructor(readonly storyUri: string) {}

  /**
   * Sets a file's counts (the index keeps the maps: pass copies); returns whether the story's set
   * of names changed (others need re-analysis).
   */
  set(uri: string, counts: { total: Map<string, number>; mid: Map<string, number> }, text?: string): boolean {
    const old = this.files.get(uri);
    if (old) {
      addCounts(this.total, old.counts.total, -1);
      addCounts(this.totalMid, old.counts.mid, -1);
    }
    this.files.set(uri, { counts, text });
    addCounts(this.total, counts.total);
    addCounts(this.totalMid, counts.mid);
    // The other files' external counts include this file's; its own does not.
    for (const key of this.externals.keys()) if (key !== uri) this.externals.delete(key);
    return !old || !sameKeys(old.counts.total, counts.total);
  }

  /**
   * Applies an edit's changes to a file's counts (new counts by name, 0 for a name gone): the cost
   * of an edit, not of the story. Returns whether the file's set of names changed.
   */
  apply(uri: string, changes: ReadonlyMap<string, { total: number; mid: number }>): boolean {
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
    if (moved) for (const key of this.externals.keys()) if (key !== uri) this.externals.delete(key);
    return keys;
  }

  delete(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    addCounts(this.total, old.counts.total, -1);
    addCounts(this.totalMid, old.counts.mid, -1);
    this.files.delete(uri);
    this.externals.clear();
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

  /** Reads the files from disk (those not already reported by an open document). */
  async load(files: Array<{ uri: string; text: string }>, isOpen: (uri: string) => boolean, yieldNow: () => Promise<void>): Promise<void> {
    for (const f of files) {
      if (isOpen(f.uri) && this.files.has(f.uri)) continue;
      this.set(f.uri, nameCountsOf(f.text), f.text);
      await yieldNow();
    }
    this.ready = true;
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
