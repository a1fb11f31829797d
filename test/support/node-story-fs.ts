/** Node's file system as the story-file port, for tests of the safe-write algorithm. */

import { promises as fs } from 'node:fs';
import type { StoryFs } from '../../src/common/story-file';

export const nodeStoryFs: StoryFs = {
  async read(path) {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  write: (path, text) => fs.writeFile(path, text),
  async rename(from, to, overwrite) {
    // Exclusive like vscode.workspace.fs.rename(…, { overwrite: false }): link fails when `to` exists.
    if (!overwrite) {
      await fs.link(from, to);
      await fs.unlink(from);
      return;
    }
    await fs.rename(from, to);
  },
  delete: (path) => fs.unlink(path),
  async age(path) {
    try {
      return Date.now() - (await fs.stat(path)).mtimeMs;
    } catch {
      return undefined;
    }
  },
};
