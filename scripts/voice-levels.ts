/**
 * Each Brown tuning file's voice (`src/core/pipeline/voice.ts`): its respelling marks per 1,000
 * words in speech and in all, the level they make, and the spelling findings left there, so the
 * thresholds are chosen across all 88 files (ck*–cn*; never run on the held-out files).
 * Run: npx tsx scripts/voice-levels.ts
 */

import { Analyzer, createSpeller } from '../src/core';
import { buildModel } from '../src/core/model/document';
import { addVoice, countVoice, voiceLevel, type VoiceCounts } from '../src/core/pipeline/voice';
import { loadDictionary } from '../src/node/dictionaries';
import { loadBrownFiction } from '../test/support/brown';

const speller = createSpeller(loadDictionary('en-US'));
for (const file of loadBrownFiction()) {
  const model = buildModel(file.text);
  const sum: VoiceCounts = { speech: 0, all: 0, speechWords: 0, words: 0 };
  for (const p of model.paragraphs) if (p.kind === 'prose') addVoice(sum, countVoice(p.text, p.analysis), 1);
  const spelling = new Analyzer({ speller }).analyze(file.text).findings.filter((f) => f.rule === 'spelling');
  const rate = (n: number, of: number) => ((n * 1000) / Math.max(of, 1)).toFixed(0);
  const words = spelling.map((f) => `${file.text.slice(f.range.start, f.range.end)}:${f.severity[0]}`).join(' ');
  console.log(
    `${file.file} L${voiceLevel(sum)} speech ${sum.speech}/${sum.speechWords}=${rate(sum.speech, sum.speechWords)} all ${sum.all}/${sum.words}=${rate(sum.all, sum.words)} | ${words}`,
  );
}
