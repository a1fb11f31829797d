/**
 * The last stage of the analysis pipeline: the rules, run over the model with the story's facts.
 * - A paragraph rule's `check` is cached by paragraph text (per entry); its `finalize` applies the
 *   story's facts. Each paragraph's finished findings are kept with the facts they read (the names
 *   they asked about, the apostrophe, the marks), and redone only when one of those changed.
 * - A scene rule's findings are cached per scene, checked against its paragraphs and header:
 *   an edit re-reads only the scene it falls in.
 * - A document rule reads the whole model on every run.
 * Severities and the story's ignore list are applied here, and a rule that throws costs only its
 * own findings (the error is reported). Rules keep no caches of their own.
 */

import { foldName } from '../characters/names';
import type { NameVerdict } from '../characters/verdict';
import type { DocumentModel, Paragraph, Scene } from '../model/document';
import { MARK_KEYS, type Marks, type ParagraphAnalysis } from '../model/paragraph';
import { orthId } from '../model/vocab';
import { lessSevere, type ResolvedOptions } from '../options';
import type { DocumentContext, DocumentRule, FinalizeContext, ParagraphRule, RawFinding, Rule, SceneRule } from '../rules/types';
import { addStoryWords } from '../story/words';
import { normalizeApostrophes } from '../text';
import type { Finding, Severity } from '../types';
import type { FactChanges, StoryFacts } from './facts';
import type { Entry, ModelUpdate } from './model';
import { writtenKey } from './word-counts';

/** A paragraph's findings from every paragraph rule, finished, with what they were made from. */
interface Finished {
  /** Paragraph-relative ranges, sorted by position. */
  findings: Finding[];
  /** The epochs they were made in; -1 for a fact no finalize read. */
  options: number;
  apostrophe: number;
  voice: number;
  /** The marks some finalize read (a bit per `MARK_KEYS` index), and the run they were made in. */
  marks: number;
  run: number;
  /** Folded names whose verdict or count some finalize asked about. */
  names: string[];
  /** A name among `names` changed since. */
  stale: boolean;
}

/** A scene rule's findings kept for reuse: relative to their paragraph (by position in the scene). */
interface SceneFindings {
  analyses: ParagraphAnalysis[];
  header: string;
  /** The scene's length: a marker or a break line added between its paragraphs changes it. */
  length: number;
  findings: Array<{ k: number; start: number; end: number; raw: RawFinding }>;
}

/** Each paragraph's finished findings (relative ranges), and the document and scene rules' (absolute, sorted). */
export interface RuleFindings {
  at: number[];
  lists: Finding[][];
  count: number;
  whole: Finding[];
}

type Applied = { severity: Severity; explicit: boolean };

export class RuleRunner {
  private readonly paragraphRules: readonly ParagraphRule[];
  private readonly sceneRules: readonly SceneRule[];
  private readonly documentRules: readonly DocumentRule[];
  /**
   * Paragraph-rule results (before `finalize`) per entry, by the index of their rule in
   * `paragraphRules` (undefined: not run yet); dropped when the speller changes.
   */
  private raw = new WeakMap<Entry, (RawFinding[] | undefined)[]>();
  /** The words no tier knows (`storyWords`) of each raw result list. */
  private readonly words = new WeakMap<readonly RawFinding[], Map<string, number>>();
  private readonly finished = new WeakMap<Entry, Finished>();
  /** Paragraphs whose finished findings read a name, by folded name. */
  private readonly readers = new Map<string, Set<Entry>>();
  /** Scene findings per scene rule, keyed by the scene's first paragraph's analysis. */
  private readonly scenes = new Map<string, WeakMap<ParagraphAnalysis, SceneFindings>>();
  /** Scene rules' `prepare` results per paragraph analysis. */
  private readonly prepared = new Map<string, WeakMap<ParagraphAnalysis, unknown>>();
  /** Epochs: each advances when its fact changes; finished findings made in an older one are redone. */
  private optionsEpoch = 0;
  private apostropheEpoch = 0;
  private voiceEpoch = 0;
  /** The run in which each mark count (by `MARK_KEYS` index) last changed. */
  private readonly marksChanged: number[] = MARK_KEYS.map(() => 0);
  private run = 0;
  /** The paragraph rules' severities for this run (by index; undefined: off), read once a run, not once a paragraph. */
  private applied: (Applied | undefined)[] = [];

  constructor(
    rules: readonly Rule[],
    private options: ResolvedOptions,
  ) {
    this.paragraphRules = rules.filter((r): r is ParagraphRule => r.scope === 'paragraph');
    this.sceneRules = rules.filter((r): r is SceneRule => r.scope === 'scene');
    this.documentRules = rules.filter((r): r is DocumentRule => r.scope === 'document');
    for (const rule of this.sceneRules) {
      this.scenes.set(rule.id, new WeakMap());
      this.prepared.set(rule.id, new WeakMap());
    }
  }

  /**
   * New options. Cached rule results survive unless the speller changed, because everything else
   * (word lists, names, severities) is applied after the cache; finished findings are redone when
   * anything changed (`same` is false).
   */
  setOptions(next: ResolvedOptions, same: boolean): void {
    if (next.speller !== this.options.speller) {
      this.raw = new WeakMap();
      for (const rule of this.sceneRules) this.scenes.set(rule.id, new WeakMap());
    }
    if (!same) this.optionsEpoch++;
    this.options = next;
  }

  /** Runs every rule over the update's model; only findings whose facts changed are redone. */
  runRules({ model, entries }: ModelUpdate, facts: StoryFacts, changes: FactChanges): RuleFindings {
    this.run++;
    this.apply(changes);
    this.applied = this.paragraphRules.map((rule) => this.severity(rule));
    const reading = new Reading(model, this.options, facts);
    const at: number[] = [];
    const lists: Finding[][] = [];
    let count = 0;
    model.paragraphs.forEach((p, i) => {
      const done = this.finish(entries[i], p, reading);
      if (done.findings.length === 0) return;
      at.push(p.start);
      lists.push(done.findings);
      count += done.findings.length;
    });
    const context: DocumentContext = {
      model,
      options: this.options,
      apostrophe: model.apostrophe,
      marks: model.marks,
      voice: facts.voice,
      isName: (w) => facts.isName(w),
      usesName: (w) => facts.usesName(w),
      timesWritten: (w, outside) => facts.timesWritten(w, outside),
      timesInStory: (w) => facts.timesInStory(w),
      isKnownWord: (w) => facts.isKnownWord(w),
      nameVerdict: (n) => facts.nameVerdict(n),
    };
    const whole: Finding[] = [];
    for (const rule of this.sceneRules) this.runSceneRule(rule, model, whole);
    for (const rule of this.documentRules) {
      const applied = this.severity(rule);
      if (!applied) continue;
      for (const raw of this.guard(rule.id, () => rule.check(context))) this.push(whole, rule.id, applied, raw, model.text);
    }
    whole.sort(byPosition);
    return { at, lists, count, whole };
  }

  /**
   * The document's lowercase words no tier knows (its paragraph rules' findings marked `coinable`,
   * before `finalize`), each with how many times it is so found: what the story's other files
   * count as this file's vocabulary (`ResolvedOptions.externalWords`).
   */
  storyWords(entries: readonly Entry[]): Map<string, number> {
    const words = new Map<string, number>();
    for (const entry of entries) {
      const results = this.raw.get(entry);
      if (!results) continue;
      for (const raw of results) {
        if (!raw || raw.length === 0) continue;
        // A rule's results for a paragraph never change once made: their words are counted once.
        let own = this.words.get(raw);
        if (!own) {
          own = new Map<string, number>();
          addStoryWords(own, raw);
          this.words.set(raw, own);
        }
        for (const [w, n] of own) words.set(w, (words.get(w) ?? 0) + n);
      }
    }
    return words;
  }

  /** Forgets what it kept of entries the model dropped. */
  forget(dropped: readonly Entry[]): void {
    for (const entry of dropped) {
      for (const name of this.finished.get(entry)?.names ?? []) {
        const readers = this.readers.get(name);
        readers?.delete(entry);
        if (readers?.size === 0) this.readers.delete(name);
      }
    }
  }

  /** Marks the finished findings that read a changed fact as stale. */
  private apply(changes: FactChanges): void {
    if (changes.recounted) this.optionsEpoch++;
    for (const name of changes.verdicts) {
      const readers = this.readers.get(name);
      if (!readers) continue;
      for (const entry of readers) {
        const done = this.finished.get(entry);
        if (done) done.stale = true;
      }
    }
    if (changes.apostrophe) this.apostropheEpoch++;
    if (changes.voice) this.voiceEpoch++;
    for (let i = 0; i < MARK_KEYS.length; i++) if (changes.marks & (1 << i)) this.marksChanged[i] = this.run;
  }

  /** A paragraph's findings from every paragraph rule, kept while nothing they read changed. */
  private finish(entry: Entry, p: Paragraph, reading: Reading): Finished {
    const old = this.finished.get(entry);
    if (
      old &&
      !old.stale &&
      old.options === this.optionsEpoch &&
      (old.marks === 0 || this.marksStill(old)) &&
      (old.apostrophe < 0 || old.apostrophe === this.apostropheEpoch) &&
      (old.voice < 0 || old.voice === this.voiceEpoch)
    ) {
      return old;
    }
    reading.start();
    const findings: Finding[] = [];
    let results = this.raw.get(entry);
    if (!results) this.raw.set(entry, (results = new Array<RawFinding[] | undefined>(this.paragraphRules.length).fill(undefined)));
    for (let i = 0; i < this.paragraphRules.length; i++) {
      const rule = this.paragraphRules[i];
      const applied = this.applied[i];
      if (!applied) continue;
      let raw = results[i];
      if (!raw) raw = results[i] = this.checkParagraph(rule, p);
      if (rule.finalize) raw = this.finalizeParagraph(rule, raw, p, reading);
      for (const r of raw) this.push(findings, rule.id, applied, r, p.text);
    }
    findings.sort(byPosition);
    if (old) for (const name of old.names) this.readers.get(name)?.delete(entry);
    const names = [...reading.names];
    for (const name of names) {
      let set = this.readers.get(name);
      if (!set) this.readers.set(name, (set = new Set()));
      set.add(entry);
    }
    const done: Finished = {
      findings,
      options: this.optionsEpoch,
      marks: reading.readMarks,
      run: this.run,
      apostrophe: reading.readApostrophe ? this.apostropheEpoch : -1,
      voice: reading.readVoice ? this.voiceEpoch : -1,
      names,
      stale: false,
    };
    this.finished.set(entry, done);
    return done;
  }

  /** A scene rule over every scene, each scene's findings reused while its paragraphs and header are unchanged. */
  private runSceneRule(rule: SceneRule, model: DocumentModel, into: Finding[]): void {
    const applied = this.severity(rule);
    if (!applied) return;
    const cache = this.scenes.get(rule.id)!;
    for (const scene of model.scenes) {
      const known = this.sceneFindings(rule, cache, model, scene);
      for (const { k, start, end, raw } of known?.findings ?? []) {
        const at = model.paragraphs[scene.paragraphs[k]].start;
        this.push(into, rule.id, applied, { ...raw, start: at + start, end: at + end }, model.text);
      }
    }
  }

  /**
   * A scene's findings from the cache, or found now and cached; undefined for a scene of a header
   * alone. Checking the cache allocates nothing: an edit elsewhere costs a look at each paragraph.
   */
  private sceneFindings(rule: SceneRule, cache: WeakMap<ParagraphAnalysis, SceneFindings>, model: DocumentModel, scene: Scene): SceneFindings | undefined {
    const ids = scene.paragraphs;
    if (ids.length === 0) return undefined;
    const cached = cache.get(model.paragraphs[ids[0]].analysis);
    const header = scene.header ? model.text.slice(scene.header.start, scene.header.end) : '';
    const length = scene.end - scene.start;
    if (cached && cached.header === header && cached.length === length && cached.analyses.length === ids.length) {
      let k = 1;
      while (k < ids.length && model.paragraphs[ids[k]].analysis === cached.analyses[k]) k++;
      if (k === ids.length) return cached;
    }
    const prose = ids.map((i) => model.paragraphs[i]);
    const memo = this.prepared.get(rule.id)!;
    const prepared = (p: Paragraph) => {
      let facts = memo.get(p.analysis);
      if (facts === undefined) memo.set(p.analysis, (facts = rule.prepare?.(p)));
      return facts;
    };
    const findings = this.guard(rule.id, () => rule.check(scene, model, this.options, prepared)).map((raw) => {
      let k = prose.length - 1;
      while (k > 0 && prose[k].start > raw.start) k--;
      return { k, start: raw.start - prose[k].start, end: raw.end - prose[k].start, raw };
    });
    const fresh: SceneFindings = { analyses: prose.map((p) => p.analysis), header, length, findings };
    cache.set(fresh.analyses[0], fresh);
    return fresh;
  }

  /** A rule's severity under the options, or undefined when it is off. */
  private severity(rule: Rule): Applied | undefined {
    const setting = this.options.severities.get(rule.id);
    if (setting === 'off') return undefined;
    return { severity: setting ?? rule.defaultSeverity, explicit: setting !== undefined };
  }

  /** A raw finding made final and added: severity, the story's ignore list (`text` is what its range is in). */
  private push(into: Finding[], rule: string, { severity, explicit }: Applied, raw: RawFinding, text: string): void {
    const ignore = this.options.ignore;
    if (ignore.size > 0 && ignore.has(normalizeApostrophes(text.slice(raw.start, raw.end)).toLowerCase())) return;
    const f: Finding = {
      rule,
      severity: raw.severity ? (explicit ? lessSevere(raw.severity, severity) : raw.severity) : severity,
      message: raw.message,
      range: { start: raw.start, end: raw.end },
      suggestions: raw.suggestions ?? [],
    };
    if (raw.confident) f.confident = true;
    if (raw.lazy) f.lazy = true;
    if (raw.data) f.data = raw.data;
    if (raw.commands) f.commands = raw.commands;
    into.push(f);
  }

  /** Whether none of the mark counts a paragraph's finalize read changed since. */
  private marksStill(done: Finished): boolean {
    for (let i = 0; i < MARK_KEYS.length; i++) if (done.marks & (1 << i) && this.marksChanged[i] > done.run) return false;
    return true;
  }

  /**
   * A paragraph rule's `check`, guarded as `guard` does, without a closure: it runs for every rule
   * of every paragraph of a cold check (60,000 times in a 100,000-word chapter).
   */
  private checkParagraph(rule: ParagraphRule, p: Paragraph): RawFinding[] {
    try {
      return rule.check(p, this.options);
    } catch (error) {
      return this.failed(rule.id, error);
    }
  }

  /** A paragraph rule's `finalize` of its findings, guarded. */
  private finalizeParagraph(rule: ParagraphRule, raw: RawFinding[], p: Paragraph, reading: Reading): RawFinding[] {
    try {
      return rule.finalize!(raw, p, reading);
    } catch (error) {
      return this.failed(rule.id, error);
    }
  }

  /** Runs a rule; an exception is reported and costs only that rule's findings there. */
  private guard(rule: string, fn: () => RawFinding[]): RawFinding[] {
    try {
      return fn();
    } catch (error) {
      return this.failed(rule, error);
    }
  }

  /** A rule's exception, reported: it costs only that rule's findings there. */
  private failed(rule: string, error: unknown): RawFinding[] {
    this.options.onRuleError?.(rule, error);
    return [];
  }
}

/**
 * The facts a paragraph's `finalize` calls read, recorded as they are read: the context handed to
 * every finalize of one paragraph, started afresh for the next.
 */
class Reading implements FinalizeContext {
  names = new Set<string>();
  /** The mark counts read, a bit per `MARK_KEYS` index. */
  readMarks = 0;
  readApostrophe = false;
  readVoice = false;
  /** The document's marks, behind getters that record which counts are read. */
  readonly marks: Marks;

  constructor(
    private readonly model: DocumentModel,
    readonly options: ResolvedOptions,
    private readonly facts: StoryFacts,
  ) {
    const view = {} as Marks;
    MARK_KEYS.forEach((key, i) =>
      Object.defineProperty(view, key, {
        get: () => {
          this.readMarks |= 1 << i;
          return model.marks[key];
        },
      }),
    );
    this.marks = view;
  }

  start(): void {
    this.names = new Set();
    this.readMarks = 0;
    this.readApostrophe = false;
    this.readVoice = false;
  }

  get voice(): 0 | 1 | 2 {
    this.readVoice = true;
    return this.facts.voice;
  }

  get apostrophe(): "'" | '’' {
    this.readApostrophe = true;
    return this.model.apostrophe;
  }

  isName(word: string): boolean {
    this.names.add(foldName(word));
    return this.facts.isName(word);
  }

  usesName(word: string): boolean {
    this.names.add(foldName(word));
    return this.facts.usesName(word);
  }

  timesWritten(lower: string, outsideSpeech?: boolean): number {
    this.names.add(writtenKey(orthId(lower)));
    return this.facts.timesWritten(lower, outsideSpeech);
  }

  timesInStory(lower: string): number {
    this.names.add(writtenKey(orthId(lower)));
    return this.facts.timesInStory(lower);
  }

  isKnownWord(word: string): boolean {
    return this.facts.isKnownWord(word);
  }

  nameVerdict(name: string): NameVerdict | undefined {
    this.names.add(name);
    return this.facts.nameVerdict(name);
  }
}

/** Findings in document order: by start, then end, then rule. */
function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule);
}
