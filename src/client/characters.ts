/**
 * The Characters view (Explorer): the story's characters with mention counts, expandable to
 * per-file counts, clicking through to mentions; and the character commands (add alias, add
 * character, create the character list from the names the story uses).
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { type CharacterInfo, CharactersRequest, type CharactersResult, Commands, MentionsRequest } from '../common/protocol';
import { addCharacter } from '../core/config-edit';
import { sendRequest } from './rpc';

type Node = { kind: 'character'; info: CharacterInfo } | { kind: 'file'; info: CharacterInfo; uri: string; count: number };

/** Finds the story's fanfic.json for a document. */
export type FindConfig = (document: vscode.Uri) => Promise<vscode.Uri | undefined>;

/** Edits the story's fanfic.json for a document (the caller's safe writer). */
export type EditStory = (documentUri: string, edit: (text: string) => string, done: string) => Promise<void>;

class CharactersProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private result: CharactersResult | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  refresh(): void {
    this.result = undefined;
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'fanfic') return [];
      try {
        this.result = await sendRequest(this.client, CharactersRequest, { uri: editor.document.uri.toString() });
      } catch {
        return [];
      }
      return this.result.characters.map((info) => ({ kind: 'character', info }));
    }
    if (node.kind === 'character') return node.info.files.map((f) => ({ kind: 'file', info: node.info, uri: f.uri, count: f.count }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'character') {
      const item = new vscode.TreeItem(
        node.info.name,
        node.info.files.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
      );
      item.description = `${node.info.count} mention${node.info.count === 1 ? '' : 's'}${node.info.roster ? '' : ' · not in the list'}`;
      const variants = node.info.variants.map((v) => `${v.name} (${v.count})`).join(', ');
      item.tooltip = new vscode.MarkdownString(
        [
          `**${node.info.name}**${node.info.pronouns ? ` (${node.info.pronouns})` : ''}`,
          node.info.description ?? '',
          node.info.aliases.length ? `Also: ${node.info.aliases.join(', ')}` : '',
          variants ? `Variants seen: ${variants}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
      item.iconPath = new vscode.ThemeIcon(node.info.roster ? 'person' : 'person-add');
      item.contextValue = node.info.roster ? 'fanfic.character' : 'fanfic.inferredCharacter';
      return item;
    }
    const uri = vscode.Uri.parse(node.uri);
    const item = new vscode.TreeItem(uri.path.split('/').pop() ?? node.uri, vscode.TreeItemCollapsibleState.None);
    item.description = `${node.count}`;
    item.resourceUri = uri;
    item.command = { title: 'Show mentions', command: 'fanfic.showMentions', arguments: [node.uri, node.info.name] };
    return item;
  }
}

/** Registers the Characters view and the character commands. */
export function registerCharacters(context: vscode.ExtensionContext, client: BaseLanguageClient, editStory: EditStory, findConfig: FindConfig): void {
  const provider = new CharactersProvider(client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('fanfic.characters', provider),
    vscode.commands.registerCommand('fanfic.refreshCharacters', () => provider.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => provider.refresh()),
    vscode.workspace.onDidSaveTextDocument((d) => d.languageId === 'fanfic' && provider.refresh()),
    vscode.commands.registerCommand('fanfic.showMentions', async (uri: string, name: string) => {
      const result = await sendRequest(client, MentionsRequest, { uri, name });
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(document);
      const ranges = result.ranges.map((r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
      if (ranges.length === 0) return;
      editor.selections = ranges.map((r) => new vscode.Selection(r.start, r.end));
      editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(Commands.addAlias, async (alias: string, name: string, documentUri?: string) => {
      const uri = documentUri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!alias || !name || !uri) return;
      await editStory(uri, (text) => addCharacter(text, { name, aliases: [alias] }), `"${alias}" is now an alias of ${name}`);
      provider.refresh();
    }),
    vscode.commands.registerCommand(Commands.addCharacter, async (name: string, documentUri?: string) => {
      const uri = documentUri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!name || !uri) return;
      await editStory(uri, (text) => addCharacter(text, { name }), `Added ${name} to the characters`);
      provider.refresh();
    }),
    vscode.commands.registerCommand('fanfic.createCharacterList', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'fanfic') {
        void vscode.window.showInformationMessage('Fanfic: open a chapter of the story first.');
        return;
      }
      const uri = editor.document.uri.toString();
      const result = await sendRequest(client, CharactersRequest, { uri });
      const inferred = result.characters.filter((c) => !c.roster);
      if (inferred.length === 0) {
        void vscode.window.showInformationMessage('Fanfic: every name this story uses is already in its character list.');
        return;
      }
      // Most frequent first; each with the variants seen, so the list starts out useful.
      await editStory(
        uri,
        (text) => inferred.reduce((t, c) => addCharacter(t, { name: c.name, ...(c.variants.length ? { variants: c.variants.map((v) => v.name) } : {}) }), text),
        `Added ${inferred.length} characters to fanfic.json`,
      );
      provider.refresh();
      const config = await findConfig(editor.document.uri);
      if (config) await vscode.window.showTextDocument(config);
    }),
  );
}
