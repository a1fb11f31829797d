/**
 * Lists read out item by item: a paragraph that opens with a list item's mark (`- "The host is so
 * considerate, number eight."`) is an item of the list the last marked paragraph with a tag or a
 * beat read (`- I nod. "I love it, that's the third thing."`), whoever answered in between.
 */

import type { Paragraph } from '../model/document';
import type { Said } from './types';

// A list item's mark at the start of a paragraph: a dash, a bullet, or a number ("1.", "2)").
const LIST_MARK = /^\s*(?:([-–—•*])|(\d+)[.)])\s+/u;

/** Who reads the list: the speaker of its last named item, its mark and its scene. */
export interface Lister {
  who: string;
  mark: string;
  scene: number;
}

/**
 * Gives an item of a list no tag or beat names the one who read the list's last named item (same
 * mark, same scene); a named item makes its speaker the list's reader. Returns the reader after
 * the paragraph.
 */
export function listItem(p: Paragraph, speakers: Said[], lister: Lister | undefined): Lister | undefined {
  const m = LIST_MARK.exec(p.text);
  if (!m) return lister;
  const mark = m[1] ? '-' : '1';
  if (speakers.some((s) => s.named)) {
    const known = new Set(speakers.map((s) => s.speaker).filter((x) => x !== null));
    return known.size === 1 ? { who: [...known][0]!, mark, scene: p.scene } : undefined;
  }
  if (!lister || lister.mark !== mark || lister.scene !== p.scene) return lister;
  for (let k = 0; k < speakers.length; k++) speakers[k] = { speaker: lister.who, evidence: 'continued', confidence: 0.7, named: false };
  return lister;
}
