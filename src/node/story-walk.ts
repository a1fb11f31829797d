/**
 * Story files on a Node disk (the CLI), by the shared policy of `src/core/story-files.ts`:
 * - folders are walked by real path (`realpathSync`): each folder and each file is visited once,
 *   so `loop -> .` or `a -> .` plus `b -> .` neither repeat a chapter nor hang;
 * - a link is followed only while its target stays inside the story's root (the folder named on
 *   the command line, or the folder holding fanfic.json); a `*.fic` linked to `/etc/passwd`, or a
 *   `fanfic.json` linked to `/proc/self/environ`, is skipped with a notice saying why. A file the
 *   user names on the command line is read wherever it points: they asked for it;
 * - only regular files are opened, and only after `stat` said so; the open itself is
 *   non-blocking and checked again with `fstat`, so a FIFO named `chapter.fic` never blocks.
 */

import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import {
  CONFIG_FILE,
  decodeStory,
  type EntryKind,
  isInside,
  isSkippedFolderName,
  isStoryFileName,
  kindSkipReason,
  outsideReason,
  sizeSkipReason,
} from '../core/story-files';

/** A path the user named that cannot be read: the CLI exits 2 with this message. */
export class StoryPathError extends Error {}

/** A file or link not read, and why. */
export interface Skip {
  path: string;
  reason: string;
}

export interface Walk {
  /** Story files, as reached from the paths given (folders expanded, sorted), each real file once. */
  files: string[];
  skipped: Skip[];
}

function kindOf(st: Stats): EntryKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'device';
  return 'other';
}

/** A readable sentence for a file-system error. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'it is a folder';
  if (e?.code === 'ELOOP') return 'too many levels of links';
  return e?.message ?? String(error);
}

/**
 * Expands `paths` into story files. A named file is taken as given (whatever its extension, and
 * wherever a link leads); a named folder is walked. Throws `StoryPathError` for a named path that
 * does not exist or a folder that cannot be listed.
 */
export function walkStory(paths: readonly string[], extensions: readonly string[]): Walk {
  const files: string[] = [];
  const skipped: Skip[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const take = (shown: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(shown);
  };

  const walk = (shown: string, real: string, root: string, rootShown: string) => {
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let names: string[];
    try {
      names = readdirSync(real).sort();
    } catch (error) {
      throw new StoryPathError(`cannot read folder ${shown}: ${describeError(error)}`);
    }
    for (const name of names) {
      if (isSkippedFolderName(name)) continue;
      const full = join(shown, name);
      const realFull = join(real, name);
      let st: Stats;
      let target = realFull;
      try {
        st = lstatSync(realFull);
        if (st.isSymbolicLink()) {
          try {
            target = realpathSync(realFull);
          } catch (error) {
            if (isStoryFileName(name, extensions)) skipped.push({ path: full, reason: `a link that leads nowhere (${describeError(error)})` });
            continue;
          }
          st = statSync(target);
          if (!isInside(root, target, sep)) {
            if (st.isDirectory() || isStoryFileName(name, extensions)) skipped.push({ path: full, reason: outsideReason(target, rootShown) });
            continue;
          }
        }
      } catch {
        continue;
      }
      const kind = kindOf(st);
      if (kind === 'folder') {
        if (seenFolders.has(target)) {
          if (target !== realFull) skipped.push({ path: full, reason: 'a link to a folder already read' });
          continue;
        }
        walk(full, target, root, rootShown);
        continue;
      }
      if (!isStoryFileName(name, extensions)) continue;
      const why = kindSkipReason(kind);
      if (why) skipped.push({ path: full, reason: why });
      else take(full, target);
    }
  };

  for (const p of paths) {
    let st: Stats;
    let real: string;
    try {
      st = statSync(p);
      real = realpathSync(p);
    } catch (error) {
      throw new StoryPathError(`cannot read ${p}: ${describeError(error)}`);
    }
    if (st.isDirectory()) walk(p, real, real, resolve(p));
    else take(p, real);
  }
  return { files, skipped };
}

export type Read = { text: string; notice?: string } | { skip: string };

/**
 * Reads a story file: never blocks (a FIFO is refused before and after the open), never reads
 * more than 5 MB, decodes UTF-8, UTF-16 and Windows-1252. Throws `StoryPathError` when the file
 * cannot be read.
 */
export function readStoryFile(path: string): Read {
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new StoryPathError(`${path} is a folder; this command takes a file.`);
    const why = kindSkipReason(kindOf(st));
    if (why) return { skip: why };
    const size = sizeSkipReason(st.size);
    if (size) return { skip: size };
    // Non-blocking: if the file was swapped for a FIFO since the stat, the open still returns.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof StoryPathError) throw error;
    throw new StoryPathError(`cannot read ${path}: ${describeError(error)}`);
  }
  try {
    const st = fstatSync(fd);
    const why = kindSkipReason(kindOf(st));
    if (why) return { skip: why };
    const size = sizeSkipReason(st.size);
    if (size) return { skip: size };
    let bytes: Buffer;
    try {
      bytes = readFileSync(fd);
    } catch (error) {
      throw new StoryPathError(`cannot read ${path}: ${describeError(error)}`);
    }
    // A /proc file says 0 bytes and may hold more: the limit holds for what was read too.
    const over = sizeSkipReason(bytes.length);
    if (over) return { skip: over };
    const decoded = decodeStory(bytes);
    if ('skip' in decoded) return decoded;
    return { text: decoded.text, notice: decoded.notice };
  } finally {
    closeSync(fd);
  }
}

export type ConfigLookup = { path: string } | { skip: Skip } | undefined;

/**
 * The nearest `fanfic.json` above a file. It is the story's root, so it is read only when it is a
 * regular file in its own folder or a link to a file inside that folder: a `fanfic.json` linked to
 * `/proc/self/environ` or to another story is skipped with the reason. A folder of that name is
 * returned (reading it fails with a clear message).
 */
export function findStoryConfig(file: string): ConfigLookup {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    let st: Stats | undefined;
    try {
      st = lstatSync(candidate);
    } catch {
      st = undefined;
    }
    if (st) {
      if (st.isSymbolicLink()) {
        let target: string;
        let root: string;
        try {
          target = realpathSync(candidate);
          root = realpathSync(dir);
        } catch (error) {
          return { skip: { path: candidate, reason: `a link that leads nowhere (${describeError(error)}); the defaults apply` } };
        }
        if (!isInside(root, target, sep)) {
          return {
            skip: {
              path: candidate,
              reason: `a link to ${target}, outside the story folder ${dir}; a fanfic.json is read only from inside its story, so the defaults apply`,
            },
          };
        }
        st = statSync(target);
      }
      if (st.isDirectory()) return { path: candidate };
      const why = kindSkipReason(kindOf(st)) ?? sizeSkipReason(st.size);
      if (why) return { skip: { path: candidate, reason: `${why}; the defaults apply` } };
      return { path: candidate };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a `fanfic.json` found by `findStoryConfig` (its text as written, a byte-order mark kept). */
export function readStoryConfig(path: string): string {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // readStoryFile names the error.
  }
  if (folder) throw new StoryPathError(`cannot read ${path}: it is a folder`);
  const read = readStoryFile(path);
  if ('skip' in read) throw new StoryPathError(`cannot read ${path}: ${read.skip}`);
  return read.text;
}
