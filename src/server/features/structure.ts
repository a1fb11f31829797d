/**
 * The story's structure: document symbols (the Outline and breadcrumbs), folding ranges, the
 * scenes of a file for "Go to Scene…", and word counts for the status bar.
 */

import { type DocumentSymbol, type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { OutlineRequest, type SceneEntry, WordCountRequest } from '../../common/protocol';
import { buildModel, type OutlineNode, outlineOf, storyWordsIn } from '../../core';
import { SYMBOL } from '../convert';
import { onRequest } from '../rpc';
import { skipReason } from '../skip';
import type { Workspace } from '../workspace';

export function registerStructure(ws: Workspace): void {
  const { connection } = ws;

  connection.onDocumentSymbol(async (params) => {
    const model = await ws.currentModel(params.textDocument.uri);
    if (!model) return [];
    const toSymbol = (node: OutlineNode): DocumentSymbol => ({
      name: node.name || ' ',
      detail: node.detail,
      kind: SYMBOL[node.kind],
      range: model.lines.range(node.range),
      selectionRange: model.lines.range(node.selectionRange),
      children: node.children.map(toSymbol),
    });
    return outlineOf(model).map(toSymbol);
  });

  connection.onFoldingRanges(async (params) => {
    const model = await ws.currentModel(params.textDocument.uri);
    if (!model) return [];
    const ranges: FoldingRange[] = [];
    const add = (start: number, end: number, kind: string) => {
      const startLine = model.lines.lineAt(start);
      const endLine = model.lines.lineAt(Math.max(start, end - 1));
      if (endLine > startLine) ranges.push({ startLine, endLine, kind });
    };
    for (const c of model.chapters) add(c.start, c.end, FoldingRangeKind.Region);
    for (const s of model.scenes) add(s.start, s.end, FoldingRangeKind.Region);
    for (const f of model.flashbacks) add(f.start, f.end, FoldingRangeKind.Region);
    for (const b of model.blocks) if (b.kind === 'authors-note') add(b.start, b.end, FoldingRangeKind.Comment);
    return ranges;
  });

  onRequest(connection, WordCountRequest, async (params) => {
    const model = await ws.currentModel(params.uri);
    if (!model) return { words: 0, selectionWords: null };
    const words = storyWordsIn(model, { start: 0, end: model.text.length });
    const nonEmpty = params.selections.filter((s) => s.start.line !== s.end.line || s.start.character !== s.end.character);
    const selectionWords =
      nonEmpty.length === 0
        ? null
        : nonEmpty.reduce((n, s) => n + storyWordsIn(model, { start: model.lines.offset(s.start), end: model.lines.offset(s.end) }), 0);
    return { words, selectionWords };
  });

  onRequest(connection, OutlineRequest, async (params) => {
    if (skipReason(params.text)) return { scenes: [] };
    const model = (ws.documents.get(params.uri) && (await ws.currentModel(params.uri))) || buildModel(params.text);
    const scenes: SceneEntry[] = [];
    const walk = (nodes: OutlineNode[], chapter: string) => {
      for (const n of nodes) {
        if (n.kind === 'scene' || n.kind === 'flashback' || n.kind === 'chapter') {
          scenes.push({ kind: n.kind, name: n.name, detail: n.detail, chapter, line: model.lines.lineAt(n.selectionRange.start), words: n.words });
        }
        walk(n.children, n.kind === 'chapter' ? n.name : chapter);
      }
    };
    walk(outlineOf(model), '');
    return { scenes };
  });
}
