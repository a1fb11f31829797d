/**
 * Posting to AO3 from the editor: "Fanfic: Preview for AO3" shows the chapter beside it as the
 * archive will (its fonts, paragraph spacing and rules), updated as the writer types; "Fanfic: Copy
 * AO3 HTML" puts the work text on the clipboard and offers the notes and summary as separate
 * copies; a status-bar item warns when the chapter breaks one of the archive's limits; and the
 * fanfic.json findings that carry a fix (a relationship name that is not in the roster, a rating
 * AO3 does not know) get their quick fix.
 *
 * The export is the pure core's (`src/core/export`), called here directly: no server round trip,
 * and the same code in the desktop and the web extension (vscode.dev).
 */

import * as vscode from 'vscode';
import { CONFIG_RULE, parseStoryConfig } from '../core/config';
import { exportChapter, type ExportResult, type WorkFields } from '../core/export';
import type { WorkConfig } from '../core/work';

/** Finds the story's fanfic.json for a document. */
export type FindConfig = (document: vscode.Uri) => Promise<vscode.Uri | undefined>;

/** What the integration tests read back. */
export interface ExportApi {
  /** The HTML the open preview shows, or undefined when no preview is open. */
  previewHtml(): string | undefined;
  /** The status-bar warning as shown, or undefined when hidden. */
  limitWarning(): string | undefined;
}

const decoder = new TextDecoder();
const PREVIEW_DELAY = 300;
const STATUS_DELAY = 750;

/** The languages a chapter may be written in (as the status-bar word count reads them). */
function isChapter(document: vscode.TextDocument): boolean {
  const languages = vscode.workspace.getConfiguration('fanfic').get<string[]>('languages', ['fanfic']);
  return (
    document.languageId === 'fanfic' || (languages.includes(document.languageId) && (document.languageId === 'plaintext' || document.languageId === 'markdown'))
  );
}

/** The `work` of the story's fanfic.json, or nothing. */
async function workFor(document: vscode.Uri, findConfig: FindConfig): Promise<WorkConfig | undefined> {
  try {
    const uri = await findConfig(document);
    if (!uri) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
    return parseStoryConfig(text, []).config.work;
  } catch {
    return undefined;
  }
}

function fields(work: WorkConfig | undefined): WorkFields {
  return work ? { title: work.title, summary: work.summary } : {};
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The preview page: AO3's work page in miniature. The look is ours, written from the archive's
 * stylesheets (otwcode/otwarchive public/stylesheets/site/2.0: `01-core.css` sets the body in
 * Lucida Grande/Verdana at line-height 1.125 in #2a2a2a and headings in Georgia; `21-userstuff.css`
 * sets the work text's line-height 1.5, paragraphs 1.286em apart, `#workskin` at 1.08em, and
 * `<hr />` a third of the width, centered, 1px solid).
 */
export function previewPage(result: ExportResult, work: WorkConfig | undefined, nonce: string, title: string, chapter = 0): string {
  const chapterLine = [chapter > 0 ? `Chapter ${chapter}` : '', result.chapterTitle].filter(Boolean).join(': ');
  const section = (heading: string, html: string) =>
    html ? `<div class="notes module"><h3 class="heading">${heading}</h3><blockquote class="userstuff">${html}</blockquote></div>` : '';
  const problems = result.problems.length
    ? `<div class="problems"><strong>AO3 would refuse this chapter:</strong><ul>${result.problems.map((p) => `<li>${escape(p.field)}: ${escape(p.message)}</li>`).join('')}</ul></div>`
    : '';
  const tags = work
    ? [
        ['Rating', work.rating ? [work.rating] : []],
        ['Archive Warnings', work.warnings],
        ['Categories', work.categories],
        ['Fandoms', work.fandoms],
        ['Relationships', work.relationships],
        ['Characters', work.characters],
        ['Additional Tags', work.additionalTags],
      ]
        .filter(([, v]) => (v as string[]).length > 0)
        .map(([k, v]) => `<dt>${k}:</dt><dd>${(v as string[]).map((t) => `<a>${escape(t)}</a>`).join(', ')}</dd>`)
        .join('')
    : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<title>AO3 preview</title>
<style nonce="${nonce}">
body { background: #fff; color: #2a2a2a; font: 100%/1.125 'Lucida Grande', 'Lucida Sans Unicode', Verdana, Helvetica, sans-serif, 'GNU Unifont'; margin: 0; padding: 1em 3em; }
.heading, h2.title, h3 { font-family: Georgia, serif; font-weight: normal; }
h2.title { font-size: 1.286em; text-align: center; margin: 0.5em 0; }
h3.title { text-align: center; font-size: 1.143em; margin: 1em 0 0.5em; }
a { color: #900; text-decoration: none; }
dl.tags { border: 1px solid #ddd; padding: 0.643em; font-size: 0.875em; overflow: hidden; }
dl.tags dt { float: left; clear: left; width: 34%; text-align: right; margin-right: 0.5em; }
dl.tags dd { margin: 0 0 0.25em 36%; }
.userstuff { word-wrap: break-word; line-height: 1.5; }
.userstuff p { margin: 1.286em auto; padding: 0; }
.userstuff hr { width: 33%; margin: 0.875em auto 1.2525em auto; border: 1px solid; }
.userstuff h2 { color: #333; margin: 1.5em 0; }
#workskin { font-size: 1.08em; margin: auto; padding: 0 0.25em; max-width: 72em; }
.notes { margin: 1em 0; }
.notes blockquote { margin: 0.643em 1.5em; padding: 0 0.75em; border-left: 2px solid #999; border-radius: 0; background: transparent; color: inherit; }
html, body { background: #fff; color: #2a2a2a; }
.problems { border: 1px solid #900; background: #fee; color: #900; padding: 0.5em 1em; margin-bottom: 1em; }
.stats { text-align: right; font-size: 0.875em; color: #666; }
</style></head>
<body>
${problems}
${tags ? `<dl class="tags">${tags}</dl>` : ''}
${title ? `<h2 class="title heading">${escape(title)}</h2>` : ''}
<p class="stats">Words: ${result.words.toLocaleString('en-US')} · Characters: ${result.characters.toLocaleString('en-US')}</p>
${section('Summary:', result.summary)}
${work?.notes && chapter <= 1 ? section('Notes:', `<p>${escape(work.notes)}</p>`) : ''}
${chapterLine ? `<h3 class="title">${escape(chapterLine)}</h3>` : ''}
${section('Notes:', result.notes.beginning)}
<div id="workskin"><div class="userstuff" role="article">
${result.html}
</div></div>
${section('Notes:', result.notes.end)}
</body></html>`;
}

function nonce(): string {
  let s = '';
  for (let i = 0; i < 24; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return s;
}

/** Registers the AO3 commands, the preview, the limit warning and the fanfic.json quick fixes. */
export function registerExport(context: vscode.ExtensionContext, findConfig: FindConfig): ExportApi {
  let panel: vscode.WebviewPanel | undefined;
  let previewed: vscode.Uri | undefined;
  let lastHtml: string | undefined;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;

  // The preview and the status bar ask for the same export after a keystroke: one a version.
  let cached: { uri: string; version: number; work: string; result: ExportResult } | undefined;
  const exportOf = async (document: vscode.TextDocument) => {
    const work = await workFor(document.uri, findConfig);
    const key = JSON.stringify(fields(work));
    if (cached && cached.uri === document.uri.toString() && cached.version === document.version && cached.work === key) return { work, result: cached.result };
    const result = exportChapter(document.getText(), 'ao3', fields(work));
    cached = { uri: document.uri.toString(), version: document.version, work: key, result };
    return { work, result };
  };

  const renderPreview = async () => {
    if (!panel || !previewed) return;
    const uri = previewed;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) return;
    const { work, result } = await exportOf(document);
    if (!panel) return;
    lastHtml = result.html;
    const name = uri.path.split('/').pop() ?? '';
    panel.title = `AO3: ${name}`;
    // AO3 numbers the chapters: "Chapter 2: The Letter", the number from the work's chapter order.
    const config = await findConfig(uri);
    const relative = config ? uri.path.slice(config.path.length - 'fanfic.json'.length) : name;
    const number = (work?.chapters ?? []).findIndex((c) => c.replace(/^\.\//, '') === relative) + 1;
    panel.webview.html = previewPage(result, work, nonce(), result.title, number);
  };

  const preview = async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Fanfic: open a chapter to preview it for AO3.');
      return;
    }
    previewed = document.uri;
    if (!panel) {
      panel = vscode.window.createWebviewPanel(
        'fanfic.ao3Preview',
        'AO3 preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true },
      );
      panel.onDidDispose(() => {
        panel = undefined;
        previewed = undefined;
        lastHtml = undefined;
      });
    } else panel.reveal(vscode.ViewColumn.Beside, true);
    await renderPreview();
  };

  const copy = async (part?: 'html' | 'beginning' | 'end' | 'summary') => {
    const document =
      vscode.window.activeTextEditor?.document ?? (previewed && vscode.workspace.textDocuments.find((d) => d.uri.toString() === previewed?.toString()));
    if (!document) {
      void vscode.window.showInformationMessage('Fanfic: open a chapter to copy it for AO3.');
      return;
    }
    const { result } = await exportOf(document);
    const pieces = { html: result.html, beginning: result.notes.beginning, end: result.notes.end, summary: result.summary };
    await vscode.env.clipboard.writeText(pieces[part ?? 'html']);
    if (part) return;
    vscode.window.setStatusBarMessage(`AO3 work text copied (${result.words.toLocaleString('en-US')} words)`, 4000);
    // The notes go into their own boxes of AO3's form: offer them one at a time, without holding
    // the command (the work text is on the clipboard already).
    const items = [
      { label: 'Beginning notes', key: 'beginning' as const },
      { label: 'End notes', key: 'end' as const },
      { label: 'Summary', key: 'summary' as const },
    ].filter((i) => pieces[i.key]);
    if (items.length === 0) return;
    void vscode.window
      .showQuickPick(
        items.map((i) => ({ ...i, description: `${pieces[i.key].length.toLocaleString('en-US')} characters` })),
        { placeHolder: 'The work text is on the clipboard. Copy a note or the summary next?' },
      )
      .then((chosen) => chosen && vscode.env.clipboard.writeText(pieces[chosen.key]));
  };

  // The limit warning in the status bar.
  const { status, scheduleStatus, statusText, disposeStatus } = limitStatus(exportOf);

  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('fanfic.previewAo3', (uri?: vscode.Uri) => preview(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('fanfic.copyAo3Html', (part?: 'html' | 'beginning' | 'end' | 'summary') =>
      copy(typeof part === 'string' ? part : undefined),
    ),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && previewed && (e.document.uri.toString() === previewed.toString() || e.document.uri.path.endsWith('/fanfic.json'))) {
        if (previewTimer) clearTimeout(previewTimer);
        previewTimer = setTimeout(() => void renderPreview(), PREVIEW_DELAY);
      }
      if (e.document === vscode.window.activeTextEditor?.document) scheduleStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(scheduleStatus),
    vscode.languages.registerCodeActionsProvider(
      { pattern: '**/fanfic.json' },
      { provideCodeActions: configFixes },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    { dispose: () => (previewTimer && clearTimeout(previewTimer), disposeStatus()) },
    { dispose: () => panel?.dispose() },
  );
  scheduleStatus();
  return { previewHtml: () => (panel ? lastHtml : undefined), limitWarning: statusText };
}

/**
 * Quick fixes for the fanfic.json findings that carry one: the file is read again here (the core is
 * pure and fast on a settings file), and a finding whose range matches the diagnostic's gives its fix.
 */
function configFixes(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const fixes = context.diagnostics.filter((d) => d.source === 'fanfic' && d.code === CONFIG_RULE);
  if (fixes.length === 0) return [];
  const problems = parseStoryConfig(document.getText(), []).problems.filter((p) => p.suggestions.length > 0);
  const actions: vscode.CodeAction[] = [];
  for (const diagnostic of fixes) {
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const problem = problems.find((p) => p.range.start === start && p.range.end === end);
    if (!problem) continue;
    problem.suggestions.forEach((s, i) => {
      const action = new vscode.CodeAction(`Replace with ${s.startsWith('"') ? s : `“${s}”`}`, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = i === 0;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, diagnostic.range, s);
      actions.push(action);
    });
  }
  return actions;
}

/** The status-bar warning while the active chapter breaks an AO3 limit, updated a moment after typing. */
function limitStatus(exportOf: (document: vscode.TextDocument) => Promise<{ result: ExportResult }>) {
  const status = vscode.window.createStatusBarItem('fanfic.ao3Limits', vscode.StatusBarAlignment.Right, 99);
  status.name = 'Fanfic AO3 Limits';
  status.command = 'fanfic.previewAo3';
  status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  let statusVisible = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const updateStatus = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isChapter(document)) {
      status.hide();
      statusVisible = false;
      return;
    }
    const { result } = await exportOf(document);
    if (result.problems.length === 0) {
      status.hide();
      statusVisible = false;
      return;
    }
    status.text = `$(warning) AO3: ${result.problems.length === 1 ? '1 limit' : `${result.problems.length} limits`}`;
    status.tooltip = result.problems.map((p) => `${p.field}: ${p.message}`).join('\n');
    status.show();
    statusVisible = true;
  };
  const scheduleStatus = () => {
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = setTimeout(() => void updateStatus(), STATUS_DELAY);
  };

  return {
    status,
    scheduleStatus,
    statusText: () => (statusVisible ? status.text : undefined),
    disposeStatus: () => statusTimer && clearTimeout(statusTimer),
  };
}
