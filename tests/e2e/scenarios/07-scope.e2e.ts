// Scenario 7: English Markdown in the same workspace as the drafts gets no findings.

import * as assert from 'node:assert/strict';
import { seedExample } from '../harness/fixture';
import { Workbench } from '../harness/workbench';

const seedName = '县高质量项目推进年活动开展情况的汇报.md';

/** Opens `file`, then the seed: once the seed's findings show, `file` has had its turn (documents are answered in order). */
async function assertNoFindings(wb: Workbench, file: string): Promise<void> {
  await wb.openFile(seedExample);
  const rows = await wb.showProblems();
  await rows.filter({ hasText: seedName }).first().waitFor();
  assert.equal(await rows.filter({ hasText: file }).count(), 0, `${file} has findings in the Problems panel`);
  await wb.openFile(file);
  assert.equal(await wb.squiggles().count(), 0, `${file} has squiggles`);
}

describe('7. Scope', () => {
  it('leaves an English README in the same workspace alone', async () => {
    const wb = await Workbench.open();
    await wb.openFile('README.md');
    await assertNoFindings(wb, 'README.md');
  });

  it('leaves hard-wrapped English Markdown alone and says so in the status bar', async function () {
    const wb = await Workbench.open();
    await wb.openFile('CONTRIBUTING.md');
    await wb.statusBarItem('Gongwen Assistant: not checked').waitFor();
    await assertNoFindings(wb, 'CONTRIBUTING.md');
  });
});
