/**
 * How many times a document writes each word (by lowercase vocabulary id), in all and outside
 * speech: counted in one pass when a rule first asks, then kept current by each splice, in typed
 * arrays indexed by id (a cold check of 100,000 words counts in about a millisecond; an edit costs
 * its paragraphs' tokens). Only the words rules asked about are reported as moved.
 */

import type { Paragraph } from '../model/document';
import type { Token } from '../model/paragraph';
import type { Splice } from './model';

/** The key under which a counted word's readers are kept beside the names' (no name starts with `~`). */
export function writtenKey(lex: number): string {
  return `~${lex}`;
}

export class WordCounts {
  private total = new Int32Array(0);
  private outside = new Int32Array(0);
  private counted = false;
  /** The ids rules asked about: only their moves are reported. */
  private readonly watched = new Set<number>();

  /** Forgets every count (a new document): counted again when next asked. */
  reset(): void {
    this.counted = false;
    this.watched.clear();
  }

  /** Times the prose of `paragraphs` writes the word of lowercase id `lex`, or outside speech only. */
  get(lex: number, paragraphs: readonly Paragraph[], outsideSpeech: boolean): number {
    if (!this.counted) {
      this.total.fill(0);
      this.outside.fill(0);
      for (const p of paragraphs) if (p.kind === 'prose') this.add(p.analysis.tokens, 1);
      this.counted = true;
    }
    if (lex < 0) return 0;
    this.watched.add(lex);
    const counts = outsideSpeech ? this.outside : this.total;
    return lex < counts.length ? counts[lex] : 0;
  }

  /** Applies a splice; pushes onto `changed` the key of each asked-about word whose count moved. */
  splice({ removed, added }: Splice, changed: string[]): void {
    if (!this.counted) return;
    const moved = new Set<number>();
    for (const e of removed) if (e.kind === 'prose') this.add(e.analysis.tokens, -1, moved);
    for (const e of added) if (e.kind === 'prose') this.add(e.analysis.tokens, 1, moved);
    for (const lex of moved) changed.push(writtenKey(lex));
  }

  private add(tokens: readonly Token[], sign: number, moved?: Set<number>): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const lex = t.lex;
      if (lex < 0 || t.region === 'note') continue;
      if (lex >= this.total.length) this.grow(lex + 1);
      this.total[lex] += sign;
      if (t.region !== 'dialogue' && t.region !== 'thought' && t.region !== 'emphasis') this.outside[lex] += sign;
      if (moved && this.watched.has(lex)) moved.add(lex);
    }
  }

  private grow(size: number): void {
    const length = Math.max(size, this.total.length * 2, 1024);
    const total = new Int32Array(length);
    const outside = new Int32Array(length);
    total.set(this.total);
    outside.set(this.outside);
    this.total = total;
    this.outside = outside;
  }
}
