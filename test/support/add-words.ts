/** A writer process for the concurrency test: adds N words with a prefix to a fanfic.json. */

import { editStoryFile } from '../../src/common/story-file';
import { addToList } from '../../src/core';
import { nodeStoryFs, workspaceLikeFs } from './node-story-fs';

async function main(): Promise<void> {
  const [path, prefix, count, port] = process.argv.slice(2);
  const fs = port === 'workspace' ? workspaceLikeFs : nodeStoryFs;
  for (let i = 0; i < Number(count); i++) {
    await editStoryFile(fs, path, (text) => addToList(text, 'words', `${prefix}${i}`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
