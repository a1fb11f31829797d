import { parseStoryConfig, RULE_IDS, analyze, outline, stats } from '../src/core';
import { main } from '../src/cli/main';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const show = (t: string) => { const r = parseStoryConfig(t, RULE_IDS); console.log(JSON.stringify(t.slice(0,40)), JSON.stringify(r.config), r.problems.map(p => p.message + ' ' + JSON.stringify(p.range))); };
show('\uFEFF{ "words": ["Hogwarts"] }');
show('[1,2]'); show('42'); show('"x"'); show('null');
try { show('['.repeat(100000)); } catch (e) { console.log('THROW deep [', (e as Error).message); }
try { show('{"words":' + '{"a":'.repeat(50000)); } catch (e) { console.log('THROW deep {', (e as Error).message); }
try { show('{"words":' + '['.repeat(50000) + ']'.repeat(50000) + '}'); } catch (e) { console.log('THROW deep balanced', (e as Error).message); }
const dir = mkdtempSync(join(tmpdir(), 'p-'));
let out = '', err = '';
console.log('empty folder code', main(['check', dir], { out: (t) => (out += t), err: (t) => (err += t) }), JSON.stringify(out), JSON.stringify(err));
for (const s of ['"a" ', "'a ", 'the the “Hermione’s 😀 ', '(A/N: x ', 'Flashback : x. End flashback. ']) {
  const big = s.repeat(Math.ceil(5e6 / s.length));
  let t = Date.now();
  try { const f = analyze(big.slice(0, 200000)); console.log(JSON.stringify(s), '200k', Date.now() - t, 'ms', f.length); } catch (e) { console.log('THROW', e); }
}
