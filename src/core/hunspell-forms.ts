/**
 * Hunspell's dictionary with its affixes already applied, built once by
 * `scripts/build-hunspell-forms.ts` (`data/hunspell-forms/<locale>.txt`), so that a speller needs
 * no dictionary build at start-up.
 *
 * nspell builds its dictionary by applying every affix rule to every one of the `.dic` file's
 * 49,000 entries: 124,000 forms in an object, about 0.7 G instructions of the cold check's 11.4 G
 * (valgrind), and a tenth of the speller's memory. The forms file holds what that build leaves: every
 * form, one a line (the entries with flags first), then the flags of those entries; a look-up hashes
 * the word into a table over the text itself (`WordTable`), and nothing is cut from it but a
 * found entry's flags. nspell itself still does the spelling: an engine made from the `.aff` file
 * alone (a millisecond) is given this table as its `data` (through a `Proxy`, which answers the only
 * thing nspell asks of it, a word's flags), and the compound rules the build would have made. So
 * `correct` and `suggest` are nspell's own code, over the same words and flags.
 *
 * The file's first line records the length and hash of the `.aff` and `.dic` texts it was built
 * from; a speller given other texts (another version of the dictionary, a test's own) ignores it
 * and lets nspell build its dictionary as before.
 */

import nspell from 'nspell';
import { charsHash, WordTable } from './hashing';

/** What the header's `source` records of a text: its length and hash. */
function fingerprint(text: string): [number, number] {
  return [text.length, charsHash(text, 0, text.length)];
}

const FORMAT = 1;

interface Header {
  format: number;
  aff: [number, number];
  dic: [number, number];
  /** How many forms (the first lines) have flags. */
  flagged: number;
  /** The compound rules nspell makes once the dictionary is read: [source, flags] of each expression. */
  compoundRules: Array<[string, string]>;
}

/** The parts of nspell's engine this module reads or sets (not in its public types). */
interface Engine extends ReturnType<typeof nspell> {
  data: Record<string, string[]>;
  compoundRules: Array<RegExp | string>;
  flags: Record<string, unknown>;
}

/**
 * The forms file of a dictionary (`aff`, `dic`): nspell's dictionary, built here, written out.
 * Throws for a dictionary whose flags are not single characters (`FLAG long` or `num`), which
 * this format does not keep.
 */
export function writeForms(aff: string, dic: string): string {
  const engine = nspell({ aff, dic }) as Engine;
  if (engine.flags.FLAG !== undefined) throw new Error(`FLAG ${String(engine.flags.FLAG)}: only single-character flags are supported`);
  const flagged: string[] = [];
  const bare: string[] = [];
  for (const word of Object.keys(engine.data)) {
    if (word === '' || word.includes('\n')) throw new Error(`Unsupported form ${JSON.stringify(word)}`);
    const codes = engine.data[word];
    if (codes.some((c) => c.length !== 1 || c === '\n')) throw new Error(`Unsupported flags of ${word}: ${JSON.stringify(codes)}`);
    (codes.length > 0 ? flagged : bare).push(word);
  }
  flagged.sort();
  bare.sort();
  const header: Header = {
    format: FORMAT,
    aff: fingerprint(aff),
    dic: fingerprint(dic),
    flagged: flagged.length,
    compoundRules: engine.compoundRules.map((r) => (typeof r === 'string' ? [r, ''] : [r.source, r.flags])),
  };
  const codes = flagged.map((w) => engine.data[w].join(''));
  return `${JSON.stringify(header)}\n${[...flagged, ...bare].join('\n')}\n\n${codes.join('\n')}\n`;
}

/** The flags of a form derived by an affix (nspell gives every such form one empty list). */
const NO_CODES: readonly string[] = Object.freeze([]);

/**
 * An nspell engine for `aff` and `dic` over their forms file (`writeForms`), or undefined when
 * the file was built from other texts (or is no forms file), and nspell must build its own.
 */
export function formsEngine(aff: string, dic: string, forms: string): ReturnType<typeof nspell> | undefined {
  const firstLine = forms.indexOf('\n');
  if (firstLine < 0 || !forms.startsWith('{')) return undefined;
  let header: Header;
  try {
    header = JSON.parse(forms.slice(0, firstLine)) as Header;
  } catch {
    return undefined;
  }
  const same = (a: [number, number] | undefined, b: [number, number]) => a !== undefined && a[0] === b[0] && a[1] === b[1];
  if (header.format !== FORMAT || !same(header.aff, fingerprint(aff)) || !same(header.dic, fingerprint(dic))) return undefined;
  const wordsEnd = forms.indexOf('\n\n', firstLine + 1);
  if (wordsEnd < 0) return undefined;
  const table = new WordTable(forms.slice(firstLine + 1, wordsEnd));
  const flagged = header.flagged;
  let codeLines: string[] | undefined;
  const codes: Array<string[] | undefined> = new Array<string[] | undefined>(flagged);
  const flagsOf = (word: string): readonly string[] | undefined => {
    const id = table.id(word);
    if (id < 0) return undefined;
    if (id >= flagged) return NO_CODES;
    codeLines ??= forms.slice(wordsEnd + 2).split('\n');
    return (codes[id] ??= codeLines[id].split(''));
  };
  const engine = nspell({ aff, dic: '' }) as Engine;
  engine.compoundRules = header.compoundRules.map(([source, flags]) => new RegExp(source, flags));
  engine.data = new Proxy(Object.create(null) as Record<string, string[]>, {
    get: (_, key) => (typeof key === 'string' ? flagsOf(key) : undefined),
    has: (_, key) => typeof key === 'string' && flagsOf(key) !== undefined,
  });
  return engine;
}
