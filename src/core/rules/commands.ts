/**
 * The action fixes rules attach to their findings (see `FindingCommand`): what a writer may do
 * about a word the checker does not know, or a name spelled another way.
 */

import { foldName } from '../characters/names';
import type { FindingCommand } from '../types';

/**
 * For a word no dictionary knows: add it to the story's or the user's dictionary, and, when it is
 * capitalized ("Kirara"), add it as a character.
 */
export function unknownWordCommands(word: string): FindingCommand[] {
  const out: FindingCommand[] = [];
  if (/^\p{Lu}/u.test(word)) {
    const name = foldName(word);
    out.push({ title: `Add “${name}” as a new character`, action: 'addCharacter', arguments: [name] });
  }
  out.push(
    { title: `Add “${word}” to the story dictionary`, action: 'addToStoryDictionary', arguments: [word] },
    { title: `Add “${word}” to the user dictionary`, action: 'addToUserDictionary', arguments: [word] },
  );
  return out;
}

/** For a name spelled other than the story spells it: keep it as an alias, or as a character of its own. */
export function nameCommands(name: string, target: string): FindingCommand[] {
  return [
    { title: `Add “${name}” as an alias of ${target}`, action: 'addAlias', arguments: [name, target] },
    { title: `Add “${name}” as a new character`, action: 'addCharacter', arguments: [name] },
  ];
}
