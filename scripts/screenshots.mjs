#!/usr/bin/env node
// Takes the README's screenshots in a real VS Code (the same VS Code server and headless Chromium
// as the integration tests), on a copy of examples/, in the default dark theme, 1400×900:
//
//   images/editor.png     the chapter with dialogue, a flashback and a scene break, and the
//                         Outline in the Explorer showing its chapters and scenes
//   images/quick-fix.png  the quick-fix menu opened with Ctrl+. on the confusable `loose`
//   images/ao3-preview.png  "Fanfic: Preview for AO3" beside the chapter
//   images/dashboard.png  the Story Dashboard beside the chapter
//
//   npm run screenshots                 (builds first unless FANFIC_NO_BUILD=1)
//   FANFIC_SCREENSHOTS_DIR=dir          write the PNGs there instead of images/
//   FANFIC_VSCODE_VERBOSE=1             print the server's and the page's output
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './vscode-test/paths.mjs';
import { isolatedProfile, missingInstall, startVsCodeServer, workbenchUrl } from './vscode-test/server.mjs';
import { launchChromium, runSettings } from './vscode-test/workbench.mjs';

const started = Date.now();
const say = (msg) => console.log(`[screenshots +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const { verbose } = runSettings;
const outDir = process.env.FANFIC_SCREENSHOTS_DIR || join(repoRoot, 'images');
const VIEWPORT = { width: 1400, height: 900 };
const CHAPTER = 'the-long-road-home.fic';
const DARK_THEME = 'Dark 2026';
// README images are downloaded by every visitor of the page; keep them small.
const MAX_BYTES = 400 * 1024;

function run(cmd, args) {
  return spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
}

if (!run(process.execPath, [join(repoRoot, 'scripts', 'vscode-test', 'setup.mjs')])) {
  console.error('screenshots: setup failed');
  process.exit(1);
}
if (process.env.FANFIC_NO_BUILD !== '1' && !run('npm', ['run', '--silent', 'build'])) {
  console.error('screenshots: npm run build failed');
  process.exit(1);
}
const missing = missingInstall();
if (missing) {
  console.error(`screenshots: ${missing}`);
  process.exit(1);
}

// What a writer would see, minus what only distracts in a picture: no minimap, no chat in the
// secondary side bar, no tips; the Outline fully expanded.
const profile = isolatedProfile({
  prefix: 'fanfic-screenshots-',
  settings: {
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'explorer.openEditors.visible': 0,
    'outline.collapseItems': 'alwaysExpand',
    'breadcrumbs.enabled': true,
    'editor.cursorBlinking': 'solid',
    'workbench.editor.enablePreview': false,
  },
});
// Outside the profile, which is removed on exit.
const failureShot = join(tmpdir(), 'fanfic-screenshots-failure.png');
Object.assign(process.env, profile.env);
// A copy, so nothing the workbench might write lands in the repository; named like the original
// so the Explorer reads EXAMPLES.
const folder = join(profile.root, 'examples');
cpSync(join(repoRoot, 'examples'), folder, { recursive: true });

let server;
let browser;
let page;
let done = false;
async function finish(code, reason) {
  if (done) return;
  done = true;
  if (reason) console.error(`screenshots: ${reason}`);
  if (code !== 0 && server && !verbose) console.error(server.log.slice(-40).join(''));
  if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  if (server) await server.stop();
  profile.remove();
  say(`exit ${code}`);
  process.exit(code);
}
process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
setTimeout(() => finish(1, 'timed out after 180 s'), 180_000).unref();

/**
 * Runs a command by its label through the command palette, as a user would. A command that
 * asks for something (`opensPicker`) leaves its own picker open; that one is waited for instead.
 */
async function palette(page, label, { opensPicker = false } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${label}`);
  await pick(page, label);
  if (opensPicker) {
    await page.waitForFunction(() => {
      const el = document.querySelector('.quick-input-widget input');
      return el instanceof HTMLInputElement && el.offsetParent !== null && !el.value.startsWith('>');
    });
  } else {
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }
}

/** Chooses the entry labelled exactly `label` in the open quick pick (not merely the first one). */
async function pick(page, label) {
  // Any white space between words: a label may use a no-break space.
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
  await row.waitFor();
  await row.click();
}

/** Moves the cursor with Go to Line (`line` and `column` 1-based). */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(column ? `:${line}:${column}` : `:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The number of the first line wholly inside the editor's viewport. */
function topLine(editor) {
  return editor.evaluate((el) => {
    const top = el.querySelector('.lines-content')?.parentElement?.getBoundingClientRect().top ?? 0;
    const numbers = [...el.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((n) => ({ line: Number(n.textContent), y: n.getBoundingClientRect().top }))
      .filter((n) => n.line > 0 && n.y >= top - 1)
      .sort((a, b) => a.y - b.y);
    return numbers[0]?.line ?? 0;
  });
}

/**
 * Scrolls the editor a line at a time (Ctrl+Down and Ctrl+Up: Scroll Line Down/Up, which leave
 * the cursor where it is) until `line` is the first one shown.
 */
async function scrollToTopLine(page, editor, line) {
  for (let i = 0; i < 200; i++) {
    const current = await topLine(editor);
    if (current === line) return;
    await page.keyboard.press(current < line ? 'Control+ArrowDown' : 'Control+ArrowUp');
    await editor.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  throw new Error(`could not scroll line ${line} to the top of the editor (it shows ${await topLine(editor)})`);
}

async function shoot(page, name, options = {}) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, name);
  await page.screenshot({ path, type: 'png', ...options });
  const { size } = statSync(path);
  say(`${relative(repoRoot, path)}: ${(size / 1024).toFixed(0)} KB`);
  if (size > MAX_BYTES) throw new Error(`${name} is ${(size / 1024).toFixed(0)} KB, more than ${MAX_BYTES / 1024} KB`);
}

try {
  server = await startVsCodeServer({
    profile,
    verbose,
    onStart: (s) => {
      server = s;
    },
  });
  say(`VS Code server on 127.0.0.1:${server.port}`);
  browser = await launchChromium({ env: { ...process.env, ...profile.env } });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
  page = await context.newPage();
  if (verbose) page.on('console', (msg) => console.log(`[page ${msg.type()}] ${msg.text()}`));
  await page.goto(workbenchUrl(server.port, { folder, devPaths: [repoRoot] }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench .part.sidebar').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CHAPTER }).waitFor({ timeout: 60_000 });
  say('workbench ready');

  // Open the chapter with Quick Open.
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget input');
  await quickOpen.waitFor({ state: 'visible' });
  await quickOpen.fill(CHAPTER);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: CHAPTER }).first().waitFor();
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-group-container .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'Chapter Two: The Letter' }).waitFor({ timeout: 30_000 });
  // The extension is active and its server has analyzed the chapter: squiggles and a word count.
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page
    .locator('#status\\.fanfic\\.wordCount, .statusbar-item', { hasText: / words$/ })
    .first()
    .waitFor({ timeout: 30_000 });
  say('chapter open and analyzed');

  // VS Code's default dark theme (its COLOR_THEME_DARK). Left alone, this web workbench starts in
  // the light one, and the theme is a user setting, which lives in the browser here: pick it.
  // (Now, not earlier: the picker lists only the themes registered when it opens.)
  await palette(page, 'Preferences: Color Theme', { opensPicker: true });
  // This picker's filter finds "Dark" but not "Dark 2026"; pick() then takes the exact label.
  await page.locator('.quick-input-widget input').fill(DARK_THEME.split(' ')[0]);
  await pick(page, DARK_THEME);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 10_000 });

  // The Outline, in the Explorer, below the folder.
  await palette(page, 'Explorer: Focus on Outline View');
  const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) });
  await outline.locator('.monaco-list-row', { hasText: "Ron's POV" }).waitFor({ timeout: 30_000 });
  // The Outline gets the Explorer's height: the folder (two files) and the other views fold away.
  for (const title of [/^examples/i, /timeline/i, /characters/i]) {
    const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title });
    if (await header.count()) await header.first().click();
  }
  // A wider side bar, so the Outline's scene details are not cut short: drag the sash on its edge.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const sashes = await page.locator('.monaco-sash.vertical').filter({ visible: true }).all();
  for (const sash of sashes) {
    const box = await sash.boundingBox();
    if (!box || Math.abs(box.x + box.width / 2 - (sidebar.x + sidebar.width)) > 6 || box.height < sidebar.height / 2) continue;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 90, y, { steps: 10 });
    await page.mouse.up();
    break;
  }

  // (a) The chapter heading at the top, down through the flashback and the scene break.
  await editor.click({ position: { x: 300, y: 300 } });
  // The cursor rests on the blank line under the heading, where it hides nothing.
  await goTo(page, 11, 1);
  await scrollToTopLine(page, editor, 10);
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height / 2);
  await page.waitForTimeout(500);
  await shoot(page, 'editor.png');

  // (b) The quick-fix menu on `loose`, opened from the keyboard.
  await goTo(page, 22, 20);
  await page.keyboard.press('Control+Period');
  const menu = page.locator('.action-widget');
  await menu.locator('.action-widget-action-bar, .monaco-list-row', { hasText: /lose/ }).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  // The editor around the menu: the flagged line, the menu, and enough of the chapter to read.
  const menuBox = await menu.first().boundingBox();
  const editorBox = await page.locator('.editor-group-container').first().boundingBox();
  const top = Math.max(0, Math.round(menuBox.y - 260));
  const bottom = Math.min(VIEWPORT.height, Math.round(menuBox.y + menuBox.height + 200));
  await shoot(page, 'quick-fix.png', {
    clip: { x: Math.round(editorBox.x), y: top, width: Math.round(VIEWPORT.width - editorBox.x), height: bottom - top },
  });

  // (c) The AO3 preview beside the chapter.
  await page.keyboard.press('Escape');
  await editor.click({ position: { x: 300, y: 300 } });
  await goTo(page, 11, 1);
  await palette(page, 'Fanfic: Preview for AO3');
  await page.locator('.tab', { hasText: `AO3: ${CHAPTER}` }).waitFor({ timeout: 30_000 });
  // The webview renders in frames of its own; give it a moment to lay out.
  await page.waitForTimeout(2500);
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height / 2);
  await shoot(page, 'ao3-preview.png');
  // (c) The Story Dashboard beside the chapter: its charts drawn in the webview.
  await page.keyboard.press('Escape');
  await palette(page, 'Fanfic: Story Dashboard');
  const dashboard = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await dashboard.locator('.u-over').first().waitFor({ timeout: 30_000 });
  await dashboard.locator('table.heat').waitFor({ timeout: 30_000 });
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height / 2);
  await page.waitForTimeout(500);
  await shoot(page, 'dashboard.png');

  await finish(0);
} catch (err) {
  // What the window looked like when it went wrong is usually the quickest clue.
  if (page) {
    await page.screenshot({ path: failureShot }).then(
      () => console.error(`screenshots: the window at the failure: ${failureShot}`),
      () => {},
    );
  }
  await finish(1, err.stack || err.message);
}
