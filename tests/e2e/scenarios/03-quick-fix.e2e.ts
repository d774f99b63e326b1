// Scenario 3: a quick fix (half-width comma) applies and its finding disappears; fix-all fixes the rest of
// the safe findings.

import * as assert from 'node:assert/strict';
import { errors } from 'playwright-core';
import { findings, fixAll, workspaceText } from '../harness/engine';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

describe('3. Quick fixes', () => {
  it('fix a half-width comma, then fix all safe findings', async function () {
    const original = workspaceText(seedExample);
    // Line 9: 按照会议安排,现将全县高质量项目推进年活动开展情况汇报如下:
    const comma = findings(original).find((f) => f.rule === 'punctuation-width' && f.line === 9 && original.slice(f.offset, f.endOffset) === ',');
    assert.ok(comma, 'the seed has a half-width comma on line 9');
    const afterOne = original.slice(0, comma.offset) + '，' + original.slice(comma.endOffset);
    const afterAll = findings(fixAll(afterOne));
    const count = (rule: string) => afterAll.filter((f) => f.rule === rule).length;

    const wb = await Workbench.open();
    // The status bar counts the draft's findings as the language server last published them (our item) and as the
    // editor holds them (VS Code's Problems item): each step waits for both to reach the count it must reach. (The
    // Problems panel's filter box once lost its text on a loaded CI machine, so the panel is not used.)
    const ours = (all: ReturnType<typeof findings>) => {
      const placeholders = all.filter((f) => f.rule === 'placeholder').length;
      return wb.statusBarItem(new RegExp(`Placeholders ${placeholders} · Problems ${all.length - placeholders}(?![0-9])`));
    };
    const counts = async (all: ReturnType<typeof findings>, timeout?: number) => {
      await ours(all).waitFor({ timeout });
      const severity = (s: string) => all.filter((f) => f.severity === s).length;
      await wb.problemsStatus({ errors: severity('error'), warnings: severity('warning'), infos: severity('information') }).waitFor({ timeout });
    };
    await wb.openFile(seedExample);
    await counts(findings(original));

    await wb.goTo(comma.line, comma.column);
    // VS Code asks for the code actions at the cursor once it has moved there and shows a light bulb when it has
    // some: wait for it, so that Ctrl+. is not pressed while that request is still under way (“No code actions
    // available” was seen once on a fresh CI machine)
    // The preferred fix comes first, focused: Enter applies it. VS Code's own request for Ctrl+. can still come back
    // empty while the light bulb's is settling (“No code actions available”, seen on a fresh CI machine with the
    // light bulb shown): then the menu is asked for once more, and a second empty answer fails the test.
    const preferred = wb.page.locator('.action-widget .monaco-list-row.action.focused', { hasText: 'Change “,” to “，”' });
    // The editor's message only: VS Code also says it to screen readers in an alert outside the editor part, and the
    // two at once broke the wait for it to go (a strict-mode violation on a fresh CI machine).
    const none = wb.page.locator('[id="workbench.parts.editor"]').getByText('No code actions available');
    for (let attempt = 1; ; attempt++) {
      await wb.page.locator('.lightBulbWidget, [class*="gutter-lightbulb"]').first().waitFor();
      await wb.page.keyboard.press('Control+.');
      await preferred.or(none).first().waitFor();
      if (await preferred.isVisible()) break;
      assert.ok(attempt < 2, 'VS Code offered no code action at the half-width comma, twice');
      await wb.page.keyboard.press('Escape');
      await none.waitFor({ state: 'hidden' });
    }
    await wb.page.keyboard.press('Enter');
    await wb.editor.locator('.view-line', { hasText: '按照会议安排，现将' }).waitFor();
    // that finding, and only it, is gone
    await counts(findings(afterOne));

    // VS Code asks for the light bulb's code actions again 250 ms after the markers change and cancels a request of
    // Fix All that is still under way when that one starts: Fix All then does nothing, and the writer runs it again
    // (it did nothing once on a loaded CI machine). So does the test, once, if the draft is still as it was; a second
    // Fix All on a fixed draft finds nothing to fix, so a first one that was only slow cannot be applied twice.
    await wb.runCommand('Fix All');
    const fixed = await counts(afterAll, 30_000).then(
      () => true,
      (e: unknown) => {
        if (e instanceof errors.TimeoutError) return false;
        throw e;
      },
    );
    if (!fixed) {
      assert.ok(await ours(findings(afterOne)).isVisible(), 'Fix All changed the draft, but not into what the engine fixes');
      await wb.runCommand('Fix All');
    }
    // Only safe fixes: the punctuation is fixed, every placeholder is still there.
    await counts(afterAll);
    assert.ok(count('punctuation-width') < findings(afterOne).filter((f) => f.rule === 'punctuation-width').length, 'fix-all fixes punctuation');
    assert.equal(count('placeholder'), findings(original).filter((f) => f.rule === 'placeholder').length);
  });
});
