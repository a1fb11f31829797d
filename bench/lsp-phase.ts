/**
 * The language server over stdio, as the benchmark measures it (`bench/bench.ts` runs this phase
 * between two steadiness figures): open the 100k file, type one-character edits at it, and check
 * that its diagnostics stay in sync with the core's; then semantic tokens, memory and its logs.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer, buildModel, type Finding, LineIndex, statsOf } from '../src/core';
import { byRule, compareKeys, diagnosticKeys, findingKeys, freshSpeller } from './compare';
import { prng, type StoryFile } from './corpus';
import { LspClient, procCpuMs, type Publish } from './lsp-client';
import { EDITS, SERVER_NODE_ARGS } from './options';
import { BENCH_DIR, ROOT, SERVER } from './paths';
import { details, figure, findings, log, percentile, round } from './report';

/** An edit whose diagnostics take longer than this is counted lost. */
const EDIT_TIMEOUT_MS = 10_000;

/** The settings the fake client answers to `workspace/configuration`: the extension's defaults. */
const SETTINGS = { languages: ['fanfic'], locale: 'en-US', words: [], rules: {}, maxFindings: 5000 };

type Memory = ReturnType<LspClient['memory']>;

/** What the one-character edits left: the text and version last sent, and what was measured. */
interface EditRun {
  text: string;
  version: number;
  latencies: number[];
  payloads: number[];
  mismatched: string[];
  timeouts: number;
  memoryTrend: Array<{ edits: number; rssMb: number; peakMb: number }>;
  last: Publish;
  serverCpuStart: number | undefined;
  serverCpuEnd: number | undefined;
  editsWall: number;
  peak: Memory;
}

/** The server's phase: `coldFindings` are the core's findings for the file, which its first diagnostics must be. */
export async function lspPhase(single: StoryFile, path: string, coldFindings: readonly Finding[]): Promise<void> {
  if (!existsSync(SERVER)) throw new Error('dist/server/server.js is missing');
  const client = LspClient.start({
    server: SERVER,
    cwd: ROOT,
    settings: SETTINGS,
    timeoutMs: 30_000,
    env: { FANFIC_TIMINGS: '1' },
    nodeArgs: SERVER_NODE_ARGS,
  });
  details.serverNodeArgs = SERVER_NODE_ARGS;
  try {
    const uri = pathToFileURL(path).href;
    const root = pathToFileURL(join(BENCH_DIR, 'corpus')).href;
    await client.initialize(root);
    // Let the server read its settings before the document arrives, as VS Code's client does.
    await new Promise((r) => setTimeout(r, 200));

    const { first, afterOpen } = await openDocument(client, uri, single.text, coldFindings);
    const run = await typeEdits(client, uri, single.text, first);
    editFigures(client, run);
    const sync = await checkSync(client, uri, run);
    await semanticTokens(client, uri, run.text, run.version);
    report(client, uri, run, sync, afterOpen);
  } finally {
    await client.stop();
  }
}

/** didOpen → the first diagnostics, then the server left to settle; they must be the core's findings. */
async function openDocument(client: LspClient, uri: string, text: string, coldFindings: readonly Finding[]): Promise<{ first: Publish; afterOpen: Memory }> {
  const version = 1;
  const opened = client.waitForDiagnostics(uri, version, 60_000);
  const openCpu = procCpuMs(client.pid);
  const t0 = performance.now();
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'fanfic', version, text } });
  const first = await opened;
  figure({
    id: 'lsp.open',
    label: 'server: didOpen → first diagnostics (cold, dict incl.)',
    value: round(first.at - t0),
    unit: 'ms',
    budget: null,
    note: `${first.diagnostics.length} diagnostics, ${round(first.bytes / 1024)} KB; server CPU ${openCpu === undefined ? '?' : round((procCpuMs(client.pid) ?? NaN) - openCpu)} ms`,
  });
  const afterOpen = client.memory();
  if (afterOpen) figure({ id: 'server.rss.open', label: '  server RSS after didOpen (VmRSS)', value: round(afterOpen.rssKb / 1024), unit: 'MB', budget: null });
  // Let the server settle (it reads the story's other files after the first check and may check
  // again) so the edits measure steady-state typing: quiet for 1 s, or 15 s at most.
  {
    const settleStart = performance.now();
    let seen = client.publishes.length;
    let quietSince = performance.now();
    while (performance.now() - quietSince < 1000 && performance.now() - settleStart < 15_000) {
      await new Promise((r) => setTimeout(r, 50));
      if (client.publishes.length !== seen) {
        seen = client.publishes.length;
        quietSince = performance.now();
      }
    }
    const openPublishes = client.publishes.filter((p) => p.uri === uri);
    details.lspSettle = { ms: round(performance.now() - settleStart), publishes: openPublishes.length, at: openPublishes.map((p) => round(p.at - t0)) };
  }
  details.lspOpen = {
    diagnostics: first.diagnostics.length,
    byCode: byRule(first.diagnostics),
    version: first.version,
    bytes: first.bytes,
    memoryAfterOpenKb: afterOpen,
  };
  if (first.version !== version) findings.push(`first publishDiagnostics carried version ${String(first.version)}, expected ${version}`);
  // The server's diagnostics should be exactly the core's findings for the same text.
  {
    const { missing, extra } = compareKeys(findingKeys(text, coldFindings), diagnosticKeys(first.diagnostics));
    if (coldFindings.length > 0 && missing.length + extra.length > 0) {
      findings.push(
        `after didOpen the server's ${first.diagnostics.length} diagnostics differ from the in-process analysis: ${missing.length} missing (e.g. ${missing.slice(0, 3).join(', ')}), ${extra.length} extra (e.g. ${extra.slice(0, 3).join(', ')})`,
      );
    }
  }
  return { first, afterOpen };
}

/** One-character edits typed at the open file, each timed from didChange to its diagnostics. */
async function typeEdits(client: LspClient, uri: string, opened: string, first: Publish): Promise<EditRun> {
  let text = opened;
  let version = 1;
  // 200 one-character edits at random offsets in the middle third: a letter typed (a new
  // misspelling, most likely) or a character deleted, never a line break (the paragraph
  // structure stays, as it does while a writer types inside a paragraph).
  const random = prng(4242);
  const latencies: number[] = [];
  const payloads: number[] = [];
  const mismatched: string[] = [];
  let timeouts = 0;
  let consecutiveTimeouts = 0;
  /** Server memory every 25 edits: growth that does not level off is a leak, not a heap warming up. */
  const memoryTrend: Array<{ edits: number; rssMb: number; peakMb: number }> = [];
  let lastBytes = client.publishes[client.publishes.length - 1].bytes; // after the settle, duplicates included
  let last: Publish = first;
  const serverCpuStart = procCpuMs(client.pid);
  const editsStart = performance.now();
  for (let i = 0; i < EDITS; i++) {
    const lines = new LineIndex(text);
    const lo = Math.floor(text.length / 3);
    const hi = Math.floor((2 * text.length) / 3);
    let offset = lo + Math.floor(random() * (hi - lo));
    const del = random() < 0.5;
    let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
    if (del) {
      while (text[offset] === '\n' || text[offset] === '\r') offset++;
      change = { range: lines.range({ start: offset, end: offset + 1 }), text: '' };
      text = text.slice(0, offset) + text.slice(offset + 1);
    } else {
      const letter = 'etaoinshrdlu'[Math.floor(random() * 12)];
      change = { range: lines.range({ start: offset, end: offset }), text: letter };
      text = text.slice(0, offset) + letter + text.slice(offset);
    }
    version++;
    const wait = client.waitForDiagnostics(uri, version, EDIT_TIMEOUT_MS);
    const t = performance.now();
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    let publish: Publish;
    try {
      publish = await wait;
    } catch (error) {
      // A lost answer counts as the full timeout (so it lands in the percentiles), and three in
      // a row mean the server is stuck: stop typing at it.
      timeouts++;
      latencies.push(EDIT_TIMEOUT_MS);
      log(`edit ${i + 1}: ${String(error)}`);
      if (client.exited || ++consecutiveTimeouts >= 3) throw new Error(`giving up after ${i + 1} edits: ${String(error)}`);
      continue;
    }
    consecutiveTimeouts = 0;
    latencies.push(publish.at - t);
    payloads.push(publish.bytes - lastBytes);
    lastBytes = publish.bytes;
    last = publish;
    if (publish.version !== version) mismatched.push(`sent ${version}, got ${String(publish.version)}`);
    if ((i + 1) % 25 === 0) {
      const m = client.memory();
      if (m) memoryTrend.push({ edits: i + 1, rssMb: round(m.rssKb / 1024), peakMb: round(m.peakKb / 1024) });
    }
  }
  const peak = client.memory();
  const serverCpuEnd = procCpuMs(client.pid);
  const editsWall = performance.now() - editsStart;
  return { text, version, latencies, payloads, mismatched, timeouts, memoryTrend, last, serverCpuStart, serverCpuEnd, editsWall, peak };
}

/** The edits' figures: latency as the client and as the server saw it, server CPU, payload, memory. */
function editFigures(client: LspClient, run: EditRun): void {
  const { latencies, payloads, memoryTrend, serverCpuStart, serverCpuEnd, editsWall, peak } = run;
  figure({
    id: 'lsp.edit.p50',
    label: `re-check after 1-char edit, p50 (${latencies.length} edits)`,
    value: round(percentile(latencies, 50), 2),
    unit: 'ms',
    budget: null,
  });
  figure({
    id: 'lsp.edit.p95',
    label: 're-check after 1-char edit, p95 (didChange → diagnostics)',
    value: round(percentile(latencies, 95), 2),
    unit: 'ms',
    budget: 20,
  });
  figure({ id: 'lsp.edit.max', label: '  max', value: round(Math.max(...latencies), 2), unit: 'ms', budget: null });
  // The same edits as the server saw them: from the change to the diagnostics written to the
  // pipe (the rest is the pipe, the client's parse, and the two processes sharing the cores).
  {
    const edits = client.timings.filter((t) => t.version > 1 && t.version <= EDITS + 1);
    if (edits.length > 0) {
      const inside = edits.map((t) => t.changeToSent);
      const analysis = edits.map((t) => t.analysis);
      figure({
        id: 'lsp.edit.server.p50',
        label: '  inside the server, change → diagnostics written, p50',
        value: round(percentile(inside, 50), 2),
        unit: 'ms',
        budget: null,
      });
      figure({
        id: 'lsp.edit.server.p95',
        label: '  inside the server, change → diagnostics written, p95',
        value: round(percentile(inside, 95), 2),
        unit: 'ms',
        budget: null,
      });
      figure({ id: 'lsp.edit.analysis.p50', label: '  of which analysis, p50', value: round(percentile(analysis, 50), 2), unit: 'ms', budget: null });
      figure({ id: 'lsp.edit.analysis.p95', label: '  of which analysis, p95', value: round(percentile(analysis, 95), 2), unit: 'ms', budget: null });
    }
  }
  if (serverCpuStart !== undefined && serverCpuEnd !== undefined) {
    figure({
      id: 'lsp.edit.serverCpu',
      label: '  server CPU per edit (mean, /proc)',
      value: round((serverCpuEnd - serverCpuStart) / EDITS, 1),
      unit: 'ms',
      budget: null,
      note: `server used ${round(serverCpuEnd - serverCpuStart)} ms CPU over ${round(editsWall)} ms of edits`,
    });
  }
  figure({
    id: 'lsp.edit.payload',
    label: '  diagnostics payload per edit (median)',
    value: round(percentile(payloads, 50) / 1024),
    unit: 'KB',
    budget: null,
  });
  if (peak) {
    figure({ id: 'server.rss.peak', label: 'server peak RSS (VmHWM) after the edits', value: round(peak.peakKb / 1024), unit: 'MB', budget: 250 });
    figure({
      id: 'server.rss.now',
      label: '  server RSS after the edits (VmRSS)',
      value: round(peak.rssKb / 1024),
      unit: 'MB',
      budget: null,
      note: memoryTrend.length > 0 ? `RSS every 25 edits: ${memoryTrend.map((m) => m.rssMb).join(', ')} MB` : undefined,
    });
  } else {
    findings.push('no /proc/<pid>/status: server memory not measured');
  }
}

/** Every version published once, in order; the server's text and diagnostics are the client's. */
async function checkSync(client: LspClient, uri: string, run: EditRun): Promise<{ duplicated: [string, number][]; extraPublishes: number }> {
  const { text, version, last, timeouts, mismatched } = run;
  // Sync and staleness checks: every version published once, in order; the server's text is
  // ours (word count); its last diagnostics are the core's findings for our final text.
  // Give a late duplicate a moment to show up, then count publishes per version.
  await new Promise((r) => setTimeout(r, 500));
  const all = client.publishes.filter((p) => p.uri === uri);
  const perVersion = new Map<string, number>();
  for (const p of all) perVersion.set(String(p.version), (perVersion.get(String(p.version)) ?? 0) + 1);
  const duplicated = [...perVersion].filter(([, n]) => n > 1);
  const extraPublishes = all.length - (EDITS + 1);
  const unpublished = [];
  for (let v = 1; v <= version; v++) if (!perVersion.has(String(v))) unpublished.push(v);
  if (timeouts > 0) findings.push(`${timeouts} of ${EDITS} edits got no publishDiagnostics within ${EDIT_TIMEOUT_MS} ms`);
  if (mismatched.length > 0) findings.push(`${mismatched.length} edits answered with another version: ${mismatched.slice(0, 5).join('; ')}`);
  if (duplicated.length > 0) {
    const v1 = all.filter((p) => p.version === 1);
    findings.push(
      `${all.length} publishDiagnostics for 1 open + ${EDITS} edits: ${duplicated.map(([v, n]) => `version ${v} ×${n}`).join(', ')}` +
        (v1.length > 1
          ? ` (the second version-1 publish came ${round(v1[1].at - v1[0].at)} ms after the first, identical: ${v1[1].count === v1[0].count})`
          : ''),
    );
  }
  if (unpublished.length > 0) findings.push(`versions never published: ${unpublished.slice(0, 10).join(', ')}`);
  if (all.some((p) => p.version === undefined)) findings.push('publishDiagnostics without a version');
  const { speller } = freshSpeller();
  const expected = new Analyzer({ speller }).analyze(text);
  const { missing, extra } = compareKeys(findingKeys(text, expected.findings), diagnosticKeys(last.diagnostics));
  if (missing.length + extra.length > 0) {
    findings.push(
      `after ${EDITS} edits the server's diagnostics differ from a fresh in-process analysis of the same text: ${missing.length} missing (e.g. ${missing.slice(0, 3).join(', ')}), ${extra.length} extra (e.g. ${extra.slice(0, 3).join(', ')})`,
    );
  }
  try {
    const wc = await client.request<{ words: number }>('fanfic/wordCount', { uri, selections: [] }, 10_000);
    const ours = statsOf(buildModel(text)).words;
    details.wordCount = { server: wc.words, ours };
    if (wc.words !== ours) findings.push(`document sync: the server counts ${wc.words} story words, the client's text has ${ours}`);
  } catch (error) {
    findings.push(`fanfic/wordCount failed: ${String(error)}`);
  }
  return { duplicated, extraPublishes };
}

/**
 * Semantic tokens (character names, each quotation's speaker) as VS Code asks for them after
 * a pause in typing: one edit, its diagnostics, then the whole file's tokens. Their cost is
 * the speaker attribution of the file, redone for each new text. Not in a budget; measured so
 * that it shows.
 */
async function semanticTokens(client: LspClient, uri: string, edited: string, sent: number): Promise<void> {
  let text = edited;
  let version = sent;
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const offset = Math.floor(text.length / 2) + i * 97;
    const change = { range: new LineIndex(text).range({ start: offset, end: offset }), text: 'a' };
    text = text.slice(0, offset) + 'a' + text.slice(offset);
    version++;
    const wait = client.waitForDiagnostics(uri, version, EDIT_TIMEOUT_MS);
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await wait;
    const t = performance.now();
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 10_000);
    times.push(performance.now() - t);
  }
  const warm = times.slice(2);
  figure({
    id: 'lsp.semanticTokens.p50',
    label: 'semantic tokens of the 100k file after an edit, p50',
    value: round(percentile(warm, 50), 1),
    unit: 'ms',
    budget: null,
    note: `first two (JIT cold) ${times
      .slice(0, 2)
      .map((x) => round(x))
      .join(', ')} ms; then ${warm.map((x) => round(x)).join(', ')} ms`,
  });
}

/** Memory still growing, the server's logs and requests: the phase's details and last findings. */
function report(client: LspClient, uri: string, run: EditRun, sync: { duplicated: [string, number][]; extraPublishes: number }, afterOpen: Memory): void {
  const { latencies, payloads, mismatched, memoryTrend, last, peak } = run;
  const { duplicated, extraPublishes } = sync;
  // Memory that still climbs over the last samples is retention, not a heap warming up.
  if (memoryTrend.length >= 4) {
    const tail = memoryTrend.slice(-4);
    const grew = tail[tail.length - 1].rssMb - tail[0].rssMb;
    if (grew > 30) {
      findings.push(
        `server RSS still growing: ${memoryTrend[0].rssMb} MB after ${memoryTrend[0].edits} edits → ${memoryTrend[memoryTrend.length - 1].rssMb} MB after ${memoryTrend[memoryTrend.length - 1].edits} (+${round(grew)} MB over the last ${tail[tail.length - 1].edits - tail[0].edits} edits; after didOpen it was ${afterOpen ? round(afterOpen.rssKb / 1024) : '?'} MB)`,
      );
    }
  }
  const errors = client.logs.filter((l) => l.type === 1 || l.type === 2 || /fail|error/i.test(l.message));
  details.lsp = {
    uri,
    edits: EDITS,
    latencies: latencies.map((l) => round(l, 2)),
    payloadBytes: { median: percentile(payloads, 50), max: Math.max(...payloads) },
    finalDiagnostics: last.diagnostics.length,
    versionsMismatched: mismatched.length,
    extraPublishes,
    publishesPerVersion: Object.fromEntries(duplicated),
    memoryKb: peak,
    memoryTrend,
    requests: Object.fromEntries(client.requests),
    unexpectedRequests: Object.fromEntries(client.unexpectedRequests),
    serverLogs: client.logs.slice(0, 50),
    stderr: client.stderr.slice(0, 2000),
  };
  if (errors.length > 0) findings.push(`server logged ${errors.length} warnings/errors, first: ${errors[0].message.slice(0, 300)}`);
  if (client.unexpectedRequests.size > 0) findings.push(`server sent unexpected requests: ${[...client.unexpectedRequests.keys()].join(', ')}`);
  if (!client.requests.get('fanfic/storyConfig')) findings.push('server never asked fanfic/storyConfig');
  if (!client.requests.get('workspace/configuration')) findings.push('server never asked workspace/configuration');
  if (client.stderr.trim()) findings.push(`server wrote to stderr: ${client.stderr.trim().slice(0, 300)}`);
}
