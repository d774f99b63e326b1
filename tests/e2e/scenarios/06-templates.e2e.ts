// Scenario 6: insert a template: pick 工作汇报, type into the form, see the preview change, insert; the text
// is at the cursor; one undo removes it.

import * as assert from 'node:assert/strict';
import { Workbench } from '../harness/workbench';

const draft = 'drafts/插入模板.md';
const draftName = '插入模板.md';
// The draft: 前文保留的一段话。 / (blank) / 后文保留的一段话。
const original = ['前文保留的一段话。', '', '后文保留的一段话。'];

/** The lines wholly in view: the edge ones may be cut (a wrapped line shows only some of its rows). */
function wholeLines(lines: Map<number, string>): Array<[number, string]> {
  const entries = [...lines].sort(([a], [b]) => a - b);
  return entries.filter(([line], i) => (i > 0 || line === 1) && i < entries.length - 1);
}

describe('6. Templates', () => {
  it('inserts 工作汇报 at the cursor from the live preview; one undo removes it', async function () {
    const wb = await Workbench.open();
    await wb.openFile(draft);
    await wb.goTo(2, 1);

    const { view, page } = await wb.openWorkReportPreview();
    assert.ok(!(await page.innerText()).includes('全县重点项目建设'));
    await view.locator('#gw-field-subject').pressSequentially('全县重点项目建设');
    await page.filter({ hasText: '关于全县重点项目建设情况的汇报' }).waitFor();
    await view.locator('#gw-field-unit').pressSequentially('临河县发展和改革局');
    await page.filter({ hasText: '临河县发展和改革局' }).waitFor();

    // What goes in: the Markdown view of the same render.
    await view.locator('.gw-tab', { hasText: 'Markdown' }).click();
    const markdown = (await view.locator('.gw-source').innerText()).replace(/\s+$/, '').replace(/^\n+/, '');
    assert.ok(markdown.includes('关于全县重点项目建设情况的汇报'));
    await view.locator('.gw-primary', { hasText: '插入' }).click();
    await view.locator('.gw-status', { hasText: '已插入' }).waitFor();

    // At the cursor (line 2), set apart by blank lines: 前文 / blank / the draft … / blank / 后文.
    const expected = [original[0], '', ...markdown.split('\n'), '', original[2]];
    await wb.activateTab(draftName);
    await wb.page.locator('.tabs-container .tab.dirty', { hasText: draftName }).waitFor();
    await wb.page.keyboard.press('Control+Home');
    await wb.waitForLine(1, original[0]!);
    await wb.waitForLine(3, expected[2]!.trimEnd());
    const top = wholeLines(await wb.visibleLines());
    assert.ok(top.length >= 5, 'too few lines in view');
    for (const [line, text] of top) assert.equal(text.trimEnd(), (expected[line - 1] ?? '').trimEnd(), `line ${line}`);
    await wb.page.keyboard.press('Control+End');
    await wb.waitForLine(expected.length, original[2]!);
    const bottom = wholeLines(await wb.visibleLines());
    assert.ok(bottom.some(([, text]) => text === original[2]));
    for (const [line, text] of bottom) assert.equal(text.trimEnd(), (expected[line - 1] ?? '').trimEnd(), `line ${line}`);

    // One undo: back to the saved text, so the editor is no longer dirty.
    await wb.page.keyboard.press('Control+Z');
    await wb.page.locator('.tabs-container .tab.dirty', { hasText: draftName }).waitFor({ state: 'detached' });
    for (const [i, text] of original.entries()) await wb.waitForLine(i + 1, text);
  });

  it('lays the 重点项目 table typed into the form out as a ruled 公文 table, its 合计 computed', async function () {
    const wb = await Workbench.open();
    await wb.openFile(draft);
    const { view, page } = await wb.openWorkReportPreview();
    // rows as a writer types them, cells parted by |
    await view.locator('#gw-field-projects').fill('工业项目 | 16 | 22.5 | 11.6\n基础设施项目 | 11 | 17.3 | 8.9');
    const figure = page.locator('figure.gw-table');
    const table = figure.locator('table');
    await table.locator('td', { hasText: '基础设施项目' }).waitFor();
    assert.deepEqual(await table.locator('th').allInnerTexts(), ['项目类别', '项目数（个）', '年度计划投资（亿元）', '完成投资（亿元）']);
    const total = table.locator('tbody tr').last();
    assert.deepEqual(
      (await total.locator('td').allInnerTexts()).map((t) => t.trim()),
      ['合计', '27', '39.8', '20.5'],
    );
    // the 表题 above it, and the ruled cells
    assert.match(await figure.locator('.gw-table-title').innerText(), /表1 .*重点项目完成情况/);
    assert.equal(
      await table
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).borderTopStyle),
      'solid',
    );
  });
});
