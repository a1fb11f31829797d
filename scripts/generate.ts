/**
 * Generates what must follow the rule registry: the settings in package.json, the `rules`
 * property of the fanfic.json schema, and the README's rule table. `npm run generate` writes
 * them; the unit test `registry.test.ts` fails when any of them drifts.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AO3_LIMITS } from '../src/core/export/limits';
import { RULES } from '../src/core/rules';
import { AO3_CATEGORIES, AO3_RATINGS, AO3_WARNINGS } from '../src/core/work';

const root = join(import.meta.dirname, '..');
const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error'];

/** The `contributes.configuration.properties` of package.json. */
export function settingsProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {
    'fanfic.languages': {
      type: 'array',
      items: { type: 'string', enum: ['fanfic', 'plaintext', 'markdown'] },
      default: ['fanfic'],
      uniqueItems: true,
      markdownDescription: 'Languages to check. `fanfic` (`.fic`, `.fanfic`) always; add `plaintext` and `markdown` to check `.txt` and `.md` files too.',
    },
    'fanfic.locale': {
      type: 'string',
      enum: ['en-US', 'en-GB'],
      default: 'en-US',
      markdownDescription: "Spelling dictionary. A story's `fanfic.json` `locale` wins over this.",
    },
    'fanfic.words': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      markdownDescription: 'Your own dictionary: words spelling accepts in every story.',
    },
    'fanfic.maxFindings': {
      type: 'number',
      default: 5000,
      minimum: 100,
      markdownDescription: 'At most this many problems are shown per file; past it, one problem says how many more there are.',
    },
    'fanfic.goals.daily': {
      type: 'number',
      default: 0,
      minimum: 0,
      markdownDescription:
        "Words a day you mean to write; the status bar shows today's story words against it (0: no daily goal). The history is kept per workspace, never in your story files.",
    },
  };
  for (const rule of RULES) {
    props[`fanfic.rules.${rule.id}`] = {
      type: 'string',
      enum: SEVERITIES,
      default: rule.defaultSeverity,
      markdownDescription: `\`${rule.id}\`: ${rule.description}`,
    };
  }
  return props;
}

/** The JSON schema of fanfic.json. */
export function storySchema(): unknown {
  const severity = { type: 'string', enum: SEVERITIES };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Fanfic story settings',
    description: 'Settings of one story: its characters, its words and its rules. The nearest fanfic.json above a file applies.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      characters: {
        type: 'array',
        description: 'The roster: the characters of this story and how their names are spelled.',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, description: 'The spelling this story uses.' },
            aliases: { type: 'array', items: { type: 'string' }, description: 'Other names that are right: "Lord Voldemort" for "Voldemort", a nickname.' },
            variants: {
              type: 'array',
              items: { type: 'string' },
              description: 'Spellings to flag and replace with the name: romanizations, common misspellings.',
            },
            pronouns: { type: 'string', description: 'For example "she/her".' },
            description: { type: 'string', description: 'Shown when you hover the name.' },
          },
        },
      },
      words: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words the spelling check accepts in this story.' },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words and phrases no rule reports in this story.' },
      locale: { type: 'string', enum: ['en-US', 'en-GB'], description: 'The spelling dictionary of this story.' },
      goal: {
        type: 'object',
        description: "The story's word goal; the status bar shows the story's progress towards it.",
        required: ['words'],
        additionalProperties: false,
        properties: {
          words: { type: 'number', exclusiveMinimum: 0, description: 'Total story words to reach.' },
          deadline: { type: 'string', pattern: '^\\d{4}-\\d\\d-\\d\\d$', description: 'The day to reach it by, YYYY-MM-DD.' },
        },
      },
      rules: {
        type: 'object',
        description: 'Severities of rules in this story; they win over user settings.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.id, { ...severity, description: r.description, default: r.defaultSeverity }])),
      },
      work: workSchema(),
    },
  };
}

/** The `work` property: AO3's posting form, with the archive's vocabularies as completions. */
function workSchema(): unknown {
  const strings = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description });
  return {
    type: 'object',
    description: "The work's metadata for AO3's posting form; `fanfic export` and the AO3 preview use it.",
    additionalProperties: false,
    properties: {
      title: { type: 'string', minLength: 1, maxLength: AO3_LIMITS.title, description: `The work's title (AO3: at most ${AO3_LIMITS.title} characters).` },
      fandoms: strings('Fandoms, as AO3 tags them: "Harry Potter - J. K. Rowling".'),
      rating: { type: 'string', enum: [...AO3_RATINGS], description: "AO3's rating." },
      warnings: { type: 'array', items: { type: 'string', enum: [...AO3_WARNINGS] }, uniqueItems: true, description: "AO3's archive warnings." },
      categories: { type: 'array', items: { type: 'string', enum: [...AO3_CATEGORIES] }, uniqueItems: true, description: "AO3's categories." },
      relationships: strings('"Hermione/Draco" (romantic) or "Harry & Ron" (platonic); every name must be one of the roster\'s characters.'),
      characters: strings("Characters to tag; the roster's names when left out."),
      additionalTags: strings('Additional (freeform) tags: "Fluff", "Slow Burn".'),
      summary: {
        type: 'string',
        maxLength: AO3_LIMITS.summary,
        description: `The work's summary (AO3: at most ${AO3_LIMITS.summary.toLocaleString('en-US')} characters).`,
      },
      notes: {
        type: 'string',
        maxLength: AO3_LIMITS.notes,
        description: `The work's notes (AO3: at most ${AO3_LIMITS.notes.toLocaleString('en-US')} characters).`,
      },
      chapters: strings('The chapter files in posting order, relative to this fanfic.json.'),
    },
  };
}

/** The README's rule table. */
export function ruleTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.description} |`);
  return ['| rule id | default severity | what it finds |', '|---|---|---|', ...rows].join('\n');
}

export const README_START = '<!-- rules:start (generated by npm run generate) -->';
export const README_END = '<!-- rules:end -->';

/** The README text with its rule table replaced. */
export function withRuleTable(readme: string): string {
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a < 0 || b < a) return readme;
  return `${readme.slice(0, a + README_START.length)}\n${ruleTable()}\n${readme.slice(b)}`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  pkg.contributes.configuration.properties = settingsProperties();
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(root, 'schemas', 'fanfic.schema.json'), `${JSON.stringify(storySchema(), null, 2)}\n`);
  const readmePath = join(root, 'README.md');
  try {
    writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8')));
  } catch {
    // No README yet.
  }
  console.log(`generated settings, schema and README table for ${RULES.length} rules`);
}
