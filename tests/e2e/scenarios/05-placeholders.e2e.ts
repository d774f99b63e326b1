// Scenario 5: “下一个占位符” (Next Placeholder) selects the next xx; typing over it drops the placeholder
// count in the status bar.

import * as assert from 'node:assert/strict';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

describe('5. Placeholders', () => {
  it('Next Placeholder selects the next xx; typing over it drops the count', async function () {
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    const status = wb.statusBarItem(/Placeholders \d+ · Problems \d+/);
    await status.waitFor();
    const count = Number(/Placeholders (\d+)/.exec(await status.innerText())?.[1]);
    assert.ok(count > 0);

    // From the top of the file, the next placeholder is the xx of line 7: xx县高质量项目推进年活动开展情况的汇报
    await wb.goTo(1, 1);
    await wb.runCommand('Gongwen Assistant: Next Placeholder (下一个占位符)');
    await wb.statusBarItem('Ln 7, Col 3 (2 selected)').waitFor();
    await wb.page.keyboard.type('城关');
    await wb.editor.locator('.view-line', { hasText: '城关县高质量项目推进年活动开展情况的汇报' }).waitFor();
    await wb.statusBarItem(`Placeholders ${count - 1} · `).waitFor();

    // Its key binding goes on to the next one.
    await wb.page.keyboard.press('Control+Alt+BracketRight');
    await wb.statusBarItem('Ln 13, Col 27 (2 selected)').waitFor();
  });
});
