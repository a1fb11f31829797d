/**
 * The Story Problems view (Explorer): every finding of the story, grouped by chapter file, then
 * rule, with counts, from the server's analysis of all the story's files (not only the open
 * ones, and past the Problems panel's 1,000 a file). Clicking a finding opens its place; "Fix All
 * in Story" applies every confident fix after one confirmation.
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { StoryProblemsRequest, type StoryProblemsResult } from '../common/protocol';
import { sendRequest } from './rpc';

type Problem = StoryProblemsResult['files'][number]['problems'][number];
type Node =
  | { kind: 'file'; uri: string; problems: Problem[] }
  | { kind: 'rule'; uri: string; rule: string; problems: Problem[] }
  | { kind: 'problem'; uri: string; problem: Problem };

/** What the integration tests read of the view. */
export interface StoryProblems {
  /** Counts by file name and rule, as the tree shows them, after a refresh. */
  load(): Promise<Array<{ file: string; count: number; rules: Record<string, number> }>>;
  /** The confident fixes "Fix All in Story" would apply. */
  fixCount(): number;
}

const ICONS: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'lightbulb' };

function range(p: Problem): vscode.Range {
  return new vscode.Range(p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character);
}

class Provider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  result: StoryProblemsResult | undefined;
  private pending: Promise<StoryProblemsResult> | undefined;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly storyDocument: () => vscode.Uri | undefined,
  ) {}

  refresh(): void {
    this.result = undefined;
    this.pending = undefined;
    this.changed.fire();
  }

  async load(): Promise<StoryProblemsResult> {
    if (this.result) return this.result;
    const uri = this.storyDocument();
    if (!uri) return { files: [] };
    this.pending ??= sendRequest(this.client, StoryProblemsRequest, { uri: uri.toString() }).catch(() => ({ files: [] }));
    this.result = await this.pending;
    return this.result;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.load()).files.filter((f) => f.problems.length > 0).map((f) => ({ kind: 'file', uri: f.uri, problems: f.problems }));
    if (node.kind === 'file') {
      const byRule = new Map<string, Problem[]>();
      for (const p of node.problems) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
      return [...byRule]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([rule, problems]) => ({ kind: 'rule', uri: node.uri, rule, problems }));
    }
    if (node.kind === 'rule') return node.problems.map((problem) => ({ kind: 'problem', uri: node.uri, problem }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'file') {
      const uri = vscode.Uri.parse(node.uri);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.problems.length.toLocaleString('en-US')}`;
      item.contextValue = 'file';
      return item;
    }
    if (node.kind === 'rule') {
      const item = new vscode.TreeItem(node.rule, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.problems.length.toLocaleString('en-US')}`;
      item.iconPath = new vscode.ThemeIcon(ICONS[node.problems[0].severity] ?? 'info');
      return item;
    }
    const p = node.problem;
    const item = new vscode.TreeItem(p.message, vscode.TreeItemCollapsibleState.None);
    item.description = `${p.range.start.line + 1}:${p.range.start.character + 1}${p.fix !== undefined ? ` → ${p.fix === '' ? '(remove)' : p.fix}` : ''}`;
    item.tooltip = p.message;
    item.iconPath = new vscode.ThemeIcon(ICONS[p.severity] ?? 'info');
    item.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri), { selection: range(p), preview: true }] };
    return item;
  }
}

/** Registers the Story Problems view and its commands; returns what the tests read of it. */
export function registerStoryProblems(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  isChecked: (document: vscode.TextDocument) => boolean,
): StoryProblems {
  let last: vscode.Uri | undefined;
  const storyDocument = () => {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isChecked(active)) last = active.uri;
    return last ?? vscode.workspace.textDocuments.find(isChecked)?.uri;
  };
  const provider = new Provider(client, storyDocument);
  const view = vscode.window.createTreeView('fanfic.storyProblems', { treeDataProvider: provider, showCollapseAll: true });

  const fixes = (result: StoryProblemsResult) => {
    const edit = new vscode.WorkspaceEdit();
    let count = 0;
    let files = 0;
    for (const f of result.files) {
      // Non-overlapping, in order: the first of two overlapping fixes wins.
      let lastEnd: vscode.Position | undefined;
      let any = false;
      for (const p of f.problems) {
        if (p.fix === undefined) continue;
        const r = range(p);
        if (lastEnd && r.start.isBefore(lastEnd)) continue;
        edit.replace(vscode.Uri.parse(f.uri), r, p.fix);
        lastEnd = r.end;
        count++;
        any = true;
      }
      if (any) files++;
    }
    return { edit, count, files };
  };

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('fanfic.refreshStoryProblems', () => provider.refresh()),
    vscode.commands.registerCommand('fanfic.fixAllInStory', async (confirmed?: boolean) => {
      provider.refresh();
      const { edit, count, files } = fixes(await provider.load());
      if (count === 0) {
        void vscode.window.showInformationMessage('Fanfic: no confident fixes in this story.');
        return;
      }
      const go =
        confirmed === true ||
        (await vscode.window.showWarningMessage(
          `Apply ${count.toLocaleString('en-US')} confident fix${count === 1 ? '' : 'es'} in ${files} file${files === 1 ? '' : 's'} of this story?`,
          { modal: true },
          'Fix All',
        )) === 'Fix All';
      if (!go) return;
      await vscode.workspace.applyEdit(edit);
      provider.refresh();
    }),
    // Another story's chapter in front: the view follows it.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const uri = editor?.document.uri.toString();
      if (!editor || !isChecked(editor.document) || !provider.result || provider.result.files.some((f) => f.uri === uri)) return;
      provider.refresh();
    }),
    // Saved files change the story's findings; refresh the view (debounced) while it is visible.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (!view.visible || !isChecked(document)) return;
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => provider.refresh(), 1000);
    }),
    { dispose: () => refreshTimer && clearTimeout(refreshTimer) },
  );
  return {
    load: async () => {
      provider.refresh();
      const result = await provider.load();
      return result.files
        .filter((f) => f.problems.length > 0)
        .map((f) => {
          const rules: Record<string, number> = {};
          for (const p of f.problems) rules[p.rule] = (rules[p.rule] ?? 0) + 1;
          return { file: decodeURIComponent(f.uri.split('/').pop() ?? f.uri), count: f.problems.length, rules };
        });
    },
    fixCount: () => (provider.result ? fixes(provider.result).count : 0),
  };
}
