// Prints a Brown file's (or a text fixture's) prose paragraphs with their quotations numbered, and NO
// speakers: the text a fixture of test/fixtures/speakers/ is annotated from, without seeing what the
// attribution says.
// Usage: node --import tsx scripts/speaker-passages.ts <file> [from] [to]   (e.g. cp12 0 40, or
// fanfic/hpmor-01.txt: a text file under test/fixtures/speakers/)
// Without a file: each Brown fiction file's count of quotations, to find passages with dialogue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../src/core';
import { loadBrownFiles } from '../test/support/brown';

const [file, from = '0', to = '9999'] = process.argv.slice(2);
if (!file) {
  for (const b of loadBrownFiles(/^c[k-r]\d\d$/)) {
    const m = buildModel(b.text);
    const n = m.paragraphs.filter((p) => p.kind === 'prose').reduce((s, p) => s + p.analysis.regions.filter((r) => r.kind === 'dialogue').length, 0);
    console.log(`${b.file} ${n}`);
  }
} else {
  const text = file.endsWith('.txt')
    ? readFileSync(join(__dirname, '..', 'test', 'fixtures', 'speakers', file), 'utf8')
    : loadBrownFiles(new RegExp(`^${file}$`))[0].text;
  const prose = buildModel(text).paragraphs.filter((p) => p.kind === 'prose');
  let n = 0;
  prose.forEach((p) => {
    if (p.index < Number(from) || p.index > Number(to)) return;
    const quotes = p.analysis.regions.filter((r) => r.kind === 'dialogue');
    // The quotation's own first words, up to its closing quote: the prefix a fixture's annotation takes.
    const marks = quotes.map((r) => `    q${n++}: ${JSON.stringify(p.text.slice(r.start + 1, Math.min(r.start + 21, r.closed ? r.end - 1 : r.end)))}`);
    console.log(`[${p.index}] ${p.text}\n${marks.join('\n')}`);
  });
}
