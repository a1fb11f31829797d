/**
 * Hostile `fanfic.*` settings: VS Code does not enforce a setting's schema, so a workspace can send
 * `"fanfic.words": 5` or `"fanfic.maxFindings": -1`. Every setting in package.json, given values of
 * every wrong type, validates without throwing, takes its default and says why; the language
 * server, sent them, keeps checking and warns once; a locale that is a path reads nothing.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../../bench/lsp-client';
import { RULE_IDS, ruleById, validateSettings } from '../../src/core';
import { loadDictionary } from '../../src/node/dictionaries';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties as Record<
  string,
  { type: string; default: unknown; minimum?: number; enum?: string[]; items?: { enum?: string[] } }
>;

/** Values of every JSON type (and a few a settings file can hold that are no numbers at all). */
const HOSTILE: unknown[] = [
  5,
  -1,
  0,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  'Zorblat',
  '',
  '../../x',
  [],
  [5, null, {}],
  null,
  {},
  { a: 1 },
  true,
  false,
  ['__proto__'],
  '__proto__',
];

/** Where `getConfiguration('fanfic')` puts a setting: `fanfic.rules.spelling` → rules.spelling. */
function raw(key: string, value: unknown): Record<string, unknown> {
  const path = key.replace(/^fanfic\./, '').split('.');
  return path.length === 1 ? { [path[0]]: value } : { [path[0]]: { [path.slice(1).join('.')]: value } };
}

/** The value a validated setting took. */
function applied(settings: ReturnType<typeof validateSettings>['settings'], key: string): unknown {
  const path = key.replace(/^fanfic\./, '').split('.');
  if (path[0] === 'rules') return settings.rules[path[1]] ?? ruleById(path[1])?.defaultSeverity;
  const top = (settings as unknown as Record<string, unknown>)[path[0]];
  return path.length === 2 ? (top as Record<string, unknown>)[path[1]] : top;
}

/** Whether a value is valid for the schema entry (then it applies as given). */
function valid(schema: (typeof properties)[string], value: unknown): boolean {
  if (schema.type === 'number') return typeof value === 'number' && Number.isInteger(value) && value >= (schema.minimum ?? -Infinity);
  if (schema.type === 'string') return typeof value === 'string' && (schema.enum ?? []).includes(value);
  if (schema.type === 'array')
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && (!schema.items?.enum || schema.items.enum.includes(v)));
  return false;
}

describe('every fanfic.* setting in package.json validates against hostile values', () => {
  test('package.json declares the settings this test goes through', () => {
    assert.ok(Object.keys(properties).length >= 5, Object.keys(properties).join(', '));
    for (const id of RULE_IDS) assert.ok(properties[`fanfic.rules.${id}`], `fanfic.rules.${id}`);
  });
  for (const [key, schema] of Object.entries(properties)) {
    test(`${key}: a wrong type or range never throws, takes the default and names the setting`, () => {
      for (const value of HOSTILE) {
        const { settings, problems } = validateSettings(raw(key, value), RULE_IDS);
        if (valid(schema, value) || (schema.type === 'array' && Array.isArray(value) && value.length === 0)) continue;
        if (value === null) {
          // null is "not set" in settings.json: the default, silently.
          assert.deepEqual(problems, []);
          assert.deepEqual(applied(settings, key), schema.default, `${key} = null`);
          continue;
        }
        const expected = schema.type === 'array' && Array.isArray(value) ? (key === 'fanfic.languages' ? ['fanfic'] : []) : schema.default;
        assert.deepEqual(applied(settings, key), expected, `${key} = ${String(value)}`);
        assert.equal(problems.length, 1, `${key} = ${String(value)}: ${problems.join(' | ')}`);
        assert.ok(problems[0].includes(`"${key}`) || problems[0].includes(`"fanfic.rules"`), problems[0]);
      }
    });
  }
  test('the whole section of a wrong type, or every setting wrong at once, never throws', () => {
    for (const value of HOSTILE) assert.doesNotThrow(() => validateSettings(value, RULE_IDS));
    const all: Record<string, unknown> = { rules: {} };
    // -1 is wrong for every setting (5 is a valid daily goal).
    for (const key of Object.keys(properties))
      Object.assign(all, raw(key, -1), key.startsWith('fanfic.rules.') ? { rules: { ...(all.rules as object), [key.slice(13)]: -1 } } : {});
    const { settings, problems } = validateSettings(all, RULE_IDS);
    assert.deepEqual(settings, { languages: ['fanfic'], locale: 'en-US', words: [], rules: {}, maxFindings: 5000, goals: { daily: 0 } });
    assert.equal(problems.length, Object.keys(properties).length);
  });
  test('"fanfic.words": "Zorblat" is no list of seven one-letter words', () => {
    const { settings, problems } = validateSettings({ words: 'Zorblat' });
    assert.deepEqual(settings.words, []);
    assert.match(problems[0], /"fanfic\.words" must be a list of words like \["Hogwarts"\], not "Zorblat"/);
  });
  test('"fanfic.maxFindings": -1 is refused with the minimum; 250 applies', () => {
    assert.match(validateSettings({ maxFindings: -1 }).problems[0], /at least 100, not -1; using 5000/);
    assert.equal(validateSettings({ maxFindings: 250 }).settings.maxFindings, 250);
  });
  test('valid settings apply as written, with no problem', () => {
    const { settings, problems } = validateSettings(
      { languages: ['markdown'], locale: 'en-GB', words: ['Hogwarts', 5], rules: { spelling: 'error' }, maxFindings: 300, goals: { daily: 1500 } },
      RULE_IDS,
    );
    assert.deepEqual(settings, {
      languages: ['fanfic', 'markdown'],
      locale: 'en-GB',
      words: ['Hogwarts'],
      rules: { spelling: 'error' },
      maxFindings: 300,
      goals: { daily: 1500 },
    });
    assert.deepEqual(problems, ['Each entry of "fanfic.words" must be a string; ignoring 5.']);
  });
});

describe('"fanfic.locale" is a locale, never a path', () => {
  test('"../../x" is refused with a message, exactly as the story file\'s locale is', () => {
    for (const locale of ['../../x', '../../../../etc', 'en-US/../../x', 'EN-us', '']) {
      const { settings, problems } = validateSettings({ locale });
      assert.equal(settings.locale, 'en-US');
      assert.match(problems[0], /"fanfic\.locale" must be one of "en-US", "en-GB"/);
    }
  });
  test('the Node dictionary loader refuses a locale that is not known, reading nothing', () => {
    assert.throws(() => loadDictionary('../../x' as never), /Unknown locale "\.\.\/\.\.\/x"; known: en-US, en-GB/);
  });
});

describe('the language server, sent hostile settings, keeps checking and warns once per setting', () => {
  test('words: 5, maxFindings: -1, locale: "../../x", rules: "off": diagnostics still arrive, with the defaults', { timeout: 60_000 }, async () => {
    const client = LspClient.start({
      server: join(root, 'src', 'server', 'node.ts'),
      nodeArgs: ['--import', 'tsx'],
      cwd: root,
      settings: { words: 5, maxFindings: -1, locale: '../../x', rules: 'off', languages: 'fanfic' },
      timeoutMs: 30_000,
    });
    const shown: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      if (params.type === 2) shown.push(params.message);
      return null;
    });
    try {
      await client.initialize(pathToFileURL(root).toString());
      const uri = pathToFileURL(join(root, 'hostile-settings.fic')).toString();
      const wait = client.waitForDiagnostics(uri, 1);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'fanfic', version: 1, text: 'She saw the the cat.\n' } });
      const publish = await wait;
      assert.deepEqual(
        publish.diagnostics.map((d) => d.code),
        ['repeated-word'],
      );
      // A settings change with the same wrong values warns no second time.
      const again = client.waitForDiagnostics(uri, 1);
      await client.notify('workspace/didChangeConfiguration', { settings: {} });
      await again;
      const warnings = shown.filter((m) => /^Fanfic: "fanfic\./.test(m));
      for (const key of ['words', 'maxFindings', 'locale', 'rules', 'languages']) {
        assert.equal(warnings.filter((w) => w.startsWith(`Fanfic: "fanfic.${key}"`)).length, 1, `${key}: ${warnings.join('\n')}`);
      }
      assert.equal(client.exited, undefined, client.stderr);
    } finally {
      await client.stop();
    }
  });
});

describe('Restricted Mode', () => {
  test('package.json limits untrusted workspaces: the settings that pick a dictionary or add words are restricted', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.deepEqual([...trust.restrictedConfigurations].sort(), ['fanfic.locale', 'fanfic.words']);
    for (const key of trust.restrictedConfigurations) assert.ok(properties[key], `${key} is not a setting`);
    assert.match(trust.description, /Restricted Mode/);
  });
});
