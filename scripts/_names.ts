import { buildModel, createSpeller, nameCountsOf, resolveOptions } from '../src/core';
import { speakingNames } from '../src/core/characters/mentions';
import { loadDictionary } from '../src/node/dictionaries';
import { loadBrownFiles } from '../test/support/brown';
const speller = createSpeller(loadDictionary('en-US'));
const options = resolveOptions({ speller });
for (const f of process.argv.slice(2)) {
  const [b] = loadBrownFiles(new RegExp(`^${f}$`));
  const c = nameCountsOf(b.text);
  console.log(f, [...speakingNames(c.total, c.mid, options)].join(' '));
}
