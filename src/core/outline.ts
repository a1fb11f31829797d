/**
 * The outline: chapter → scene → flashback, with author's notes, front matter and end markers as
 * their own entries. Every node carries its range, its selection range and its story word count.
 */

import type { Block } from './model/blocks';
import { buildModel, type DocumentModel, type Paragraph } from './model/document';
import { firstIndex } from './search';
import type { OutlineNode, Range } from './types';

/** Story words in `range`: words of prose paragraphs, outside author's notes, that start in it. */
export function storyWordsIn(model: DocumentModel, range: Range): number {
  let words = 0;
  for (const p of paragraphsIn(model, range)) {
    if (p.kind !== 'prose') continue;
    if (p.start >= range.start && p.end <= range.end) {
      words += p.analysis.words;
      continue;
    }
    for (const t of p.analysis.tokens) {
      const at = p.start + t.start;
      if (at >= range.start && at < range.end && t.region !== 'note') words++;
    }
  }
  return words;
}

/** The paragraphs that overlap `range`, by binary search. */
function paragraphsIn(model: DocumentModel, range: Range): Paragraph[] {
  const ps = model.paragraphs;
  const out: Paragraph[] = [];
  for (let i = firstIndex(ps.length, (k) => ps[k].end > range.start); i < ps.length && ps[i].start < range.end; i++) out.push(ps[i]);
  return out;
}

/** The heading's text without its decoration: "~Chapter 2~" → "Chapter 2", "**Draco's POV**" → "Draco's POV". */
export function headingText(text: string, block: Block): string {
  return text
    .slice(block.start, block.end)
    .replace(/^[\s*~_=\-–—#+<>[\](){}|•·]+/, '')
    .replace(/[\s*~_=\-–—#+<>[\](){}|•·]+$/, '')
    .trim();
}

/** The first words of a text, for a detail line: "She ran to the gate…". */
export function firstWords(text: string, max = 7): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const head = words.slice(0, max).join(' ');
  return words.length > max ? `${head}…` : head;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Builds the outline of a document model. */
export function outlineOf(model: DocumentModel): OutlineNode[] {
  const { text } = model;
  const top: OutlineNode[] = [];
  const chapterNodes: OutlineNode[] = [];

  // Front matter before the first chapter: one entry.
  const firstChapterStart = model.chapters[0]?.start ?? text.length;
  const front = model.blocks.filter((b) => ['disclaimer', 'title', 'byline', 'summary', 'front-matter'].includes(b.kind) && b.start < firstChapterStart);
  if (front.length > 0) {
    const range = { start: front[0].start, end: front[front.length - 1].end };
    const title = front.find((b) => b.kind === 'title');
    top.push({
      kind: 'front-matter',
      name: title ? text.slice(title.start, title.end).trim() : 'Front matter',
      detail: front.map((b) => b.kind.replace('-', ' ')).join(', '),
      range,
      selectionRange: { start: front[0].start, end: front[0].end },
      words: 0,
      children: [],
    });
  }

  let nextFlashback = 0;
  for (const chapter of model.chapters) {
    const range = { start: chapter.start, end: chapter.end };
    const words = storyWordsIn(model, range);
    const node: OutlineNode = {
      kind: 'chapter',
      name: chapter.heading ? headingText(text, chapter.heading) || 'Chapter' : 'Untitled chapter',
      detail: plural(words, 'word'),
      range,
      selectionRange: chapter.heading ? { start: chapter.heading.start, end: chapter.heading.end } : firstLine(text, chapter.start, chapter.end),
      words,
      children: [],
    };
    let n = 0;
    for (const si of chapter.scenes) {
      const scene = model.scenes[si];
      n++;
      const sceneRange = { start: scene.start, end: scene.end };
      const first = scene.paragraphs.length > 0 ? model.paragraphs[scene.paragraphs[0]] : undefined;
      const sceneNode: OutlineNode = {
        kind: 'scene',
        name: scene.header ? headingText(text, scene.header) : `Scene ${n}`,
        detail: first ? firstWords(firstSentence(first.text)) : '',
        range: sceneRange,
        selectionRange: scene.header ? { start: scene.header.start, end: scene.header.end } : firstLine(text, scene.start, scene.end),
        words: storyWordsIn(model, sceneRange),
        children: [],
      };
      // Scenes come in document order and flashbacks are sorted by start: one pass over both.
      while (nextFlashback < model.flashbacks.length && model.flashbacks[nextFlashback].start < scene.start) nextFlashback++;
      for (; nextFlashback < model.flashbacks.length && model.flashbacks[nextFlashback].start < scene.end; nextFlashback++) {
        const f = model.flashbacks[nextFlashback];
        const body = { start: f.begin.end, end: f.close ? f.close.start : f.end };
        sceneNode.children.push({
          kind: 'flashback',
          name: f.closed ? 'Flashback' : 'Flashback (unclosed)',
          detail: firstWords(firstSentence(text.slice(body.start, Math.min(body.end, body.start + 300)))),
          range: { start: f.start, end: Math.min(f.end, scene.end) },
          selectionRange: f.begin,
          words: storyWordsIn(model, body),
          children: [],
        });
      }
      node.children.push(sceneNode);
    }
    chapterNodes.push(node);
    top.push(node);
  }

  // Author's notes and end markers go into the deepest node that holds them, in order. A note that
  // runs on over several paragraphs (`A/N: Thanks!` ¶ `Please review!`) is one entry.
  let note: OutlineNode | undefined;
  for (const b of model.blocks) {
    if (b.continued && note) {
      note.range.end = b.end;
      continue;
    }
    if (b.kind !== 'authors-note') note = undefined;
    if (b.kind !== 'authors-note' && b.kind !== 'end-marker') continue;
    const entry: OutlineNode = {
      kind: b.kind,
      name: b.kind === 'authors-note' ? "Author's note" : text.slice(b.start, b.end).trim(),
      detail: b.kind === 'authors-note' ? firstWords(text.slice(b.start, b.end).replace(/^\W*(?:A\/N|AN|A\.N\.|Author'?s?\s+Notes?)\W*/i, '')) : '',
      range: { start: b.start, end: b.end },
      selectionRange: firstLine(text, b.start, b.end),
      words: 0,
      children: [],
    };
    insertInto(top, entry);
    if (b.kind === 'authors-note') note = entry;
  }
  return top;
}

function insertInto(nodes: OutlineNode[], entry: OutlineNode): void {
  for (const node of nodes) {
    if (node.kind !== 'flashback' && entry.range.start >= node.range.start && entry.range.end <= node.range.end) {
      insertInto(node.children, entry);
      return;
    }
  }
  let i = 0;
  while (i < nodes.length && nodes[i].range.start <= entry.range.start) i++;
  nodes.splice(i, 0, entry);
}

function firstLine(text: string, start: number, limit = text.length): Range {
  let end = start;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?…](?=["”’']?\s|["”’']?$)/.exec(text);
  return (m ? m[0] : text).slice(0, 200);
}

/** The outline of `text`. */
export function outline(text: string): OutlineNode[] {
  return outlineOf(buildModel(text));
}
