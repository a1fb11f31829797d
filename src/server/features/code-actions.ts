/**
 * Quick fixes: each finding's suggestions as edits (the first preferred when the rule is
 * confident), "Fix all" of the same fix in the file, the finding's own action fixes (its
 * `commands`), and "Ignore in this story"; `source.fixAll.fanfic` applies every confident fix.
 * Nothing here knows a rule: what a finding offers, the finding says.
 */

import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, TextEdit } from 'vscode-languageserver';
import { Commands } from '../../common/protocol';
import { type AnalysisResult, CAPPED_RULE, CONFIG_RULE, type Finding, type FindingCommand, firstIndex, suggest } from '../../core';
import type { Workspace } from '../workspace';

const FIX_ALL = CodeActionKind.SourceFixAll.concat('.fanfic');

/** The code-action kinds the server offers. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL];

export function registerCodeActions(ws: Workspace): void {
  ws.connection.onCodeAction((params) => codeActions(ws, params));
}

async function codeActions(ws: Workspace, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const result = await ws.currentResult(uri);
  const state = ws.states.get(uri);
  if (!result || !state) return [];
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (only?.some((k) => CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll))) {
    const edits = confidentEdits(result);
    if (edits.length > 0) actions.push({ title: 'Fix all confident fanfic findings', kind: FIX_ALL, edit: { changes: { [uri]: edits } } });
    if (only.every((k) => k.startsWith(CodeActionKind.Source))) return actions;
  }
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'fanfic' || diagnostic.code === CONFIG_RULE || diagnostic.code === CAPPED_RULE) continue;
    const finding = findingOf(result, diagnostic);
    if (!finding) continue;
    const full = suggest(finding, state.analyzer.resolved.speller, result.model.apostrophe, result.names);
    actions.push(...fixes(result, full, diagnostic, uri));
    const text = result.model.text.slice(finding.range.start, finding.range.end);
    const commands: FindingCommand[] = [...(finding.commands ?? []), { title: `Ignore “${text}” in this story`, action: 'ignoreInStory', arguments: [text] }];
    for (const c of commands) {
      if (!ws.actions.has(c.action)) continue;
      actions.push({
        title: c.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: c.title, command: Commands[c.action], arguments: [...c.arguments, uri] },
      });
    }
  }
  return actions;
}

/** A finding's suggestions as edits, and "Fix all" of its best fix in the file. */
function fixes(result: AnalysisResult, finding: Finding, diagnostic: Diagnostic, uri: string): CodeAction[] {
  const text = result.model.text.slice(finding.range.start, finding.range.end);
  const range = result.model.lines.range(finding.range);
  const out: CodeAction[] = finding.suggestions.map((s, i) => ({
    title: s === '' ? `Remove “${text}”` : `Replace with “${s}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0 && Boolean(finding.confident),
    edit: { changes: { [uri]: [TextEdit.replace(range, s)] } },
  }));
  if (finding.suggestions.length > 0) {
    const fix = finding.suggestions[0];
    const all = sameFixes(result, finding.rule, text, fix);
    if (all.length > 1) {
      out.push({
        title: `Fix all “${text}” → “${fix}” in this file (${all.length})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: all } },
      });
    }
  }
  return out;
}

/**
 * The finding a diagnostic shows, looked up in the current analysis by rule and range. A
 * diagnostic carries no fix data: its fixes are made from the text as it is now, and a stale
 * diagnostic (its finding gone) gets none, so a fix can never land on text that moved.
 */
function findingOf(result: AnalysisResult, diagnostic: Diagnostic): Finding | undefined {
  const lines = result.model.lines;
  const start = lines.offset(diagnostic.range.start);
  const end = lines.offset(diagnostic.range.end);
  const findings = result.findings;
  for (let i = firstIndex(findings.length, (k) => findings[k].range.start >= start); i < findings.length && findings[i].range.start === start; i++) {
    if (findings[i].range.end === end && findings[i].rule === diagnostic.code) return findings[i];
  }
  return undefined;
}

/** Edits replacing every finding of `rule` on `text` whose best fix is `fix`. */
function sameFixes(result: AnalysisResult, rule: string, text: string, fix: string): TextEdit[] {
  const { lines, text: body } = result.model;
  return result.findings
    .filter((f) => f.rule === rule && body.slice(f.range.start, f.range.end) === text && (f.suggestions[0] ?? '') === fix)
    .map((f) => TextEdit.replace(lines.range(f.range), fix));
}

/** Edits for every confident finding, non-overlapping, in order. */
function confidentEdits(result: AnalysisResult): TextEdit[] {
  const edits: TextEdit[] = [];
  let last = -1;
  for (const f of result.findings) {
    if (!f.confident || f.suggestions.length === 0 || f.range.start < last) continue;
    edits.push(TextEdit.replace(result.model.lines.range(f.range), f.suggestions[0]));
    last = f.range.end;
  }
  return edits;
}
