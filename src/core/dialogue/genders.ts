/**
 * The sex of each character, from the he/she the narration gives after their name (`learnGenders`),
 * with the usual sex of a given name as a prior.
 */

import type { CharacterIndex, Word } from './cast';
import { givenNameGender } from './given-names';
import { GENDER_CUES, type Gender, SUBJECT_PRONOUNS } from './lexicon';

/**
 * Counts, for each character, the he/she that first follows a mention in the same paragraph.
 * `text`, the document, tells a subject after an opening clause (`In the course of our talk,
 * Askington mentioned that he…`).
 */
export function learnGenders(words: Word[][], index: CharacterIndex, text = ''): Map<string, Gender> {
  const tally = new Map<string, { he: number; she: number }>();
  const possessive = new Map<string, { he: number; she: number }>();
  // The same evidence without the he/she of a later sentence than the name's (`Lumine stares at
  // him. He snatches the needle`): what decides when all of it leaves the sex unknown.
  const near = new Map<string, { he: number; she: number }>();
  const add = (name: string, g: Gender, n = 1, later = false) => {
    const t = tally.get(name) ?? { he: 0, she: 0 };
    t[g] += n;
    tally.set(name, t);
    if (later) return;
    const s = near.get(name) ?? { he: 0, she: 0 };
    s[g] += n;
    near.set(name, s);
  };
  for (const ws of words) {
    let sentence = 0;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.token.sentenceStart) sentence = i;
      if (!w.character) continue;
      if (w.titleGender) add(w.character, w.titleGender, 3);
      // "Her name was Sabella": as sure as a title.
      const named = ws[i - 3]?.token.lower;
      if ((named === 'her' || named === 'his') && ws[i - 2].token.lower === 'name' && NAMING.has(ws[i - 1].token.lower))
        add(w.character, named === 'her' ? 'she' : 'he', 3);
      // Subjects only: in "He asked Leona. He doubted…", the next "he" is not Leona. A name after
      // an opening clause's comma is its sentence's subject too (`After the war, Moreland wrote`).
      if (i - sentence > 3 && !(i > 0 && text.slice(ws[i - 1].end, w.start).includes(','))) continue;
      // After an opening clause's comma, that clause's own subject is no other one before it (`When they were about fifty feet
      // away, Regara's head jerked upwards and she looked`); not a name set off by commas (`we met the painters, Askington, and`).
      let subject = true;
      const opened = i - sentence > 3 && !text.slice(w.end, w.end + 1).startsWith(',');
      for (let k = opened ? i : sentence; k < i; k++) if (ws[k].character || SUBJECT_PRONOUNS.has(ws[k].token.lower)) subject = false;
      if (!subject) continue;
      // "Rachel smiled and her eyes…": the first personal pronoun after a name, before another name.
      let later = false;
      for (let j = i + 1; j < ws.length && j <= i + 12; j++) {
        if (ws[j].character) break;
        if (ws[j].token.sentenceStart) later = true;
        // Subjects only: in "Rachel kissed him", "him" is someone else.
        // A contraction's too: `Hook came in from the rain, and she'd never looked so tired.`
        const g = GENDER_CUES[ws[j].token.lower.replace(/^(he|she)['’](?:d|s|ll)$/, '$1')];
        if (g) {
          add(w.character, g, 1, later);
          break;
        }
      }
      // "Cady lit his pipe": a possessive right after the subject's verb, weaker evidence.
      const poss = ws[i + 2]?.token.lower;
      if (poss === 'his' || poss === 'her') {
        const t = possessive.get(w.character) ?? { he: 0, she: 0 };
        t[poss === 'his' ? 'he' : 'she']++;
        possessive.set(w.character, t);
      }
    }
  }
  // The weight of the story's evidence decides, not one pronoun: each he/she after a name as its
  // subject counts 1 (a title or "her name was" 3), and the name's usual sex 1.5; possessives
  // after its verb ("Cady lit his pipe") count 1/2 each when no he/she ever follows it. In
  // "Victoria was fourteen months younger than Quint… He called her "Fatso"", the one "He" is
  // Quint's: against a girl's name it leaves Victoria's sex unknown rather than making her a boy.
  const evidence = new Map<string, { he: number; she: number }>();
  for (const name of new Set([...tally.keys(), ...possessive.keys()])) {
    const t = tally.get(name);
    const p = possessive.get(name);
    evidence.set(name, t ?? { he: (p?.he ?? 0) * POSSESSIVE_WEIGHT, she: (p?.she ?? 0) * POSSESSIVE_WEIGHT });
  }
  const out = new Map(index.gender);
  for (const name of new Set([...index.byToken.values(), ...evidence.keys()])) {
    if (out.has(name)) continue;
    const e = evidence.get(name);
    const prior = givenNameGender(index.firstNames?.get(name) ?? name.split(/\s+/)[0]);
    const he = (e?.he ?? 0) + (prior === 'he' ? PRIOR_WEIGHT : 0);
    const she = (e?.she ?? 0) + (prior === 'she' ? PRIOR_WEIGHT : 0);
    // At least one pronoun's worth, and twice the other side's.
    const decided = decide(he, she);
    if (decided) {
      out.set(name, decided);
      continue;
    }
    // Mixed evidence: the he/she of the name's own sentence decide, when they are clear (two at
    // least, three times the other side's). In a story of two, a name followed by the other's
    // pronoun in the next sentence is common: `Lumine yelps and runs out the door. He follows`.
    const n = near.get(name);
    if (!n || !e) continue;
    const nhe = n.he + (prior === 'he' ? PRIOR_WEIGHT : 0);
    const nshe = n.she + (prior === 'she' ? PRIOR_WEIGHT : 0);
    if (nhe >= NEAR_MIN && nhe >= NEAR_RATIO * nshe) out.set(name, 'he');
    else if (nshe >= NEAR_MIN && nshe >= NEAR_RATIO * nhe) out.set(name, 'she');
  }
  return out;
}

/** What the he/she of a name's own sentence need, when all the evidence leaves its sex unknown: this many, this many times the other side's. */
const NEAR_MIN = 2;
const NEAR_RATIO = 3;

/** The sex the weight of evidence gives: at least one pronoun's worth, and twice the other side's. */
function decide(he: number, she: number): Gender | undefined {
  if (he >= 1 && he >= 2 * she) return 'he';
  if (she >= 1 && she >= 2 * he) return 'she';
  return undefined;
}

/** The verbs of "her name was Sabella". */
const NAMING = new Set(['was', 'is', "'s", 'being']);

/** What a possessive right after a name's verb counts for its sex ("Cady lit his pipe"), against a he/she after it. */
const POSSESSIVE_WEIGHT = 0.5;
/** What a given name's usual sex counts for, against a he/she after it: one of those makes the sex unknown, three outweigh it. */
const PRIOR_WEIGHT = 1.5;
