/** "Fanfic: Go to Scene…": a quick pick of every chapter, scene and flashback in the workspace's story files. */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { OutlineRequest } from '../common/protocol';
import { findStoryFiles, readText } from './files';
import { sendRequest } from './rpc';

interface SceneItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
  line: number;
}

const ICON: Record<string, string> = { chapter: '$(book)', scene: '$(symbol-class)', flashback: '$(history)' };

export function registerGoToScene(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('fanfic.goToScene', async () => {
      const pick = vscode.window.createQuickPick<SceneItem>();
      pick.placeholder = 'Go to a chapter, scene or flashback';
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      pick.busy = true;
      pick.show();
      const items: SceneItem[] = [];
      const folders = vscode.workspace.workspaceFolders ?? [];
      const files = (await Promise.all(folders.map((f) => findStoryFiles(f.uri, true)))).flat();
      // Files not in a workspace folder but open in the editor count too.
      for (const d of vscode.workspace.textDocuments) {
        if (d.languageId === 'fanfic' && !files.some((f) => f.toString() === d.uri.toString())) files.push(d.uri);
      }
      for (const uri of files) {
        const text = await readText(uri);
        if (text === undefined) continue;
        const result = await sendRequest(client, OutlineRequest, { uri: uri.toString(), text });
        const file = vscode.workspace.asRelativePath(uri);
        for (const s of result.scenes) {
          items.push({
            label: `${s.kind === 'chapter' ? '' : s.kind === 'flashback' ? '\u2003\u2003' : '\u2003'}${ICON[s.kind] ?? ''} ${s.name}`,
            description: `${s.detail}`,
            detail: `${file}:${s.line + 1}${s.chapter && s.kind !== 'chapter' ? ` · ${s.chapter}` : ''} · ${s.words.toLocaleString('en-US')} words`,
            uri,
            line: s.line,
          });
        }
        pick.items = items;
      }
      pick.busy = false;
      if (items.length === 0) pick.placeholder = 'No chapters or scenes found in this workspace';
      pick.onDidAccept(async () => {
        const chosen = pick.selectedItems[0];
        pick.hide();
        if (!chosen) return;
        const editor = await vscode.window.showTextDocument(chosen.uri);
        const position = new vscode.Position(chosen.line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      });
      pick.onDidHide(() => pick.dispose());
    }),
  );
}
