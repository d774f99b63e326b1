// Scenario 4: the Outline view shows the 一、/（一） hierarchy.

import * as assert from 'node:assert/strict';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

describe('4. Outline', () => {
  it('shows the 一、/（一） hierarchy of the seed example', async function () {
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    await wb.runCommand('Explorer: Focus on Outline View');
    const rows = wb.page.locator('.outline-pane .monaco-list-row');
    const row = (name: string) => rows.filter({ hasText: name }).first();
    const level = async (name: string) => Number(await row(name).getAttribute('aria-level'));

    await row('一、工作进展情况').waitFor();
    await row('(一)精心组织凝聚合力').waitFor();
    const part = await level('一、工作进展情况');
    assert.equal(await level('(一)精心组织凝聚合力'), part + 1);
    assert.equal(await level('(二)强化统筹压实责任'), part + 1);
    // Fold the first part so that the other two come into view, at the same level.
    await row('一、工作进展情况').click();
    await wb.page.keyboard.press('ArrowLeft');
    await row('(一)精心组织凝聚合力').waitFor({ state: 'detached' });
    await row('二、存在问题').waitFor();
    assert.equal(await level('二、存在问题'), part);
    assert.equal(await level('三、下一步工作措施'), part);
  });
});
