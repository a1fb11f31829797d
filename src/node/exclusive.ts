/** Node file operations the editor's safe `fanfic.json` writer needs and `workspace.fs` lacks. */

import { promises as fs } from 'node:fs';

/**
 * Creates `path` holding `text` only when it does not exist: `open(…, 'wx')` is `O_CREAT | O_EXCL`,
 * which the kernel makes atomic, so of two processes racing for a lock file exactly one wins.
 * True when created, false when it already existed.
 */
export async function createExclusiveFile(path: string, text: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return true;
}

/** The path with every link resolved. */
export function realPath(path: string): Promise<string> {
  return fs.realpath(path);
}
