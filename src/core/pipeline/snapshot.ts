/**
 * A copy of a document model that no later analysis moves. The analyzer moves its model in place
 * on every edit (so a keystroke allocates only what it changed); a host that keeps a model across
 * an `await` copies it first. The copy shares what never changes (the text, each paragraph's
 * analysis and text) and copies every offset.
 */

import type { Block } from '../model/blocks';
import type { DocumentModel } from '../model/document';
import { LineIndex } from '../text';

export function snapshotModel(model: DocumentModel): DocumentModel {
  const blockCopies = new Map<Block, Block>();
  const block = (b: Block): Block => {
    let copy = blockCopies.get(b);
    if (!copy) blockCopies.set(b, (copy = { ...b }));
    return copy;
  };
  const optional = (b: Block | undefined) => (b ? block(b) : undefined);
  return {
    text: model.text,
    lines: new LineIndex(model.text, model.lines.starts.slice()),
    blocks: model.blocks.map(block),
    paragraphs: model.paragraphs.map((p) => ({ ...p })),
    flashbacks: model.flashbacks.map((f) => ({ ...f, begin: { ...f.begin }, ...(f.close ? { close: { ...f.close } } : {}) })),
    chapters: model.chapters.map((c) => ({ ...c, heading: optional(c.heading), scenes: c.scenes.slice() })),
    scenes: model.scenes.map((s) => ({ ...s, header: optional(s.header), breakBefore: optional(s.breakBefore), paragraphs: s.paragraphs.slice() })),
    marks: { ...model.marks },
    apostrophe: model.apostrophe,
  };
}
