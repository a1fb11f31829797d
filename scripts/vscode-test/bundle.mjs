// Bundles a test index plus every *.test.ts below a folder into one CommonJS file that an
// extension host loads as extensionTestsPath.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.mjs';

function findTests(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findTests(path);
      return name.endsWith('.test.ts') ? [path] : [];
    });
}

/**
 * The index imports `loadTests` from the virtual module `fanfic-test-files`. The test files
 * are require()d inside that function rather than imported, so their top-level `suite()` calls
 * run only after the index has installed mocha's TDD globals (esbuild hoists static imports).
 */
function testFilesPlugin(files) {
  return {
    name: 'fanfic-test-files',
    setup(build) {
      build.onResolve({ filter: /^fanfic-test-files$/ }, () => ({ path: 'fanfic-test-files', namespace: 'fanfic-tests' }));
      build.onLoad({ filter: /.*/, namespace: 'fanfic-tests' }, () => ({
        contents: `export function loadTests() {\n${files.map((f) => `  require(${JSON.stringify(f)});`).join('\n')}\n}\n`,
        resolveDir: repoRoot,
        loader: 'js',
      }));
    },
  };
}

/**
 * mocha's browser build is a UMD file in a package marked "type": "module", so esbuild inlines
 * it as ESM without a module wrapper; its `module.exports = factory()` then overwrites the
 * bundle's own exports (VS Code would call mocha's run() instead of ours). Hiding `exports`,
 * `module` and `define` sends the UMD down its browser-global branch: globalThis.mocha.
 */
const mochaBrowserUmdPlugin = {
  name: 'mocha-browser-umd',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (exports, module, define) {\n${readFileSync(args.path, 'utf8')}\n}).call(globalThis);\n`,
      loader: 'js',
    }));
  },
};

/** @returns {Promise<string[]>} the test files bundled, relative to the repo */
export async function bundleTests({ entry, testsDir, outfile, platform }) {
  const files = findTests(testsDir);
  if (files.length === 0) throw new Error(`no *.test.ts files below ${relative(repoRoot, testsDir)}`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform,
    target: platform === 'node' ? 'node20' : 'es2022',
    sourcemap: 'inline',
    // Provided by the extension host at run time, never bundled.
    external: ['vscode'],
    // mocha's browser build refers to `global`; a web worker only has globalThis.
    define: platform === 'browser' ? { global: 'globalThis' } : {},
    mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; we never use it.
    logOverride: { 'require-resolve-not-external': 'silent' },
    plugins: [testFilesPlugin(files), ...(platform === 'browser' ? [mochaBrowserUmdPlugin] : [])],
  });
  return files.map((f) => relative(repoRoot, f));
}
