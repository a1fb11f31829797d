/**
 * The Story Dashboard (command "Fanfic: Story Dashboard", also in the Characters view's title): a
 * webview of the story report the server computes (`fanfic/report`) and the words written per day
 * (the goals' history). The page is bundled apart (src/client/webview/dashboard.ts, uPlot) and
 * runs under a strict content security policy: only its own script, with a nonce, and its own
 * stylesheet.
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReportRequest, type ReportResult } from '../common/protocol';
import { writtenDays } from '../core/goals';
import type { Goals } from './goals';
import { sendRequest } from './rpc';

/** What the integration tests read of the dashboard. */
export interface Dashboard {
  /** The charts the page drew last ("lengths", "heatmap", "dialogue", "days"), or undefined before. */
  rendered(): string[] | undefined;
  /** The chapters the page was sent last. */
  chapters(): string[] | undefined;
  /** Acts as a click on a chapter's bar. */
  open(index: number): Promise<void>;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/** Registers "Fanfic: Story Dashboard"; returns what the tests read of the dashboard. */
export function registerDashboard(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  goals: Goals,
  isChecked: (document: vscode.TextDocument) => boolean,
): Dashboard {
  let panel: vscode.WebviewPanel | undefined;
  let rendered: string[] | undefined;
  let report: ReportResult | undefined;
  let storyDocument: vscode.Uri | undefined;

  const storyDoc = (): vscode.Uri | undefined => {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isChecked(active)) return active.uri;
    return storyDocument ?? vscode.workspace.textDocuments.find(isChecked)?.uri;
  };

  const send = async () => {
    if (!panel) return;
    const uri = storyDoc();
    storyDocument = uri;
    try {
      report = uri ? await sendRequest(client, ReportRequest, { uri: uri.toString() }) : { version: 1, chapters: [], characters: [] };
    } catch {
      report = { version: 1, chapters: [], characters: [] };
    }
    await panel.webview.postMessage({ type: 'data', data: { chapters: report.chapters, characters: report.characters, days: writtenDays(goals.history()) } });
  };

  const openChapter = async (path: string) => {
    if (!report?.chapters.some((c) => c.path === path)) return;
    await vscode.window.showTextDocument(vscode.Uri.parse(path), { viewColumn: vscode.ViewColumn.One, preview: false });
  };

  const show = () => {
    if (panel) {
      panel.reveal();
      void send();
      return;
    }
    const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
    panel = vscode.window.createWebviewPanel('fanfic.storyDashboard', 'Story Dashboard', vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [root],
    });
    const n = nonce();
    const web = panel.webview;
    const script = web.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.js'));
    const style = web.asWebviewUri(vscode.Uri.joinPath(root, 'dashboard.css'));
    web.html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${web.cspSource} data:; style-src ${web.cspSource}; font-src ${web.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}"><title>Story Dashboard</title></head>
<body><h1>Story Dashboard</h1><div id="root"></div><script nonce="${n}" src="${script}"></script></body></html>`;
    web.onDidReceiveMessage((message: { type?: string; path?: string; charts?: string[] }) => {
      if (message?.type === 'ready') void send();
      else if (message?.type === 'rendered') rendered = Array.isArray(message.charts) ? message.charts : [];
      else if (message?.type === 'open' && typeof message.path === 'string') void openChapter(message.path);
    });
    panel.onDidDispose(() => {
      panel = undefined;
      rendered = undefined;
    });
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('fanfic.storyDashboard', show),
    vscode.workspace.onDidSaveTextDocument((document) => panel && isChecked(document) && void send()),
  );
  return {
    rendered: () => rendered,
    chapters: () => report?.chapters.map((c) => c.path),
    open: async (index) => {
      const c = report?.chapters[index];
      if (c) await openChapter(c.path);
    },
  };
}
