/// <reference lib="dom" />
// Scenario 13: 公文助手：导出为 Word writes a .docx beside the draft (through VS Code's save dialog, which offers
// that place), laid out as the export lays it out; 公文助手：版式预览 shows the draft's pages beside it, the checker's
// findings marked, following the cursor and the writer's typing.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docImage } from '../harness/docImages';
import { Workbench } from '../harness/workbench';
import { Docx, textOf } from '../../word/docx';

const notice = 'examples/关于召开全县安全生产工作会议的通知.md';

describe('13. Word export and the layout preview', () => {
  it('exports the draft in the editor to a .docx beside it', async function () {
    const wb = await Workbench.open();
    await wb.openFile(notice);
    const file = join(wb.workspace, 'examples', '关于召开全县安全生产工作会议的通知.docx');
    assert.ok(!existsSync(file));

    await wb.runCommand('Gongwen Assistant: Export as Word (导出为 Word)');
    // VS Code's save dialog, offering the draft's folder and name
    const input = wb.quickInput.locator('input');
    await input.waitFor();
    // the dialog fills its path in once it has read the folder
    await wb.page.waitForFunction(() => document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value.endsWith('.docx'), undefined, { timeout: 30_000 });
    assert.match(await input.inputValue(), /examples\/关于召开全县安全生产工作会议的通知\.docx$/);
    await input.press('Enter');
    await wb.page.locator('.notifications-toasts .notification-toast', { hasText: '已导出 关于召开全县安全生产工作会议的通知.docx' }).waitFor();

    const docx = new Docx(readFileSync(file));
    const words = docx
      .paragraphs()
      .map(textOf)
      .filter((t) => t !== '');
    assert.deepEqual(words.slice(0, 4), ['临河县人民政府办公室文件', '临政办发〔2024〕18号', '关于召开全县安全生产工作会议的通知', '各镇人民政府，县直各有关部门：']);
    assert.equal(docx.style('GwTitle').children.find((c) => c.name === 'w:name')?.attrs['w:val'], '公文标题');
  });

  it('shows the draft’s pages beside it, findings marked, following the cursor and the typing', async function () {
    const wb = await Workbench.open();
    await wb.openFile('examples/县高质量项目推进年活动开展情况的汇报.md');
    await wb.squiggles().first().waitFor(); // the checker has reported
    await wb.runCommand('Gongwen Assistant: Layout Preview (版式预览)');
    const view = wb.webview();
    await view.locator('.gw-app-title', { hasText: '版式预览：县高质量项目推进年活动开展情况的汇报.md' }).waitFor();
    const pages = view.locator('.gw-sheet-page');
    await pages.nth(1).waitFor();
    const count = await pages.count();
    assert.ok(count >= 3, `${count} pages`);
    // numbered “— n —”, odd on the right, even on the left
    assert.equal(await pages.nth(0).locator('.gw-folio.gw-odd').innerText(), '— 1 —');
    assert.equal(await pages.nth(1).locator('.gw-folio.gw-even').innerText(), '— 2 —');
    // the checker's findings on the page: the placeholders as errors, the half-width commas as warnings
    await view.locator('mark.gw-finding.gw-mark-error', { hasText: 'xx' }).first().waitFor();
    await view.locator('mark.gw-finding.gw-mark-warning', { hasText: ',' }).first().waitFor();
    assert.match(await view.locator('.gw-stats').innerText(), /^检查发现 \d+ 个问题（错误 40，警告 \d+/);
    await docImage(wb, 'layout-preview.png');

    // the cursor on the draft's last line: its paragraph marked on the last page
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+End');
    const last = pages.nth(count - 1);
    await last.locator('.gw-current').waitFor();

    // typing shows on the page
    await wb.page.keyboard.type('补充一句话。');
    await view.locator('.gw-sheet-page .gw-current', { hasText: '补充一句话。' }).first().waitFor();

    // the preview follows the active draft: a notice with 版头 and 版记
    // (Quick Open by hand: the preview's tab carries the draft's name too, so “the active tab named …” is two tabs)
    await wb.page.keyboard.press('Control+P');
    await wb.quickInput.locator('input').fill(notice);
    await wb.quickInputRow('关于召开全县安全生产工作会议的通知.md').click();
    await view.locator('.gw-app-title', { hasText: '版式预览：关于召开全县安全生产工作会议的通知.md' }).waitFor();
    await view.locator('.gw-sheet-page[data-page="1"] .gw-issuer', { hasText: '临河县人民政府办公室文件' }).waitFor();
    // pages break where Word breaks them (the export's pagination): 三、参会人员, kept with its first item, is the
    // first line in page 2's window (every page holds the whole galley; its window shows 22 lines of it)
    // (queried from the document inside one call: a redraw, on the diagnostics' arrival, replaces the pages)
    const firstLine = await view.locator('body').evaluate((body) => {
      const w = body.querySelector<HTMLElement>('.gw-sheet-page[data-page="2"] .gw-window')!;
      const top = w.getBoundingClientRect().top;
      const blocks = Array.from(w.querySelectorAll<HTMLElement>('[data-offset]'));
      const shown = blocks.find((b) => b.getBoundingClientRect().bottom > top + 1);
      const around = blocks.map((b) => `${b.className}@${(b.getBoundingClientRect().top - top).toFixed(1)}:${(b.textContent ?? '').slice(0, 6)}`).join(' | ');
      return { text: shown?.textContent ?? '', offset: (shown?.getBoundingClientRect().top ?? 0) - top, around };
    });
    assert.equal(firstLine.text, '三、参会人员', firstLine.around);
    assert.ok(Math.abs(firstLine.offset) < 1, `${firstLine.offset}px from the window's top`);
    // the body ends on page 3, as the export works it out; the 版记 on page 4, numbered
    const record = view.locator('.gw-sheet-page[data-page="4"]');
    await record.locator('.gw-record', { hasText: '抄送：县委办公室，县人大常委会办公室，县政协办公室。' }).waitFor();
    assert.equal(await record.locator('.gw-folio').innerText(), '— 4 —');
    assert.equal(await view.locator('.gw-sheet-page').count(), 4);
    // the cursor in the front matter: the first page's top in view
    await view.locator('.gw-sheet-page[data-page="1"] .gw-issuer').waitFor();
  });
});
