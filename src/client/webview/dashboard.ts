/**
 * The Story Dashboard's page, bundled on its own for the webview (no Node, no vscode module):
 * chapter lengths as bars (click one to open the chapter), each character's presence per chapter
 * as a heat map, each character's share of the dialogue, and the words written per day. Drawn
 * with uPlot, colored from VS Code's theme variables.
 */

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './dashboard.css';

interface Chapter {
  path: string;
  title: string;
  words: number;
  dialogueShare: number;
  characters: Record<string, { mentions: number; spokenWords: number }>;
}
interface Data {
  chapters: Chapter[];
  characters: Array<{ name: string; mentions: number; spokenWords: number; chapters: string[] }>;
  days: Array<{ day: string; words: number }>;
}

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();

function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function section(title: string): HTMLElement {
  const s = el('section');
  s.append(el('h2', undefined, title));
  document.getElementById('root')!.append(s);
  return s;
}

/** A bar chart of labelled values; `onClick` gets the bar's index. */
function bars(parent: HTMLElement, labels: string[], values: number[], color: string, onClick?: (i: number) => void): uPlot {
  const fg = themeColor('--vscode-foreground', '#ccc');
  const grid = themeColor('--vscode-editorWidget-border', '#444');
  const width = Math.max(320, Math.min(parent.clientWidth || 800, 1200));
  const plot = new uPlot(
    {
      width,
      height: 220,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        {
          stroke: fg,
          grid: { show: false },
          ticks: { stroke: grid },
          splits: () => labels.map((_, i) => i),
          values: (_u, splits) => splits.map((i) => labels[i]?.slice(0, 14) ?? ''),
        },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 60 },
      ],
      series: [{}, { stroke: color, fill: color, paths: uPlot.paths.bars!({ size: [0.7, 80] }), points: { show: false } }],
    },
    [labels.map((_, i) => i), values],
    parent,
  );
  if (onClick) {
    plot.over.style.cursor = 'pointer';
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      if (i !== null && i !== undefined) onClick(i);
    });
  }
  return plot;
}

const open = (path: string) => vscode.postMessage({ type: 'open', path });

function render(data: Data): void {
  const root = document.getElementById('root')!;
  root.textContent = '';
  const blue = themeColor('--vscode-charts-blue', '#3794ff');
  const green = themeColor('--vscode-charts-green', '#89d185');
  const purple = themeColor('--vscode-charts-purple', '#b180d7');
  const drawn: string[] = [];

  if (data.chapters.length === 0) {
    root.append(el('p', 'empty', 'No story files found for this document.'));
    vscode.postMessage({ type: 'rendered', charts: [] });
    return;
  }
  const lengths = section('Chapter lengths (words) · click a bar to open the chapter');
  bars(
    lengths,
    data.chapters.map((c) => c.title),
    data.chapters.map((c) => c.words),
    blue,
    (i) => open(data.chapters[i].path),
  );
  drawn.push('lengths');

  const people = data.characters.slice(0, 15);
  const heat = section('Who appears where (mentions per chapter)');
  const table = el('table', 'heat');
  const head = el('tr');
  head.append(el('th'));
  data.chapters.forEach((c, i) => {
    const th = el('th', 'chapter', String(i + 1));
    th.title = c.title;
    th.addEventListener('click', () => open(c.path));
    head.append(th);
  });
  table.append(head);
  const max = Math.max(1, ...people.flatMap((p) => data.chapters.map((c) => c.characters[p.name]?.mentions ?? 0)));
  for (const p of people) {
    const tr = el('tr');
    tr.append(el('th', 'name', p.name));
    for (const c of data.chapters) {
      const n = c.characters[p.name]?.mentions ?? 0;
      const td = el('td', n === 0 ? 'cell none' : 'cell', n === 0 ? '' : String(n));
      const swatch = el('span', 'swatch');
      swatch.style.opacity = String(n === 0 ? 0 : 0.15 + 0.85 * (n / max));
      td.prepend(swatch);
      td.title = `${p.name} in ${c.title}: ${n} mention${n === 1 ? '' : 's'}`;
      td.addEventListener('click', () => open(c.path));
      tr.append(td);
    }
    table.append(tr);
  }
  heat.append(table);
  drawn.push('heatmap');

  const speakers = data.characters
    .filter((c) => c.spokenWords > 0)
    .sort((a, b) => b.spokenWords - a.spokenWords)
    .slice(0, 15);
  const spoken = speakers.reduce((n, c) => n + c.spokenWords, 0);
  const share = section('Dialogue share per character (% of attributed dialogue words)');
  if (spoken > 0) {
    bars(
      share,
      speakers.map((c) => c.name),
      speakers.map((c) => Math.round((c.spokenWords / spoken) * 1000) / 10),
      purple,
    );
    drawn.push('dialogue');
  } else share.append(el('p', 'empty', 'No quotation has a known speaker yet.'));

  const days = data.days.slice(-30);
  const written = section('Words written per day');
  if (days.length > 0) {
    bars(
      written,
      days.map((d) => d.day.slice(5)),
      days.map((d) => d.words),
      green,
    );
    drawn.push('days');
  } else written.append(el('p', 'empty', 'No writing recorded in this workspace yet.'));
  vscode.postMessage({ type: 'rendered', charts: drawn });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type: string; data?: Data };
  if (message?.type === 'data' && message.data) render(message.data);
});
vscode.postMessage({ type: 'ready' });
