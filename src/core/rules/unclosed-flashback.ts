/**
 * `unclosed-flashback`: a flashback opened and never closed. It ends at the next scene break, POV
 * header or chapter heading; the writer probably forgot "End flashback".
 */

import type { DocumentRule } from './types';

export const unclosedFlashback: DocumentRule = {
  id: 'unclosed-flashback',
  description: 'A flashback opened ("Flashback:") and never closed ("End flashback") before the scene or chapter ends.',
  defaultSeverity: 'hint',
  scope: 'document',
  check({ model }) {
    return model.flashbacks
      .filter((f) => !f.closed)
      .map((f) => ({
        start: f.begin.start,
        end: f.begin.end,
        message: `This flashback is never closed; it runs to the end of its scene. Add an "End flashback" where it ends.`,
      }));
  },
};
