/**
 * Safe edits of a story's `fanfic.json`, over a small file-system port so the same algorithm
 * runs on `vscode.workspace.fs` (desktop and web) and on Node's `fs` (tests):
 * - every edit of one file in this process waits for the one before (an in-process queue keyed
 *   by the file), so two quick fixes fired together never read the same old text;
 * - across processes (two windows), a lock file created exclusively (`O_CREAT | O_EXCL`, the
 *   port's `createExclusive`), which the desktop host provides with Node's `fs`. Not
 *   `workspace.fs.rename(…, { overwrite: false })`: VS Code implements it as a stat, then a
 *   rename, so two windows can both "win" it. A port without `createExclusive` (the web host,
 *   where one extension host is the only writer) relies on the queue alone;
 * - the file re-read under the lock, right before the edit, so no entry saved meanwhile is lost;
 * - the new text written to a temporary file and renamed over the old one, so a failed write
 *   leaves the old file intact. A `fanfic.json` that is a link is edited through it: the real
 *   file is replaced, the link stays (a roster shared by stories gets the word);
 * - a byte-order mark (Notepad writes one) is set aside for the edit and kept.
 */

import { serialized } from './serial';

/** The file operations the algorithm needs; paths are opaque strings the port understands. */
export interface StoryFs {
  /** The file's text (a byte-order mark kept as U+FEFF), or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): Promise<void>;
  /** Renames `from` over `to` (the algorithm only ever overwrites). */
  rename(from: string, to: string, overwrite: boolean): Promise<void>;
  delete(path: string): Promise<void>;
  /** Milliseconds since the file was last modified, or undefined when it does not exist. */
  age(path: string): Promise<number | undefined>;
  /**
   * Creates `path` holding `text` only when it does not exist, atomically: true when created,
   * false when it already existed. Undefined (the method, or its result) when this file system
   * cannot do that for `path`: only the in-process queue serializes then.
   */
  createExclusive?(path: string, text: string): Promise<boolean | undefined>;
  /** The path with every link resolved (the file itself when it is none); rejects when it does not exist. */
  realPath?(path: string): Promise<string>;
}

export interface EditOptions {
  /** How long to wait for another writer's lock before giving up. */
  timeoutMs?: number;
  /** A lock older than this is left over from a crash and may be broken. */
  staleMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function unique(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Applies `edit` to the file at `path` (created when missing) under a lock. `edit` gets the
 * current text ('' when the file does not exist, a byte-order mark removed) and returns the new
 * text; returning the same text writes nothing. Returns whether the file changed. Throws, leaving
 * the file as it was, when the edit or the write fails.
 */
export async function editStoryFile(fs: StoryFs, path: string, edit: (text: string) => string, options: EditOptions = {}): Promise<boolean> {
  // Through a link, the real file is the one edited, locked and queued.
  const real = fs.realPath ? await fs.realPath(path).catch(() => path) : path;
  return serialized(`story-file:${real}`, () => lockedEdit(fs, real, edit, options));
}

async function lockedEdit(fs: StoryFs, path: string, edit: (text: string) => string, options: EditOptions): Promise<boolean> {
  const timeout = options.timeoutMs ?? 10_000;
  const stale = options.staleMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const lock = `${path}.lock`;
  const id = unique();
  const started = Date.now();
  let locked = false;
  if (fs.createExclusive) {
    for (let attempt = 0; ; attempt++) {
      const created = await fs.createExclusive(lock, id);
      if (created === undefined) break;
      if (created) {
        locked = true;
        break;
      }
      const age = await fs.age(lock);
      if (age !== undefined && age > stale) {
        await fs.delete(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > timeout) throw new Error(`fanfic.json is locked by another window (${lock}); try again.`);
      await sleep(Math.min(200, 10 + attempt * 10) + Math.random() * 20);
    }
  }
  try {
    const read = (await fs.read(path)) ?? '';
    const bom = read.startsWith('\uFEFF') ? '\uFEFF' : '';
    const before = read.slice(bom.length);
    const after = edit(before);
    if (after === before) return false;
    const temp = `${path}.${id}.tmp`;
    try {
      await fs.write(temp, bom + after);
      await fs.rename(temp, path, true);
    } catch (error) {
      await fs.delete(temp).catch(() => undefined);
      throw error;
    }
    return true;
  } finally {
    // Only our own lock: one broken as stale and taken by another writer is theirs.
    if (locked && (await fs.read(lock).catch(() => undefined)) === id) await fs.delete(lock).catch(() => undefined);
  }
}
