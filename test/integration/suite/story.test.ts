import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, getExtension, openFixture, waitFor } from '../helpers';

/** What the extension's activate() returns, as far as these tests use it. */
interface FanficApi {
  goals: { text(): string | undefined; refresh(): Promise<void> };
  dashboard: { rendered(): string[] | undefined; chapters(): string[] | undefined; open(index: number): Promise<void> };
  storyProblems: { load(): Promise<Array<{ file: string; count: number; rules: Record<string, number> }>>; fixCount(): number };
}

function api(): FanficApi {
  const exports = getExtension().exports as Partial<FanficApi> | undefined;
  assert.ok(exports?.goals && exports.dashboard && exports.storyProblems, 'activate() did not return goals, dashboard and storyProblems');
  return exports as FanficApi;
}

async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

suite('The story at a glance', () => {
  suiteSetup(activateExtension);
  teardown(revertAll);

  test('the Story Dashboard draws every chart and a chapter bar opens its chapter', async () => {
    await openFixture('chapter-01.fic');
    await vscode.commands.executeCommand('fanfic.storyDashboard');
    const charts = await waitFor('the dashboard to draw', () => {
      const r = api().dashboard.rendered();
      return r && r.includes('lengths') ? r : undefined;
    });
    assert.ok(charts.includes('heatmap'), `charts drawn: ${charts.join(', ')}`);
    assert.ok(charts.includes('dialogue'), `charts drawn: ${charts.join(', ')}`);
    const chapters = api().dashboard.chapters() ?? [];
    assert.deepEqual(
      chapters.map((c) => c.split('/').pop()),
      ['chapter-01.fic', 'chapter-02.fic'],
      chapters.join(' '),
    );
    await api().dashboard.open(1);
    await waitFor('chapter 2 to open', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === fixtureUri('chapter-02.fic').toString() ? true : undefined,
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("the goals status bar counts today's words, and a paste can be excluded", async () => {
    const config = vscode.workspace.getConfiguration('fanfic');
    await config.update('goals.daily', 500, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await openFixture('chapter-01.fic');
      const editor = vscode.window.activeTextEditor!;
      const start = await waitFor('the goal to show', () => {
        const t = api().goals.text();
        return t && /^\d[\d,]*\/500 today/.test(t) ? t : undefined;
      });
      const before = Number(start.split('/')[0].replace(/,/g, ''));
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\n\nShe wrote five more words.\n'));
      await waitFor('five words more today', () =>
        api()
          .goals.text()
          ?.startsWith(`${before + 5}/500 today`)
          ? true
          : undefined,
      );
      const paste = `\n\n${Array.from({ length: 250 }, (_, i) => `word${i}`).join(' ')}\n`;
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, paste));
      await waitFor('the paste counted', () =>
        api()
          .goals.text()
          ?.startsWith(`${before + 255}/500 today`)
          ? true
          : undefined,
      );
      await vscode.commands.executeCommand('fanfic.excludeLastPaste');
      await waitFor('the paste excluded', () =>
        api()
          .goals.text()
          ?.startsWith(`${before + 5}/500 today`)
          ? true
          : undefined,
      );
    } finally {
      await config.update('goals.daily', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the Story Problems view lists the findings of every story file, the closed ones too, and fixes all in story', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openFixture('chapter-01.fic');
    const files = await waitFor('the story problems', async () => {
      const f = await api().storyProblems.load();
      return f.length === 2 ? f : undefined;
    });
    assert.deepEqual(
      files.map((f) => f.file),
      ['chapter-01.fic', 'chapter-02.fic'],
    );
    const two = files[1];
    assert.equal(two.rules['character-name'], 1, JSON.stringify(two));
    assert.equal(
      two.count,
      Object.values(two.rules).reduce((a, b) => a + b, 0),
    );
    const fixes = api().storyProblems.fixCount();
    assert.ok(fixes >= 1, `${fixes} confident fixes`);
    await vscode.commands.executeCommand('fanfic.fixAllInStory', true);
    const chapterTwo = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fixtureUri('chapter-02.fic').toString());
    assert.ok(chapterTwo && chapterTwo.isDirty, 'the closed chapter 2 was fixed (and is now open, unsaved)');
    assert.ok(!chapterTwo.getText().includes('Hermoine'), 'the variant spelling was replaced');
    await waitFor('no confident fix left', async () => {
      await api().storyProblems.load();
      return api().storyProblems.fixCount() === 0 ? true : undefined;
    });
  });
});
