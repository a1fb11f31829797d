/**
 * The first stage of the analysis pipeline: the document model of each new text, made from the
 * previous one. A keystroke costs what it changed, not what the document holds:
 * - only the paragraph groups an edit touched are split into blocks again;
 * - each paragraph's analysis is cached by its text (an entry), so only the touched paragraph is
 *   read again, and an undo finds the old one;
 * - typing inside prose paragraphs edits the model in place (`editModel`): the chapters, scenes
 *   and flashbacks keep their shape, and only what follows the edit moves;
 * - the document's marks are kept by difference: the entries an edit removed are taken away and
 *   those it added are added.
 *
 * The model handed out is the stage's own and is moved in place by its next update; a caller that
 * keeps one across an update takes a `snapshotModel` of it.
 */

import { type Block, type BlockUpdate, type GroupCache, splitBlocks, updateBlocks } from '../model/blocks';
import { addMarks, buildModel, type DocumentModel, editModel, noMarks, type Paragraph, type Rewritten, shapeless } from '../model/document';
import { analyzeParagraph, type Marks, type ParagraphAnalysis } from '../model/paragraph';
import { detach, type LineIndex } from '../text';

/** A paragraph's analysis, cached by its kind and text. Later stages key their own facts by it. */
export interface Entry {
  /** `prose` or `authors-note`: rules may treat them differently. */
  readonly kind: string;
  /** The paragraph's own copy of its text (see `entry`). */
  readonly text: string;
  readonly analysis: ParagraphAnalysis;
  /** The update that last used this entry. */
  used: number;
}

/** What an update did to the paragraph entries: `removed` gave way to `added`, from paragraph `at` on. */
export interface Splice {
  at: number;
  removed: readonly Entry[];
  added: readonly Entry[];
}

/** The model of a new text, with each paragraph's entry and what changed since the previous update. */
export interface ModelUpdate {
  model: DocumentModel;
  /** `entries[i]` belongs to `model.paragraphs[i]`. */
  entries: readonly Entry[];
  /** The entries that changed; undefined for the first update (every entry is new). */
  splice?: Splice;
}

/** The previous update: entries[i] belongs to paragraphs[i], byBlock[i] to blocks[i]. */
interface Previous {
  model: DocumentModel;
  byBlock: Array<Entry | undefined>;
  entries: Entry[];
}

export class IncrementalModel {
  private readonly cache = new Map<string, Entry>();
  private readonly groups: GroupCache = new Map();
  private readonly paragraphOf = new WeakMap<Block, Paragraph>();
  private prev?: Previous;
  /** Marks of the document's story paragraphs, kept current across updates. */
  private marks: Marks = noMarks();
  private run = 0;
  /** Characters of paragraph text the cache holds (the document's and the stale entries'). */
  private cachedChars = 0;

  /** The model of `text`, made from the previous update's. */
  update(text: string): ModelUpdate {
    this.run++;
    const prev = this.prev;
    // Only the paragraph groups an edit touched are split again; the other blocks are kept, and
    // so are their entries, found by position instead of by hashing their text. The blocks,
    // paragraphs and line starts after the edit are moved in place.
    const update = prev ? updateBlocks(prev.model.text, prev.model.blocks, text, this.groups) : undefined;
    const lines = prev && update?.edit ? prev.model.lines.edited(text, update.edit.prefix, update.edit.suffix, true) : prev?.model.lines;
    return (prev && update && lines && this.edited(prev, update, text, lines)) || this.built(text, update, lines);
  }

  /**
   * Drops entries no longer used once the cache holds well over what the document needs (in
   * entries or in text), and returns them (later stages forget what they keyed by them).
   */
  sweep({ entries, model }: ModelUpdate): Entry[] {
    // Each edit leaves the previous version of one paragraph behind; a few dozen are kept (an undo
    // finds them), more are dropped: re-reading a paragraph costs well under a millisecond.
    if (this.groups.size > entries.length * 2 + 64) this.groups.clear();
    // Counted in text too: one stale 5 MB paragraph (a paste, then undone) holds a million tokens.
    if (this.cache.size <= entries.length + 64 && this.cachedChars <= model.text.length * 2 + 65536) return [];
    // An edited model marks only the entries it added as used: the document's are all in use.
    for (const entry of entries) entry.used = this.run;
    const dropped: Entry[] = [];
    for (const [key, entry] of this.cache) {
      if (entry.used >= this.run) continue;
      this.cache.delete(key);
      this.cachedChars -= entry.text.length;
      dropped.push(entry);
    }
    return dropped;
  }

  private entry(kind: string, text: string): Entry {
    const key = kind === 'prose' ? text : `${kind}\u0000${text}`;
    let entry = this.cache.get(key);
    if (!entry) {
      // Tokens are cut from the text they are found in: analyze a detached copy, so the cache
      // keeps this paragraph alive, not the whole document it came from.
      const own = detach(text);
      entry = { kind, text: own, analysis: analyzeParagraph(own), used: this.run };
      this.cachedChars += own.length;
      this.cache.set(kind === 'prose' ? own : `${kind}\u0000${own}`, entry);
    }
    entry.used = this.run;
    return entry;
  }

  /** The model built afresh, from the blocks (kept ones found by position), with their analyses. */
  private built(text: string, update: BlockUpdate | undefined, lines: LineIndex | undefined): ModelUpdate {
    const prev = this.prev;
    const blocks = update ? update.blocks : splitBlocks(text, this.groups);
    const byBlock: Array<Entry | undefined> = new Array(blocks.length);
    if (update && prev) {
      for (let i = 0; i < update.keptBefore; i++) byBlock[i] = prev.byBlock[i];
      for (let k = 1; k <= update.keptAfter; k++) byBlock[blocks.length - k] = prev.byBlock[prev.byBlock.length - k];
    }
    // The model asks for each paragraph's analysis in order: entries[i] belongs to paragraphs[i].
    const entries: Entry[] = [];
    const before = prev?.entries;
    let splice: Splice | undefined;
    const model = buildModel(text, {
      blocks,
      analyze: (block, bi, whole) => {
        let entry = byBlock[bi];
        if (entry) entry.used = this.run;
        else byBlock[bi] = entry = this.entry(block.kind, whole.slice(block.start, block.end));
        entries.push(entry);
        return entry;
      },
      // Asked once every paragraph is analyzed: the entries common to both updates at the start
      // and at the end are skipped, the old middle taken away and the new middle added.
      marks: () => {
        if (!before) return this.countMarks(entries);
        const [a, b] = common(entries, before);
        splice = { at: a, removed: before.slice(a, before.length - b), added: entries.slice(a, entries.length - b) };
        return this.spliceMarks(splice.removed, splice.added);
      },
      paragraphOf: this.paragraphOf,
      lines,
    });
    this.prev = { model, byBlock, entries };
    return { model, entries, splice };
  }

  /**
   * The model after an edit that rewrote prose paragraphs into as many prose paragraphs, none of
   * them opening or closing a flashback (`editModel`), or undefined for any other edit. The
   * previous update's model, entries and block entries are moved in place.
   */
  private edited(prev: Previous, update: BlockUpdate, text: string, lines: LineIndex): ModelUpdate | undefined {
    const olds = this.rewrittenParagraphs(prev, update);
    if (!olds) return undefined;
    const { blocks, keptBefore, removed } = update;
    const rewritten: Rewritten[] = [];
    const added: Entry[] = [];
    for (let k = 0; k < removed!.length; k++) {
      const block = blocks[keptBefore + k];
      if (block.kind !== 'prose') return undefined;
      const entry = this.entry('prose', text.slice(block.start, block.end));
      if (!shapeless(entry.analysis)) return undefined;
      rewritten.push({ block, analysis: entry.analysis, text: entry.text });
      added.push(entry);
    }
    // …and the paragraphs must hold all of it: a line end typed after the last one is not in it.
    const oldEnd = olds[olds.length - 1].end;
    const delta = text.length - prev.model.text.length;
    if (blocks[keptBefore + removed!.length - 1].end !== oldEnd + delta) return undefined;
    const first = olds[0].index;
    const splice: Splice = { at: first, removed: prev.entries.slice(first, first + added.length), added };
    added.forEach((entry, k) => {
      prev.entries[first + k] = entry;
      prev.byBlock[keptBefore + k] = entry;
    });
    const model = editModel(
      prev.model,
      text,
      { first, rewritten, oldEnd, delta },
      { paragraphOf: this.paragraphOf, marks: this.spliceMarks(splice.removed, added), lines },
    );
    this.prev = { model, byBlock: prev.byBlock, entries: prev.entries };
    return { model, entries: prev.entries, splice };
  }

  /**
   * The consecutive prose paragraphs whose blocks an edit removed, when none opens or closes a
   * flashback and the edit lies within them; else undefined.
   */
  private rewrittenParagraphs(prev: Previous, update: BlockUpdate): Paragraph[] | undefined {
    const { removed, blocks, keptBefore } = update;
    if (!removed || removed.length === 0 || !update.edit || blocks.length !== prev.byBlock.length) return undefined;
    const paragraphs = prev.model.paragraphs;
    const olds: Paragraph[] = [];
    for (const block of removed) {
      const old = block.kind === 'prose' ? this.paragraphOf.get(block) : undefined;
      if (!old || paragraphs[old.index] !== old || !shapeless(old.analysis)) return undefined;
      if (olds.length > 0 && old.index !== olds[0].index + olds.length) return undefined;
      olds.push(old);
    }
    // The edit must lie within those paragraphs, or what follows them moves by something else.
    const { prefix, suffix } = update.edit;
    if (prefix < olds[0].start || prev.model.text.length - suffix > olds[olds.length - 1].end || blocks[keptBefore].start !== olds[0].start) return undefined;
    return olds;
  }

  /** The document's marks counted afresh. */
  private countMarks(entries: readonly Entry[]): Marks {
    this.marks = noMarks();
    for (const entry of entries) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks);
    return { ...this.marks };
  }

  /** The document's marks by difference: the removed entries taken away, the added ones added. */
  private spliceMarks(removed: readonly Entry[], added: readonly Entry[]): Marks {
    for (const entry of removed) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks, -1);
    for (const entry of added) if (entry.kind === 'prose') addMarks(this.marks, entry.analysis.marks);
    return { ...this.marks };
  }
}

/** How many entries two updates share at the start and, after those, at the end. */
function common(entries: readonly Entry[], before: readonly Entry[]): [number, number] {
  let a = 0;
  while (a < entries.length && a < before.length && entries[a] === before[a]) a++;
  let b = 0;
  while (b < entries.length - a && b < before.length - a && entries[entries.length - 1 - b] === before[before.length - 1 - b]) b++;
  return [a, b];
}
