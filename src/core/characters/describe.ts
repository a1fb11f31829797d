/** What the editor says about a character under the cursor (the hover), as Markdown. */

import type { Character } from '../options';

/** The facts a character's description is made of. */
export interface CharacterFacts {
  /** The folded name as written at the cursor. */
  written: string;
  /** The name the story spells it as, when `written` is a roster variant. */
  variantOf?: string;
  /** The roster entry, when the character is listed. */
  character?: Character;
  inFile: number;
  inStory: number;
  /** The story's files that mention the name, sorted. */
  files: string[];
  /** Zero-based line of the first mention in this file. */
  firstLine?: number;
}

/**
 * Markdown paragraphs: the name (and pronouns, or that it is not listed), a variant's spelling,
 * aliases, the description, mention counts and the first appearance.
 */
export function describeCharacter(f: CharacterFacts): string {
  const name = f.variantOf ?? f.written;
  const c = f.character;
  const lines: string[] = [];
  lines.push(`**${c?.name ?? name}**${c?.pronouns ? ` (${c.pronouns})` : ''}${c ? '' : ' · not in the character list'}`);
  if (f.variantOf) lines.push(`\`${f.written}\` is a variant this story spells \`${f.variantOf}\`.`);
  if (c?.aliases?.length) lines.push(`Also: ${c.aliases.join(', ')}`);
  if (c?.description) lines.push(c.description);
  const many = f.files.length > 1;
  lines.push(`Mentions: ${f.inFile} in this file · ${f.inStory} in the story${many ? ` (${f.files.length} files)` : ''}`);
  if (f.firstLine !== undefined) {
    lines.push(
      `First appearance in this file: line ${f.firstLine + 1}${many ? ` · in the story: ${decodeURIComponent(f.files[0].split('/').pop() ?? f.files[0])}` : ''}`,
    );
  }
  return lines.join('\n\n');
}
