/**
 * The story on disk, for the language server when its client is not the extension (Neovim, Helix,
 * Emacs): the nearest `fanfic.json` above a document, and the story's files, read by the same
 * rules as the CLI (`story-walk.ts`: by real path, each file once, never through a link out of
 * the story, never a FIFO). Nothing above the editor's workspace folders (or, without folders,
 * above the document's own folder) is read.
 */

import { realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StoryConfigResult, StoryFilesResult } from '../common/protocol';
import { isInside, STORY_EXTENSIONS } from '../core/story-files';
import type { StoryDisk } from '../server/workspace';
import { findStoryConfig, readStoryConfig, readStoryFile, walkStory } from './story-walk';

const toUri = (path: string) => pathToFileURL(path).toString();

/** The real path of `path`, or undefined when it does not exist. */
function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A `StoryDisk` limited to the workspace folders `roots()` names (file URIs). */
export function createStoryDisk(roots: () => readonly string[]): StoryDisk {
  /** The folder a document may read up to: its workspace folder, else its own folder. */
  const limitOf = (folder: string): string => {
    for (const r of roots()) {
      const root = r.startsWith('file:') ? real(fileURLToPath(r)) : undefined;
      if (root && isInside(root, folder, sep)) return root;
    }
    return folder;
  };
  return {
    config(uri) {
      const fallback: StoryConfigResult = { configUri: null, text: null, storyUri: uri.slice(0, uri.lastIndexOf('/')) };
      if (!uri.startsWith('file:')) return fallback;
      const file = fileURLToPath(uri);
      const folder = real(dirname(file)) ?? dirname(resolve(file));
      const none = { ...fallback, storyUri: toUri(folder) };
      const found = findStoryConfig(join(folder, 'x'));
      if (!found || !('path' in found) || !isInside(limitOf(folder), dirname(found.path), sep)) return none;
      try {
        return { configUri: toUri(found.path), text: readStoryConfig(found.path), storyUri: toUri(dirname(found.path)) };
      } catch {
        return { configUri: toUri(found.path), text: null, storyUri: toUri(dirname(found.path)) };
      }
    },
    files(storyUri, recursive) {
      const files: StoryFilesResult['files'] = [];
      const root = storyUri.startsWith('file:') ? real(fileURLToPath(storyUri)) : undefined;
      if (!root) return { files };
      // A file whose nearest fanfic.json is another's belongs to that story, as in `fanfic check`:
      // looked up once a folder, not once a file.
      const ownStory = new Map<string, boolean>();
      const inThisStory = (folder: string): boolean => {
        let mine = ownStory.get(folder);
        if (mine === undefined) {
          const own = findStoryConfig(join(folder, 'x'));
          ownStory.set(folder, (mine = !(own && 'path' in own && dirname(own.path) !== root)));
        }
        return mine;
      };
      for (const path of walkStory([root], STORY_EXTENSIONS).files) {
        if (!recursive && dirname(path) !== root) continue;
        if (!inThisStory(dirname(path))) continue;
        try {
          const read = readStoryFile(path);
          if ('text' in read) files.push({ uri: toUri(path), text: read.text });
        } catch {
          // Unreadable: the story goes on without it, as the CLI's would.
        }
      }
      return { files };
    },
  };
}
