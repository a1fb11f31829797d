// The lint that guards the architecture: src/core is pure (no editor, no Node built-ins), and the
// web entries and everything they import never touch Node.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = {
  paths: [
    { name: 'vscode', message: 'src/core is pure: it must run without an editor.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins (it runs in a web worker too).' })),
  ],
  patterns: [
    { group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'src/core knows nothing of LSP.' },
    { group: ['**/server/**', '**/client/**', '**/cli/**', '**/node/**'], message: 'src/core depends on nothing outside it.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', 'bench/corpus/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts', 'src/common/**/*.ts'], rules: { 'no-restricted-imports': ['error', noNode] } },
  // Small pieces: a function fits on a screen or two, a file holds one idea (data tables aside).
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/data/**'],
    rules: { 'max-lines': ['error', { max: 600 }], 'max-lines-per-function': ['error', { max: 120 }] },
  },
  {
    files: ['src/server/**/*.ts', 'src/client/**/*.ts', 'src/common/**/*.ts'],
    ignores: ['src/server/node.ts', 'src/client/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'Web entries run in a browser: no Node built-ins.' })) }],
    },
  },
);
