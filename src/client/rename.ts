/**
 * Renaming a character renames it in `fanfic.json` too. The server computes that edit from the
 * text it last read, which may be stale: the file may be open with unsaved changes, or a word may
 * have been added since. So the client replaces the server's `fanfic.json` edit by one computed
 * from the current text (the open document's, unsaved changes included, else the file as it is
 * on disk now), changing only the name strings, never the whole file.
 *
 * The edit stays part of the rename's WorkspaceEdit rather than a locked write of its own: the
 * rename provider is also asked for a preview (`vscode.executeDocumentRenameProvider`, the
 * refactor preview), and a query must not write anything. VS Code applies the edit with the
 * chapters', in one undo step, when the writer accepts the rename.
 */

import * as vscode from 'vscode';
import { renameCharacterChanges } from '../core/config-edit';
import { LineIndex } from '../core/text';

const decoder = new TextDecoder();

/** `edit` with its fanfic.json part computed from the current text of `config`. */
export async function renameOnCurrentConfig(
  edit: vscode.WorkspaceEdit,
  document: vscode.TextDocument,
  position: vscode.Position,
  config: vscode.Uri | undefined,
): Promise<vscode.WorkspaceEdit> {
  if (!config) return edit;
  // The old name is the text the rename replaces at the position asked about.
  const own = edit.get(document.uri);
  const at = own.find((e) => e.range.contains(position)) ?? own[0];
  if (!at) return edit;
  const from = document.getText(at.range);
  const to = at.newText;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === config.toString());
  let text: string;
  if (open) text = open.getText();
  else {
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(config));
    } catch {
      return edit;
    }
  }
  const out = new vscode.WorkspaceEdit();
  for (const [uri, edits] of edit.entries()) if (uri.toString() !== config.toString()) out.set(uri, edits);
  const lines = new LineIndex(text);
  const toPosition = (offset: number) => {
    if (open) return open.positionAt(offset);
    const p = lines.position(offset);
    return new vscode.Position(p.line, p.character);
  };
  const changes = renameCharacterChanges(text, from, to);
  if (changes.length > 0)
    out.set(
      config,
      changes.map((c) => vscode.TextEdit.replace(new vscode.Range(toPosition(c.start), toPosition(c.end)), c.text)),
    );
  return out;
}
