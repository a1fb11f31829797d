import { contextHits, MARGINS, SET_MARGINS } from '../src/core/context/detect';
import { analyzeParagraph } from '../src/core/model/paragraph';
import { Words } from '../src/core/patterns';
(MARGINS as Record<string, number>).set = -50;
for (const k of Object.keys(SET_MARGINS)) SET_MARGINS[k] = -50;
for (const text of process.argv.slice(2)) {
  const { tokens } = analyzeParagraph(text);
  const words = new Words(text, tokens);
  const hits = contextHits(words, () => false).filter((h) => h.kind === 'set');
  console.log(text, '|', hits.map((h) => `${tokens[h.k].text}→${h.to} ${(h.margin - 50).toFixed(1)}`).join(', '));
}
