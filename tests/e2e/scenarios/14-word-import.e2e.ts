// Scenario 14: “公文助手：从 Word 导入” opens a .docx as a new untitled Markdown draft, its numbering written out,
// checked at once: its findings are in the Problems panel.

import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocxBytes } from '../../../server/src/word/import';
import { wordReport } from '../../word/build';
import { findings } from '../harness/engine';
import { Workbench } from '../harness/workbench';

const docxName = '上半年工作汇报.docx';
const draftName = '上半年工作汇报.md';

describe('14. Word import', () => {
  it('opens the imported draft, checked, with its findings in the Problems panel', async () => {
    const bytes = wordReport();
    const markdown = importDocxBytes(bytes).markdown;
    const expected = findings(markdown);
    assert.ok(expected.some((f) => f.rule === 'placeholder') && expected.some((f) => f.rule === 'number-sum'));

    const wb = await Workbench.open({
      prepare: (workspace) => {
        mkdirSync(join(workspace, 'word'), { recursive: true });
        writeFileSync(join(workspace, 'word', docxName), bytes);
      },
    });
    await wb.runCommand('Gongwen Assistant: Import from Word (从 Word 导入)');
    // code-server's open dialog is a quick input holding a path: go to the folder, wait for it to be listed (the
    // dialog checks a typed path against that listing), pick the file
    const input = wb.quickInput.locator('input');
    await input.waitFor();
    // the dialog first fills in and lists its default folder (the workspace): typing before that is done got the
    // typed path appended to the default one on a fresh CI machine
    await wb.quickInputRow('word').waitFor();
    await input.fill(`${join(wb.workspace, 'word')}/`);
    await wb.quickInputRow(docxName).waitFor();
    await input.fill(join(wb.workspace, 'word', docxName));
    await input.press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });

    // a new untitled draft named after the .docx, its numbering written out as text
    await wb.activeTab(draftName).waitFor();
    await wb.waitForLine(1, '# 关于2024年上半年工作情况的汇报');
    await wb.waitForLine(5, '一、工作进展情况');
    await wb.waitForLine(7, '（一）扎实推进项目建设');

    // checked at once: the Problems panel counts exactly the engine's findings on that draft
    const rows = await wb.showProblems();
    await wb.waitForProblemCount(draftName, expected.length);
    const sum = expected.find((f) => f.rule === 'number-sum')!;
    const row = rows.filter({ hasText: sum.message }).first();
    await row.waitFor();
    assert.ok((await row.innerText()).includes(`[Ln ${sum.line}, Col ${sum.column}]`));
    await wb.squiggles('error').first().waitFor();
  });
});
