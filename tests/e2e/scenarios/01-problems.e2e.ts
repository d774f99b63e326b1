// Scenario 1: opening the seed example lists its findings in the Problems panel, in Chinese, with rule ids.

import * as assert from 'node:assert/strict';
import { docImage } from '../harness/docImages';
import { findings, workspaceText } from '../harness/engine';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

describe('1. Problems panel', () => {
  it('lists the seed example’s findings in Chinese with their rule ids', async () => {
    const expected = findings(workspaceText(seedExample));
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    await wb.squiggles('error').first().waitFor();
    await wb.squiggles('warning').first().waitFor();

    const rows = await wb.showProblems();
    // The file's row counts exactly the findings the engine reports.
    await wb.waitForProblemCount('县高质量项目推进年活动开展情况的汇报.md', expected.length);
    await docImage(wb, 'problems-panel.png');

    for (const rule of ['placeholder', 'punctuation-width', 'web-residue', 'broken-paragraph']) {
      const first = expected.find((f) => f.rule === rule);
      assert.ok(first, `the engine reports no ${rule} finding`);
      assert.match(first.message, /[\u4e00-\u9fff]/);
      await wb.filterProblems(rule);
      const row = rows.filter({ hasText: first.message }).first();
      await row.waitFor();
      const text = await row.innerText();
      assert.ok(text.includes(rule), `row without its rule id: ${text}`);
      assert.ok(text.includes('公文助手'), `row without its source: ${text}`);
      assert.ok(text.includes(`[Ln ${first.line}, Col ${first.column}]`), `row at another position: ${text}`);
    }
  });
});
