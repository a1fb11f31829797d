#!/usr/bin/env node
// Bundles the extension (desktop and web), the language server (Node and web worker) and the CLI
// with esbuild, and copies the Hunspell dictionaries the Node hosts read at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// dictionary-en exports only its index.js; resolve its data files by path for the web bundle.
const dictionaryFiles = {
  name: 'dictionary-files',
  setup(b) {
    b.onResolve({ filter: /^dictionary-en(-gb)?\/index\.(aff|dic)$/ }, (args) => {
      const [pkgName, file] = args.path.split('/');
      return { path: join(dirname(require.resolve(pkgName)), file) };
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  // jsonc-parser's UMD build requires its modules dynamically, which a bundle cannot follow.
  mainFields: ['module', 'main'],
  define: { FANFIC_VERSION: JSON.stringify(pkg.version) },
  // esbuild 0.28 rewrites every literal with a Unicode property escape (`/\p{Lu}/u`) into
  // `new RegExp(…)` for a Node target, which builds a regular expression each time it is read:
  // in the hot loops of the rules (`/\p{N}/u` for every token) that was 100 M instructions of
  // regular-expression set-up in a cold check. Node 20's V8 reads them natively.
  supported: { 'regexp-unicode-property-escapes': true },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['src/client/extension.ts'],
    outfile: 'dist/client/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  }),
  build({ ...common, entryPoints: ['src/server/node.ts'], outfile: 'dist/server/server.js', platform: 'node', format: 'cjs', target: 'node20' }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/fanfic.js', platform: 'node', format: 'cjs', target: 'node20' }),
  // `fanfic-writer/retext`: the rules as retext plugins (package.json `exports`).
  build({ ...common, entryPoints: ['src/retext/index.ts'], outfile: 'dist/retext/index.js', platform: 'node', format: 'cjs', target: 'node20' }),
  build({
    ...common,
    entryPoints: ['src/client/extension.browser.ts'],
    outfile: 'dist/client/extension.browser.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
  }),
  // The Story Dashboard's page: its script and its stylesheet (uPlot's and ours), for the webview.
  build({
    ...common,
    entryPoints: ['src/client/webview/dashboard.ts'],
    outfile: 'dist/webview/dashboard.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
  build({
    ...common,
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/server/server.browser.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    loader: { '.aff': 'text', '.dic': 'text', '.txt': 'text' },
    plugins: [dictionaryFiles],
    define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
  }),
]);

for (const [locale, name] of [
  ['en-US', 'dictionary-en'],
  ['en-GB', 'dictionary-en-gb'],
]) {
  const dir = join(root, 'dist', 'dictionaries', locale);
  mkdirSync(dir, { recursive: true });
  for (const file of ['index.aff', 'index.dic', 'license']) cpSync(join(dirname(require.resolve(name)), file), join(dir, file));
  // Its forms, the affixes applied (built by scripts/build-hunspell-forms.ts): no dictionary build at start-up.
  cpSync(join(root, 'data', 'hunspell-forms', `${locale}.txt`), join(dir, 'forms.txt'));
}
// The second-tier word list (built by scripts/build-wordlist.ts), read by the Node hosts.
cpSync(join(root, 'data', 'wordlist.txt'), join(root, 'dist', 'dictionaries', 'wordlist.txt'));
