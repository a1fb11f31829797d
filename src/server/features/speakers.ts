/**
 * Who speaks, in the editor: the hover of a quotation names its speaker, and each quotation is a
 * `dialogue` semantic token whose modifier says which character speaks it (`speaker1` is the
 * first character of the roster, and so on), so a theme can color each character's lines:
 *
 *   "editor.semanticTokenColorCustomizations": { "rules": { "dialogue.speaker1:fanfic": "#c678dd" } }
 *
 * Plain functions over the core; the server calls them from its hover and token handlers.
 */

import {
  attributeSpeakers,
  type DocumentModel,
  firstIndex,
  nameSlips,
  type Quotation,
  type ResolvedOptions,
  speakingNames,
  storyReport,
  type StoryReport,
} from '../../core';

/** How many characters get a modifier of their own. */
export const SPEAKER_SLOTS = 8;
/** The semantic-token modifiers of quotations, after the character modifiers. */
export const SPEAKER_MODIFIERS = [...Array.from({ length: SPEAKER_SLOTS }, (_, i) => `speaker${i + 1}`), 'unattributed'];

const cache = new WeakMap<DocumentModel, { options: ResolvedOptions; quotes: Quotation[] }>();

/**
 * The quotations of a document and their speakers, computed once per model. `counts` and `mid`
 * are the story's name counts (all of its files when known), which decide who is a character.
 */
export function quotationsOf(
  model: DocumentModel,
  options: ResolvedOptions,
  counts: ReadonlyMap<string, number>,
  mid: ReadonlyMap<string, number>,
): Quotation[] {
  const hit = cache.get(model);
  if (hit && hit.options === options) return hit.quotes;
  const quotes = attributeSpeakers(model, {
    characters: options.characters,
    names: speakingNames(counts, mid, options),
    slips: nameSlips(counts, options),
  });
  cache.set(model, { options, quotes });
  return quotes;
}

/** The quotation at `offset` (binary search over the sorted quotations). */
export function quotationAt(quotes: readonly Quotation[], offset: number): Quotation | undefined {
  const q = quotes[firstIndex(quotes.length, (i) => quotes[i].end > offset)];
  return q && q.start <= offset ? q : undefined;
}

const EVIDENCE: Record<string, string> = {
  explicit: 'named in the tag',
  pronoun: 'the tag’s pronoun, resolved to the last fitting character',
  paragraph: 'the tag of this paragraph',
  continued: 'the speech runs on from the paragraph before',
  beat: 'the action beat in this paragraph',
  alternation: 'turns alternate in a two-person exchange',
  addressee: 'the turn before addressed this character by name',
  learned: 'the speaker model, from the turns, names and tags around',
};

/** The hover text of a quotation: its speaker and why, or that nobody could be named surely. */
export function speakerHover(q: Quotation): string {
  if (q.speaker === null) return `Speaker: unknown · ${q.words} word${q.words === 1 ? '' : 's'}\n\nNo tag, beat or exchange names the speaker surely enough.`;
  return `Speaker: **${q.speaker}** · ${q.words} word${q.words === 1 ? '' : 's'}\n\nFrom ${EVIDENCE[q.evidence ?? 'explicit']} (confidence ${Math.round(q.confidence * 100)} %).`;
}

/** The modifier slot of a speaker: roster order first, then the order the document's speakers appear in. */
function slots(quotes: readonly Quotation[], options: ResolvedOptions): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of options.characters) if (out.size < SPEAKER_SLOTS && !out.has(c.name)) out.set(c.name, out.size);
  for (const q of quotes) if (q.speaker && out.size < SPEAKER_SLOTS && !out.has(q.speaker)) out.set(q.speaker, out.size);
  return out;
}

/** A semantic token: line, character, length, type index, modifier bits. */
export type Token = [line: number, character: number, length: number, type: number, modifiers: number];

/**
 * Merges the quotations (type `dialogueType`, a speaker modifier from bit `firstBit` on) with the
 * document's other tokens, in order. A quotation is cut at line ends and around the other tokens
 * (a name inside a quote keeps its own token): semantic tokens may not overlap.
 */
export function withDialogueTokens(
  model: DocumentModel,
  quotes: readonly Quotation[],
  options: ResolvedOptions,
  others: Token[],
  dialogueType: number,
  firstBit: number,
): Token[] {
  const slot = slots(quotes, options);
  const out: Token[] = [];
  const sorted = [...others].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let o = 0;
  for (const q of quotes) {
    const s = q.speaker === null ? undefined : slot.get(q.speaker);
    const modifiers = q.speaker === null ? 1 << (firstBit + SPEAKER_SLOTS) : s === undefined ? 0 : 1 << (firstBit + s);
    let from = q.start;
    const emit = (start: number, end: number) => {
      while (start < end) {
        const pos = model.lines.position(start);
        const lineEnd = Math.min(end, model.lines.offset({ line: pos.line + 1, character: 0 }));
        let stop = lineEnd;
        // Stop before a line break.
        while (stop > start && /[\r\n]/.test(model.text[stop - 1])) stop--;
        if (stop > start) out.push([pos.line, pos.character, stop - start, dialogueType, modifiers]);
        if (lineEnd <= start) break;
        start = lineEnd;
      }
    };
    while (o < sorted.length && model.lines.offset({ line: sorted[o][0], character: sorted[o][1] }) < q.end) {
      const t = sorted[o];
      const start = model.lines.offset({ line: t[0], character: t[1] });
      if (start >= from) emit(from, start);
      out.push(t);
      from = Math.max(from, start + t[2]);
      o++;
    }
    emit(from, q.end);
  }
  while (o < sorted.length) out.push(sorted[o++]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The story report of the files given (the `fanfic/report` request). */
export function reportOf(files: ReadonlyArray<{ uri: string; text: string }>, options: ResolvedOptions, lines: boolean): StoryReport {
  const sorted = [...files].sort((a, b) => a.uri.localeCompare(b.uri));
  return storyReport(
    sorted.map((f) => ({ path: f.uri, text: f.text })),
    { story: { characters: [...options.characters] }, speller: options.speller, lines },
  );
}
