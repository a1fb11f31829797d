/**
 * Safe edits of a story's `fanfic.json`, over a small file-system port so the same algorithm
 * runs on `vscode.workspace.fs` (desktop and web) and on Node's `fs` (tests):
 * - a lock file taken by an exclusive rename, so two windows adding words at once serialize;
 * - the file re-read under the lock, right before the edit, so no entry saved meanwhile is lost;
 * - the new text written to a temporary file and renamed over the old one, so a failed write
 *   leaves the old file intact.
 */

/** The file operations the algorithm needs; paths are opaque strings the port understands. */
export interface StoryFs {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): Promise<void>;
  /** Renames; with `overwrite: false` it must fail when `to` exists (that is the lock). */
  rename(from: string, to: string, overwrite: boolean): Promise<void>;
  delete(path: string): Promise<void>;
  /** Milliseconds since the file was last modified, or undefined when it does not exist. */
  age(path: string): Promise<number | undefined>;
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
 * current text ('' when the file does not exist) and returns the new text; returning the same
 * text writes nothing. Returns whether the file changed. Throws, leaving the file as it was,
 * when the edit or the write fails.
 */
export async function editStoryFile(fs: StoryFs, path: string, edit: (text: string) => string, options: EditOptions = {}): Promise<boolean> {
  const timeout = options.timeoutMs ?? 10_000;
  const stale = options.staleMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const lock = `${path}.lock`;
  const id = unique();
  const claim = `${path}.${id}.claim`;
  const started = Date.now();
  await fs.write(claim, id);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(claim, lock, false);
        break;
      } catch {
        const age = await fs.age(lock);
        if (age !== undefined && age > stale) {
          await fs.delete(lock).catch(() => undefined);
          continue;
        }
        if (Date.now() - started > timeout) throw new Error(`fanfic.json is locked by another window (${lock}); try again.`);
        await sleep(Math.min(200, 10 + attempt * 10) + Math.random() * 20);
      }
    }
  } catch (error) {
    await fs.delete(claim).catch(() => undefined);
    throw error;
  }
  try {
    const before = (await fs.read(path)) ?? '';
    const after = edit(before);
    if (after === before) return false;
    const temp = `${path}.${id}.tmp`;
    try {
      await fs.write(temp, after);
      await fs.rename(temp, path, true);
    } catch (error) {
      await fs.delete(temp).catch(() => undefined);
      throw error;
    }
    return true;
  } finally {
    await fs.delete(lock).catch(() => undefined);
  }
}
