/**
 * The document model every rule shares: blocks, the cached analysis of each prose paragraph,
 * flashbacks, chapters and scenes. Built once per analysis; no rule re-tokenizes the text.
 */

import { LineIndex } from '../text';
import type { Range } from '../types';
import { type Block, type BlockKind, type GroupCache, splitBlocks } from './blocks';
import { analyzeParagraph, MARK_KEYS, type Marks, type ParagraphAnalysis } from './paragraph';

/** A prose paragraph (or author's note) with its analysis. Token offsets are relative to `start`. */
export interface Paragraph {
  index: number;
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  analysis: ParagraphAnalysis;
  /** Index into `DocumentModel.scenes`, or -1 for front matter. */
  scene: number;
}

/** A flashback: from its opening marker to its closing marker, or to where it was cut off. */
export interface Flashback {
  start: number;
  end: number;
  begin: Range;
  /** The closing marker; missing when the flashback was never closed. */
  close?: Range;
  closed: boolean;
}

export interface Scene {
  index: number;
  chapter: number;
  start: number;
  end: number;
  /** The POV or time-skip header that opened the scene. */
  header?: Block;
  /** The scene break (symbols or blank lines) that opened the scene. */
  breakBefore?: Block;
  /** Indexes into `DocumentModel.paragraphs`. */
  paragraphs: number[];
}

export interface Chapter {
  index: number;
  start: number;
  end: number;
  /** Missing for the implicit chapter of a file with no heading. */
  heading?: Block;
  scenes: number[];
}

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  blocks: Block[];
  /** Prose paragraphs and author's notes, in order. */
  paragraphs: Paragraph[];
  flashbacks: Flashback[];
  chapters: Chapter[];
  scenes: Scene[];
  /** Marks summed over the story paragraphs. */
  marks: Marks;
  /** The apostrophe the writer uses most: `'` or `’`. */
  apostrophe: "'" | '’';
}

/**
 * Gives a paragraph's analysis and its text; the analyzer passes cached ones. Called once per
 * paragraph, in order, with the block (`prose` or `authors-note`), its index and the document's
 * text (a cached paragraph needs no cutting out).
 */
export type ParagraphAnalyzer = (block: Block, blockIndex: number, text: string) => { analysis: ParagraphAnalysis; text: string };

/** How to build a model: a cached paragraph analyzer, precomputed blocks, a group cache. */
export interface BuildOptions {
  analyze?: ParagraphAnalyzer;
  blocks?: Block[];
  groups?: GroupCache;
  /**
   * The marks of the story paragraphs, asked once every paragraph was analyzed, from a caller
   * that keeps them by difference (the analyzer); else they are summed here.
   */
  marks?: () => Marks;
  /**
   * The paragraphs of the previous model, by block, from a caller that moves its blocks in place
   * (the analyzer): a block's paragraph whose analysis did not change is moved in place too.
   */
  paragraphOf?: WeakMap<Block, Paragraph>;
  /** The line index, when the caller has it (moved from the previous text's, see `LineIndex.edited`). */
  lines?: LineIndex;
}

const STRUCTURAL_END: ReadonlySet<BlockKind> = new Set(['chapter-heading', 'scene-break', 'blank-break', 'pov-header']);
const FRONT: ReadonlySet<BlockKind> = new Set(['disclaimer', 'title', 'byline', 'summary', 'front-matter']);

/** Builds the model of `text`. */
export function buildModel(text: string, build: BuildOptions = {}): DocumentModel {
  const blocks = build.blocks ?? splitBlocks(text, build.groups);
  const builder = new ModelBuilder(text, build);
  for (let bi = 0; bi < blocks.length; bi++) builder.add(blocks[bi], bi);
  const { paragraphs, flashbacks, chapters, scenes } = builder.finish();
  const marks = build.marks ? build.marks() : builder.marks;
  return { text, lines: build.lines ?? new LineIndex(text), blocks, paragraphs, flashbacks, chapters, scenes, marks, apostrophe: apostropheOf(marks) };
}

/** Reads the blocks in order into paragraphs, scenes, chapters and flashbacks. */
class ModelBuilder {
  readonly paragraphs: Paragraph[] = [];
  readonly flashbacks: Flashback[] = [];
  readonly chapters: Chapter[] = [];
  readonly scenes: Scene[] = [];
  /** Summed here unless the caller keeps them (`BuildOptions.marks`). */
  readonly marks: Marks = noMarks();
  private chapter?: Chapter;
  private scene?: Scene;
  private open?: Flashback;
  private pendingBreak?: Block;
  private lastEnd = 0;
  private readonly analyze: ParagraphAnalyzer;

  constructor(
    private readonly text: string,
    private readonly build: BuildOptions,
  ) {
    this.analyze =
      build.analyze ??
      ((block, _bi, whole) => {
        const body = whole.slice(block.start, block.end);
        return { analysis: analyzeParagraph(body), text: body };
      });
  }

  add(block: Block, bi: number): void {
    const { kind } = block;
    if (STRUCTURAL_END.has(kind)) {
      this.structural(block);
      return;
    }
    if (FRONT.has(kind) && !this.chapter) {
      this.lastEnd = block.end;
      return;
    }
    if (kind === 'flashback-begin') {
      this.endFlashback(this.lastEnd);
      this.ensureScene(block.start);
      this.open = { start: block.start, end: block.end, begin: { start: block.start, end: block.end }, close: undefined, closed: false };
    } else if (kind === 'flashback-end') {
      if (this.open) this.endFlashback(block.end, { start: block.start, end: block.end });
    } else if (kind === 'prose' || kind === 'authors-note') {
      this.paragraph(block, bi);
    }
    this.lastEnd = block.end;
    if (this.scene) this.scene.end = this.lastEnd;
    if (this.chapter) this.chapter.end = this.lastEnd;
  }

  finish(): this {
    this.endFlashback(this.lastEnd);
    this.scene = undefined;
    if (this.chapter) this.chapter.end = Math.max(this.chapter.start, this.lastEnd);
    this.flashbacks.sort((a, b) => a.start - b.start);
    return this;
  }

  /** A chapter heading, scene break or POV header: the scene (and an unclosed flashback) ends. */
  private structural(block: Block): void {
    // An unclosed flashback ends at the next scene break, POV header or chapter heading.
    this.endFlashback(this.lastEnd);
    // A scene's end follows each of its blocks, so closing it only forgets it.
    this.scene = undefined;
    if (block.kind === 'chapter-heading') {
      if (this.chapter) this.chapter.end = Math.max(this.chapter.start, this.lastEnd);
      this.chapter = { index: this.chapters.length, start: block.start, end: block.end, heading: block, scenes: [] };
      this.chapters.push(this.chapter);
      this.pendingBreak = undefined;
    } else if (block.kind === 'pov-header') {
      // The scene holds its header even when nothing follows it (its outline selection is the header).
      this.ensureScene(block.start, block).end = block.end;
    } else if (this.chapter || this.scenes.length > 0) {
      this.pendingBreak = block;
    }
    this.lastEnd = block.end;
    if (this.chapter) this.chapter.end = this.lastEnd;
  }

  /** A prose paragraph or an author's note, with its analysis; a paragraph kept from the caller's previous model is moved in place. */
  private paragraph(block: Block, bi: number): void {
    const { kind } = block;
    const { analysis, text: body } = this.analyze(block, bi, this.text);
    const inChapter = kind === 'prose' || this.chapter !== undefined;
    const sc = inChapter && kind === 'prose' ? this.ensureScene(block.start) : this.scene;
    const index = this.paragraphs.length;
    const sceneIndex = sc ? sc.index : -1;
    const kept = this.build.paragraphOf;
    let paragraph = kept?.get(block);
    if (paragraph && paragraph.kind === kind && paragraph.analysis === analysis && paragraph.text === body) {
      paragraph.index = index;
      paragraph.start = block.start;
      paragraph.end = block.end;
      paragraph.scene = sceneIndex;
    } else {
      paragraph = { index, kind, start: block.start, end: block.end, text: body, analysis, scene: sceneIndex };
      kept?.set(block, paragraph);
    }
    this.paragraphs.push(paragraph);
    if (kind !== 'prose') return;
    if (sc) sc.paragraphs.push(paragraph.index);
    if (!this.build.marks) addMarks(this.marks, analysis.marks);
    // Flashback markers inside the paragraph ("Flashback : The sun was warm … End flashback.").
    const begin = analysis.flashbackBegin;
    if (begin > 0) {
      this.endFlashback(this.lastEnd);
      this.open = { start: block.start, end: block.end, begin: { start: block.start, end: block.start + begin }, close: undefined, closed: false };
    }
    for (const close of analysis.flashbackEnds) {
      if (this.open && block.start + close.start >= this.open.begin.end) {
        this.endFlashback(block.start + close.end, { start: block.start + close.start, end: block.start + close.end });
      }
    }
  }

  private ensureChapter(at: number): Chapter {
    if (!this.chapter) {
      this.chapter = { index: this.chapters.length, start: at, end: at, scenes: [] };
      this.chapters.push(this.chapter);
    }
    return this.chapter;
  }

  private ensureScene(at: number, header?: Block): Scene {
    if (!this.scene) {
      const ch = this.ensureChapter(at);
      this.scene = { index: this.scenes.length, chapter: ch.index, start: at, end: at, header, breakBefore: this.pendingBreak, paragraphs: [] };
      this.pendingBreak = undefined;
      this.scenes.push(this.scene);
      ch.scenes.push(this.scene.index);
    }
    return this.scene;
  }

  private endFlashback(at: number, close?: Range): void {
    const open = this.open;
    if (!open) return;
    open.end = close ? close.end : at;
    open.close = close;
    open.closed = Boolean(close);
    this.flashbacks.push(open);
    this.open = undefined;
  }
}

/** The apostrophe the writer uses most. */
function apostropheOf(marks: Marks): "'" | '’' {
  return marks.curlyApostrophes > marks.straightApostrophes ? '’' : "'";
}

/** Whether a paragraph opens or closes no flashback: its text alone cannot change the model's shape. */
export function shapeless(analysis: ParagraphAnalysis): boolean {
  return analysis.flashbackBegin === 0 && analysis.flashbackEnds.length === 0;
}

/** A prose paragraph that an edit rewrote: its new block, analysis and text. */
export interface Rewritten {
  block: Block;
  analysis: ParagraphAnalysis;
  text: string;
}

/**
 * The model after an edit that rewrote prose paragraphs `first`, `first + 1`… of `prev` into as
 * many prose paragraphs, none of which (before or after) opens or closes a flashback: the
 * chapters, scenes and flashbacks keep their shape, and only what follows the edit moves. The
 * caller checks that (`shapeless`) and has moved the blocks already (`updateBlocks`); the
 * paragraphs, scenes, chapters and flashbacks of `prev` are moved in place, as the blocks are.
 *
 * `oldEnd` is where the last rewritten paragraph ended before the edit: every offset from there
 * on moves by the edit's `delta`. Nothing of the model starts or ends strictly inside the
 * rewritten paragraphs (a scene starts at a paragraph's start and ends at one's end; a flashback
 * with no marker in them does too), so nothing before `oldEnd` moves.
 */
export function editModel(
  prev: DocumentModel,
  text: string,
  edit: { first: number; rewritten: readonly Rewritten[]; oldEnd: number; delta: number },
  build: { paragraphOf?: WeakMap<Block, Paragraph>; marks: Marks; lines: LineIndex },
): DocumentModel {
  const { first, rewritten, oldEnd, delta } = edit;
  const paragraphs = prev.paragraphs;
  rewritten.forEach(({ block, analysis, text: body }, k) => {
    const old = paragraphs[first + k];
    const paragraph: Paragraph = { index: old.index, kind: block.kind, start: block.start, end: block.end, text: body, analysis, scene: old.scene };
    build.paragraphOf?.set(block, paragraph);
    paragraphs[first + k] = paragraph;
  });
  if (delta !== 0) {
    for (let i = first + rewritten.length; i < paragraphs.length; i++) {
      paragraphs[i].start += delta;
      paragraphs[i].end += delta;
    }
    const move = (at: number) => (at >= oldEnd ? at + delta : at);
    for (const c of prev.chapters) {
      c.start = move(c.start);
      c.end = move(c.end);
    }
    for (const s of prev.scenes) {
      s.start = move(s.start);
      s.end = move(s.end);
    }
    for (const f of prev.flashbacks) {
      f.start = move(f.start);
      f.end = move(f.end);
      f.begin.start = move(f.begin.start);
      f.begin.end = move(f.begin.end);
      if (f.close) {
        f.close.start = move(f.close.start);
        f.close.end = move(f.close.end);
      }
    }
  }
  return { ...prev, text, lines: build.lines, marks: build.marks, apostrophe: apostropheOf(build.marks) };
}

/** No marks at all. */
export function noMarks(): Marks {
  return {
    straightApostrophes: 0,
    curlyApostrophes: 0,
    straightDoubleQuotes: 0,
    curlyDoubleQuotes: 0,
    ellipsisChars: 0,
    threeDots: 0,
    emDashes: 0,
    doubleHyphens: 0,
    britishForms: 0,
    americanForms: 0,
  };
}

/** Adds (or with `sign` -1 takes away) a paragraph's marks. */
export function addMarks(into: Marks, from: Marks, sign = 1): void {
  for (const key of MARK_KEYS) into[key] += sign * from[key];
}
