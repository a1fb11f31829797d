/** Word counts as a writer's archive would count them. */

import { buildModel, type DocumentModel } from './model/document';
import type { Stats } from './types';

/** Statistics of a document model. */
export function statsOf(model: DocumentModel): Stats {
  let words = 0;
  let dialogueWords = 0;
  let authorsNoteWords = 0;
  let paragraphs = 0;
  for (const p of model.paragraphs) {
    if (p.kind === 'prose') {
      paragraphs++;
      words += p.analysis.words;
      dialogueWords += p.analysis.dialogueWords;
      authorsNoteWords += p.analysis.noteWords;
    } else {
      authorsNoteWords += p.analysis.words + p.analysis.noteWords;
    }
  }
  return {
    words,
    dialogueWords,
    dialogueShare: words === 0 ? 0 : dialogueWords / words,
    chapters: model.chapters.length,
    scenes: model.scenes.length,
    flashbacks: model.flashbacks.length,
    authorsNoteWords,
    paragraphs,
  };
}

/** Statistics of `text`. */
export function stats(text: string): Stats {
  return statsOf(buildModel(text));
}
