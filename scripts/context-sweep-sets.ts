/**
 * Calibrates the margin of the confusion-set classifiers (`MARGINS.set`), per set, on the tuning
 * sets only: for each margin, the injected errors of Brown ck*–cn* and the public tuning sentences
 * the classifier fixes, against its findings in the untouched Brown fiction ck*–cn* (false alarms).
 *
 *   npx tsx scripts/context-sweep-sets.ts
 */

import { MARGINS, SET_MARGINS } from '../src/core/context/detect';
import { contextModel } from '../src/core/context/model';
import { loadBrownFiction } from '../test/support/brown';
import { confusableFindings, type FixtureLine } from '../test/support/confusable';
import { injectedSet, loadRealWordFixture } from '../test/support/real-word';

// Every classifier verdict is a finding; its raw log-odds is its margin less 50.
(MARGINS as Record<string, number>).set = -50;
for (const k of Object.keys(SET_MARGINS)) SET_MARGINS[k] = -50;
const model = contextModel();
const norm = (s: string) => s.replace(/’/g, "'").toLowerCase();
const setName = (w: string) => {
  const s = model.confusion.setOfId(model.id(norm(w)));
  return s < 0 ? undefined : [...model.confusion.members[s]].map((id) => model.word(id)).join('/');
};
const fixes = new Map<string, number[]>();
const publicFixes = new Map<string, number[]>();
const alarms = new Map<string, number[]>();
const push = (m: Map<string, number[]>, k: string, v: number) => m.set(k, [...(m.get(k) ?? []), v]);

function fixed(lines: readonly FixtureLine[], into: Map<string, number[]>, clean?: Map<string, number[]>): void {
  for (const l of lines) {
    const found = confusableFindings(l.text).filter((f) => f.data?.model === 'set');
    for (const f of found) {
      const e = l.errors.find((x) => x.start === f.range.start);
      const name = setName(String(f.data!.word))!;
      if (e && norm(f.suggestions[0]) === norm(e.expected)) push(into, name, Number(f.data!.margin) - 50);
      else if (clean && l.errors.length === 0) push(clean, name, Number(f.data!.margin) - 50);
    }
  }
}
fixed(injectedSet(/^c[k-n]/), fixes);
fixed(loadRealWordFixture('tuning'), publicFixes, new Map());
let words = 0;
for (const t of loadBrownFiction(/^c[k-n]/)) {
  words += t.words;
  for (const f of confusableFindings(t.text)) if (f.data?.model === 'set') push(alarms, setName(String(f.data.word))!, Number(f.data.margin) - 50);
}
console.log(`Brown ck–cn: ${words} words. Per set and margin: injected fixed / public fixed / Brown alarms`);
const names = [...new Set([...fixes.keys(), ...publicFixes.keys(), ...alarms.keys()])].sort();
const over = (xs: number[] | undefined, t: number) => (xs ?? []).filter((m) => m > t).length;
for (const name of names) {
  const row: string[] = [];
  for (let t = 0; t <= 14; t += 1) row.push(`${t}:${over(fixes.get(name), t)}/${over(publicFixes.get(name), t)}/${over(alarms.get(name), t)}`);
  console.log(`${name.padEnd(28)} ${row.join(' ')}`);
}
const all = (m: Map<string, number[]>) => [...m.values()].flat();
const row: string[] = [];
for (let t = 0; t <= 14; t += 1) row.push(`${t}:${over(all(fixes), t)}/${over(all(publicFixes), t)}/${over(all(alarms), t)}`);
console.log(`${'all'.padEnd(28)} ${row.join(' ')}`);
