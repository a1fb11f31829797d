/** Node's file system as the story-file port, for tests of the safe-write algorithm. */

import { promises as fs } from 'node:fs';
import type { StoryFs } from '../../src/common/story-file';
import { createExclusiveFile, realPath } from '../../src/node/exclusive';

/**
 * The operations `vscode.workspace.fs` has, done as VS Code does them: `rename(…, { overwrite:
 * false })` is a stat, then a rename (not atomic), so a test cannot pass on a lock it provides.
 */
export const workspaceLikeFs: StoryFs = {
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
    if (!overwrite) {
      const exists = await fs.stat(to).then(
        () => true,
        () => false,
      );
      if (exists) throw new Error(`${to} exists`);
      // VS Code awaits between the check and the rename: so do we.
      await new Promise((resolve) => setImmediate(resolve));
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

/** What the desktop extension uses: the workspace.fs operations plus Node's exclusive create and realpath. */
export const nodeStoryFs: StoryFs = { ...workspaceLikeFs, createExclusive: createExclusiveFile, realPath };
