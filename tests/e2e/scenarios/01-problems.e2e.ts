// Scenario 1: opening the seed example lists its findings in the Problems panel, in Chinese, with rule ids.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { cliFindings } from '../harness/cli';
import { docImage } from '../harness/docImages';
import { seedExample } from '../harness/fixture';
import { session } from '../harness/session';
import { Workbench } from '../harness/workbench';

describe('1. Problems panel', () => {
  it('lists the seed example’s findings in Chinese with their rule ids', async () => {
    const expected = cliFindings(join(session().workspace, seedExample));
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    await wb.squiggles('error').first().waitFor();
    await wb.squiggles('warning').first().waitFor();

    const rows = await wb.showProblems();
    // The file's row counts exactly the findings the command line reports.
    const fileRow = rows.filter({ hasText: '县高质量项目推进年活动开展情况的汇报.md' });
    await fileRow.locator('.monaco-count-badge', { hasText: new RegExp(`^${expected.length}$`) }).waitFor();
    await docImage(wb, 'problems-panel.png');

    for (const rule of ['placeholder', 'punctuation-width', 'web-residue', 'broken-paragraph']) {
      const first = expected.find((f) => f.rule === rule);
      assert.ok(first, `the command line reports no ${rule} finding`);
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
