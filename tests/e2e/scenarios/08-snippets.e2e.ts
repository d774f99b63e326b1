// Scenario 8: a snippet expands from its prefix, with tabstops on its slots.

import { Workbench } from '../harness/workbench';

describe('8. Snippets', () => {
  it('汇报开头 expands from its pinyin initials hbkt', async function () {
    const wb = await Workbench.open();
    await wb.openFile('drafts/片段.md');
    await wb.editor.click();
    await wb.page.keyboard.type('hbkt');
    await wb.page.keyboard.press('Control+Space');
    // Enter accepts the focused suggestion: it must be this snippet.
    await wb.page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'hbkt' }).waitFor();
    await wb.page.keyboard.press('Enter');
    await wb.editor.locator('.view-line', { hasText: '按照【会议或文件】要求，现将【事项】情况汇报如下：' }).waitFor();
    // The first slot is selected: typing fills it; Tab moves to the next.
    await wb.page.keyboard.type('全县项目建设推进会');
    await wb.page.keyboard.press('Tab');
    await wb.page.keyboard.type('一季度项目建设');
    await wb.editor.locator('.view-line', { hasText: '按照全县项目建设推进会要求，现将一季度项目建设情况汇报如下：' }).waitFor();
  });
});
