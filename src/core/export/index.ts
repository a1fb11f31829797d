/**
 * `fanfic export`: one chapter for an archive. AO3 (work text, notes and summary in their fields,
 * limits checked), FanFiction.net, or Markdown. Pure: text and work metadata in, strings out.
 */

import { buildModel, type DocumentModel } from '../model/document';
import { type Ao3Chapter, toAo3, type WorkFields } from './ao3';
import { chapterParts } from './chapter';
import { toFfn } from './ffn';
import { archiveLength } from './limits';
import { toMarkdown } from './markdown';

export { ARCHIVE_ATTRIBUTES, ARCHIVE_ELEMENTS, disallowedMarkup, isAllowedAttribute } from './allowlist';
export { unlabelledNote, type Ao3Chapter, type WorkFields } from './ao3';
export { chapterParts, chapterTitleOf, endNoteStart, isNoteTalk, type ChapterParts, type Piece } from './chapter';
export { AO3_LIMITS, archiveLength, type ExportProblem } from './limits';
export { archiveWordCount } from './words';

/** The sites a chapter can be exported for. */
export type ExportTarget = 'ao3' | 'ffn' | 'markdown';
/** Every target, as `--to` takes them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = ['ao3', 'ffn', 'markdown'];

/** What `fanfic export --format json` prints (for every target; `ffn` and `markdown` fill what they have). */
export interface ExportResult extends Ao3Chapter {
  to: ExportTarget;
}

/** Exports the chapter of `text` (or of its model) for `to`. */
export function exportChapter(source: string | DocumentModel, to: ExportTarget, work: WorkFields = {}): ExportResult {
  const model = typeof source === 'string' ? buildModel(source) : source;
  const parts = chapterParts(model);
  const ao3 = toAo3(parts, work);
  if (to === 'ao3') return { to, ...ao3 };
  if (to === 'ffn') {
    const ffn = toFfn(parts, work.summary);
    // FanFiction.net has no notes fields: they are in the text.
    return { to, ...ao3, summary: ffn.summary, notes: { beginning: '', end: '' }, html: ffn.html, characters: archiveLength(ffn.html), problems: [] };
  }
  const markdown = toMarkdown(parts, work.summary);
  return {
    to,
    ...ao3,
    summary: work.summary ?? parts.summary,
    notes: { beginning: '', end: '' },
    html: markdown,
    characters: archiveLength(markdown),
    problems: [],
  };
}
