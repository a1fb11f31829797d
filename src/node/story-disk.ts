/**
 * The story on disk, for the language server when its client is not the extension (Neovim, Helix,
 * Emacs): the nearest `fanfic.json` above a document, and the story's files, read as the CLI
 * reads them. Nothing outside the editor's workspace folders (or, without folders, outside the
 * document's own folder) is read, and nothing a link leads out of the story to.
 */

import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StoryConfigResult, StoryFilesResult } from '../common/protocol';
import type { StoryDisk } from '../server/workspace';

const STORY_EXTENSIONS = ['.fic', '.fanfic'];
const MAX_FILE_SIZE = 5 * 1024 * 1024;
/** How many story files one story may have before the rest are left unread. */
const MAX_FILES = 5000;

const toPath = (uri: string) => fileURLToPath(uri);
const toUri = (path: string) => pathToFileURL(path).toString();

/** The real path of `path`, or undefined when it does not exist. */
function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Whether `path` is `root` or inside it. */
function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Text of a regular file inside `root` (after links), at most 5 MB, or undefined. */
function readInside(path: string, root: string): string | undefined {
  const target = real(path);
  if (!target || !inside(target, root)) return undefined;
  const st = statSync(target);
  if (!st.isFile() || st.size > MAX_FILE_SIZE) return undefined;
  return readFileSync(target, 'utf8').replace(/^\uFEFF/, '');
}

/** A `StoryDisk` limited to the workspace folders `roots()` names (file URIs). */
export function createStoryDisk(roots: () => readonly string[]): StoryDisk {
  /** The real folders the document may read in: its workspace folder, else its own folder. */
  const limitOf = (file: string): string | undefined => {
    const here = real(dirname(file));
    if (!here) return undefined;
    for (const r of roots()) {
      if (!r.startsWith('file:')) continue;
      const root = real(toPath(r));
      if (root && inside(here, root)) return root;
    }
    return here;
  };
  return {
    config(uri) {
      const none: StoryConfigResult = { configUri: null, text: null, storyUri: uri.slice(0, uri.lastIndexOf('/')) };
      if (!uri.startsWith('file:')) return none;
      const file = toPath(uri);
      const limit = limitOf(file);
      if (!limit) return none;
      for (let dir = real(dirname(file)); dir && inside(dir, limit); dir = dirname(dir) === dir ? undefined : dirname(dir)) {
        const candidate = join(dir, 'fanfic.json');
        if (!real(candidate)) continue;
        const text = readInside(candidate, limit) ?? null;
        return { configUri: toUri(candidate), text, storyUri: toUri(dir) };
      }
      return { ...none, storyUri: toUri(real(dirname(file)) ?? dirname(file)) };
    },
    files(storyUri, recursive) {
      const files: StoryFilesResult['files'] = [];
      if (!storyUri.startsWith('file:')) return { files };
      const root = real(toPath(storyUri));
      if (!root) return { files };
      const seen = new Set<string>();
      const walk = (dir: string, deep: boolean) => {
        let names: string[];
        try {
          names = readdirSync(dir).sort();
        } catch {
          return;
        }
        for (const name of names) {
          if (files.length >= MAX_FILES) return;
          if (name.startsWith('.') || name === 'node_modules') continue;
          const path = join(dir, name);
          const target = real(path);
          // Each file once, by its real path; nothing a link leads out of the story to.
          if (!target || !inside(target, root) || seen.has(target)) continue;
          seen.add(target);
          const st = lstatSync(target);
          if (st.isDirectory()) {
            if (deep) walk(target, deep);
          } else if (st.isFile() && STORY_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) {
            const text = readInside(target, root);
            if (text !== undefined) files.push({ uri: toUri(path), text });
          }
        }
      };
      walk(root, recursive);
      return { files };
    },
  };
}
