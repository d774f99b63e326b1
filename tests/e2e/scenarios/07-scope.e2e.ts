// Scenario 7: English Markdown in the same workspace as the drafts gets no findings.

import * as assert from 'node:assert/strict';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

describe('7. Scope', () => {
  it('leaves an English README in the same workspace alone', async () => {
    const wb = await Workbench.open();
    await wb.openFile('README.md');
    // A draft opened after it: the server answers documents in the order they open, so once the
    // draft's findings show, the README has had its turn.
    await wb.openFile(seedExample);
    const rows = await wb.showProblems();
    await rows.filter({ hasText: '县高质量项目推进年活动开展情况的汇报.md' }).first().waitFor();
    assert.equal(await rows.filter({ hasText: 'README.md' }).count(), 0, 'the README has findings in the Problems panel');
    await wb.openFile('README.md');
    assert.equal(await wb.squiggles().count(), 0, 'the README has squiggles');
  });
});
