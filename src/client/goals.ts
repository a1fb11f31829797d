/**
 * Writing goals in the status bar: today's story words against `fanfic.goals.daily`, and the
 * story's words against its `fanfic.json` `goal`. Today's words are the story words added to the
 * checked documents (the server counts them, as the word count does), kept per workspace in
 * `workspaceState`, never in the story's files. A single insertion of many words is remembered
 * as a paste, which "Fanfic: Exclude Last Paste from Today's Words" takes back out.
 */

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReportRequest, WordCountRequest } from '../common/protocol';
import { parseStoryConfig, RULE_IDS } from '../core';
import { dayKey, excludeWords, goalStatus, type History, PASTE_WORDS, recordWords, wordsOn } from '../core/goals';
import { validateSettings } from '../core/settings';
import { countWords } from '../core/text';
import { sendRequest } from './rpc';

const HISTORY_KEY = 'fanfic.goals.history';

/** What the other features and the tests read of the goals. */
export interface Goals {
  /** The day history of this workspace. */
  history(): History;
  /** The status bar text as shown, or undefined when hidden. */
  text(): string | undefined;
  /** Recounts now (the tests' way to not wait for the debounce). */
  refresh(): Promise<void>;
}

/** Registers the goals' status bar item and the paste command; returns what others read of the goals. */
export function registerGoals(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  isChecked: (document: vscode.TextDocument) => boolean,
  findConfig: (document: vscode.Uri) => Promise<vscode.Uri | undefined>,
): Goals {
  const item = vscode.window.createStatusBarItem('fanfic.goals', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Fanfic Writing Goals';
  item.command = 'fanfic.storyDashboard';
  context.subscriptions.push(item);
  let visible = false;
  const counts = new Map<string, number>();
  let lastPaste: { uri: string; words: number; day: string } | undefined;
  let storyWords: number | undefined;
  let goal: { words: number; deadline?: string } | undefined;
  const history = () => context.workspaceState.get<History>(HISTORY_KEY) ?? {};

  const show = () => {
    // Validated like every setting: `"fanfic.goals.daily": "lots"` means no daily goal.
    const daily = validateSettings({ goals: vscode.workspace.getConfiguration('fanfic').get('goals') }).settings.goals.daily;
    const status = goalStatus({ day: dayKey(new Date()), today: wordsOn(history(), dayKey(new Date())), daily, storyWords, goal });
    if (!status) {
      item.hide();
      visible = false;
      return;
    }
    item.text = `$(target) ${status.text}`;
    item.tooltip = `${status.tooltip}\nClick for the Story Dashboard.`;
    item.show();
    visible = true;
  };

  /** Reads the story's goal and words for the active document. */
  const story = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isChecked(document)) return;
    ({ goal, storyWords } = await storyGoal(document, client, findConfig, storyWords));
  };

  const recount = async (document: vscode.TextDocument) => {
    const words = await wordsOf(client, document);
    if (words === undefined) return;
    const key = document.uri.toString();
    const before = counts.get(key);
    counts.set(key, words);
    if (before !== undefined && words !== before) await context.workspaceState.update(HISTORY_KEY, recordWords(history(), dayKey(new Date()), words - before));
    show();
  };

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument, ms = 400) => {
    const key = document.uri.toString();
    const t = timers.get(key);
    if (t) clearTimeout(t);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void recount(document);
      }, ms),
    );
  };

  for (const document of vscode.workspace.textDocuments) if (isChecked(document)) void recount(document);
  let storyTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleStory = () => {
    if (storyTimer) clearTimeout(storyTimer);
    storyTimer = setTimeout(() => void story().then(show), 1000);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => isChecked(document) && void recount(document)),
    vscode.workspace.onDidCloseTextDocument((document) => counts.delete(document.uri.toString())),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isChecked(e.document) || e.contentChanges.length === 0) return;
      // "Counted before the change": a document first seen here gets its baseline from this count.
      if (!counts.has(e.document.uri.toString())) return schedule(e.document, 0);
      for (const change of e.contentChanges) {
        const words = countWords(change.text);
        if (words >= PASTE_WORDS) lastPaste = { uri: e.document.uri.toString(), words, day: dayKey(new Date()) };
      }
      schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => isChecked(document) && scheduleStory()),
    vscode.window.onDidChangeActiveTextEditor(scheduleStory),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('fanfic.goals') && show()),
    vscode.commands.registerCommand('fanfic.excludeLastPaste', async () => {
      if (!lastPaste || lastPaste.day !== dayKey(new Date())) {
        void vscode.window.showInformationMessage(`Fanfic: no paste of ${PASTE_WORDS} words or more today to exclude.`);
        return;
      }
      const paste = lastPaste;
      lastPaste = undefined;
      // Let a pending recount land first, so the paste is in today's words before it is taken out.
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === paste.uri);
      if (document) await recount(document);
      await context.workspaceState.update(HISTORY_KEY, excludeWords(history(), paste.day, paste.words));
      show();
      vscode.window.setStatusBarMessage(`Excluded a paste of ${paste.words.toLocaleString('en-US')} words from today's words`, 3000);
    }),
    { dispose: () => [...timers.values(), storyTimer].forEach((t) => t && clearTimeout(t)) },
  );
  scheduleStory();
  show();
  return {
    history,
    text: () => (visible ? item.text.replace(/^\$\(target\) /, '') : undefined),
    refresh: async () => {
      for (const document of vscode.workspace.textDocuments) if (isChecked(document)) await recount(document);
      await story();
      show();
    },
  };
}

/** The story's goal from its fanfic.json, and its words (from the story report) when it has a goal. */
async function storyGoal(
  document: vscode.TextDocument,
  client: BaseLanguageClient,
  findConfig: (document: vscode.Uri) => Promise<vscode.Uri | undefined>,
  known: number | undefined,
): Promise<{ goal?: { words: number; deadline?: string }; storyWords?: number }> {
  let goal: { words: number; deadline?: string } | undefined;
  const config = await findConfig(document.uri);
  if (config) {
    try {
      goal = parseStoryConfig(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)), RULE_IDS).config.goal;
    } catch {
      goal = undefined;
    }
  }
  if (!goal) return { goal, storyWords: known };
  try {
    const report = await sendRequest(client, ReportRequest, { uri: document.uri.toString() });
    return { goal, storyWords: report.chapters.reduce((n, c) => n + c.words, 0) };
  } catch {
    return { goal, storyWords: undefined };
  }
}

/** A document's story words, from the server; undefined while it restarts. */
async function wordsOf(client: BaseLanguageClient, document: vscode.TextDocument): Promise<number | undefined> {
  try {
    return (await sendRequest(client, WordCountRequest, { uri: document.uri.toString(), selections: [] })).words;
  } catch {
    return undefined;
  }
}
