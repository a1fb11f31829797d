/** "Convert Quotes to Curly / Straight": one edit of the whole document. */

import { TextEdit } from 'vscode-languageserver';
import { ConvertQuotesRequest } from '../../common/protocol';
import { convertQuotes } from '../../core/quotes';
import { onRequest } from '../rpc';
import type { Workspace } from '../workspace';

export function registerQuotes(ws: Workspace): void {
  onRequest(ws.connection, ConvertQuotesRequest, (params) => {
    const document = ws.documents.get(params.uri);
    if (!document) return [];
    const text = document.getText();
    const converted = convertQuotes(text, params.style);
    if (converted === text) return [];
    return [TextEdit.replace({ start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, converted)];
  });
}
