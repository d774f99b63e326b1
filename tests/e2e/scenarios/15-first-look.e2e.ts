// Scenario 15: a writer's first look, in an English UI: one name in the palette (and 模板 finds the template
// command), the extension's page with its icon and pictures, the walkthrough, 字数 in the status bar, the list
// of placeholders, a GBK file, one outline, and the template preview at a laptop's size with the Problems panel
// open. Each leaves a picture in test-results/e2e/looks/.

import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../server/src/engine/check';
import { wordCount } from '../../../client/src/wordCount';
import { docImage, look } from '../harness/docImages';
import { seedExample } from '../harness/fixture';
import { repoRoot } from '../harness/paths';
import { Workbench } from '../harness/workbench';

interface Manifest {
  contributes: { commands: Array<{ command: string; title: string }>; menus: { commandPalette: Array<{ command: string; when: string }> } };
}
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const en = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
const titleOf = (command: string): string => en[/^%(.+)%$/.exec(manifest.contributes.commands.find((c) => c.command === command)!.title)![1]!]!;

/** A GB18030 (GBK) .txt, as Chinese offices save them: 关于全县春耕生产情况的汇报 … */
const GBK_DRAFT = Buffer.from(
  'udjT2sirz9i0urj7yfqy+sfpv/a1xLvjsagKCs/Yzq+hos/Y1f64rqO6Cgq98cTqyKvP2LmywuTKtbS6sqXD5rv9MTLN8sS2o6zG5NbQwbjKs9f3zu84zfLEtqOsvq28w9f3zu80zfLEtqGjz9a9q9PQudjH6b/2u+OxqMjnz8KhowoK0ruhormk1/e9+NW5x+m/9goKvdjWwTTUwrXXo6zS0c3qs8m0urKlNs3yxLajrNW8vMa7rrXENTAloaMK',
  'base64',
);

describe('15. First look', () => {
  it('lists every command under one name, and finds the template command by 模板 in an English UI', async () => {
    const wb = await Workbench.open();
    await wb.openFile('drafts/数字.md');
    await wb.page.keyboard.press('Control+Shift+P');
    const input = wb.quickInput.locator('input');
    await input.fill('>模板');
    await wb.quickInputRow(`Gongwen Assistant: ${titleOf('gongwen.insertFromTemplate')}`).waitFor();
    await look(wb, 'palette-模板');
    await input.fill('>Gongwen');
    // what the palette offers in a Markdown editor: all but the commands kept out of it (a hidden one, one for garbled files)
    const hidden = new Set(manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false' || m.when === 'gongwen.misdecoded').map((m) => m.command));
    const expected = manifest.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => `Gongwen Assistant: ${titleOf(c.command)}`);
    for (const label of expected) await wb.quickInputRow(label).waitFor();
    const labels = await wb.quickInput.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    assert.deepEqual(labels.filter((l) => /^Gongwen\b/.test(l) && !l.startsWith('Gongwen Test Host')).sort(), expected.sort());
    await look(wb, 'palette-one-name');
    await wb.page.keyboard.press('Escape');
  });

  it('shows the extension’s page with its icon and its pictures, loaded from the package', async () => {
    const wb = await Workbench.open();
    await wb.page.keyboard.press('Control+Shift+X');
    const search = wb.page.locator('.extensions-viewlet .suggest-input-container .monaco-editor textarea, .extensions-viewlet .monaco-inputbox input').first();
    await search.waitFor();
    await wb.page.keyboard.type('@installed Gongwen Assistant');
    const item = wb.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Gongwen Assistant (公文助手)' }).first();
    await item.click();
    const editor = wb.page.locator('.extension-editor');
    await editor.locator('.header .name', { hasText: 'Gongwen Assistant (公文助手)' }).waitFor();
    // the icon: the PNG in the package, drawn
    await wb.page.waitForFunction(() => {
      const icon = document.querySelector<HTMLImageElement>('.extension-editor .header img.icon');
      return icon !== null && icon.complete && icon.naturalWidth > 0;
    });
    // the README in the page's webview: its pictures load
    const readme = wb.webview(); // the page's README is the window's one webview
    await readme.locator('h1', { hasText: '公文助手' }).waitFor();
    const pictures = readme.locator('img');
    await pictures.first().waitFor();
    await pictures.evaluateAll((imgs) => Promise.all(imgs.map((img) => (img as HTMLImageElement).decode().catch(() => undefined))));
    const sizes = await pictures.evaluateAll((imgs) => imgs.map((img) => [(img as HTMLImageElement).alt, (img as HTMLImageElement).naturalWidth]));
    assert.ok(sizes.length >= 3, JSON.stringify(sizes));
    for (const [alt, width] of sizes) assert.ok(Number(width) > 0, `the picture “${alt}” did not load`);
    await look(wb, 'extension-page');
    await readme.locator('h2', { hasText: '规则' }).scrollIntoViewIfNeeded();
    await look(wb, 'extension-page-rules');
  });

  it('walks a writer through the sample draft: findings, then the hover on its broken total', async () => {
    const wb = await Workbench.open();
    // the command asks which walkthrough in a second pick
    await wb.page.keyboard.press('Control+Shift+P');
    await wb.quickInput.locator('input').fill('>Welcome: Open Walkthrough');
    await wb.quickInputRow('Welcome: Open Walkthrough...').click();
    await wb.quickInputRow('Get Started with Gongwen Assistant (公文助手入门)').click();
    const walkthrough = wb.page.locator('.gettingStartedContainer');
    await walkthrough.locator('h2', { hasText: 'Get Started with Gongwen Assistant' }).first().waitFor();
    await look(wb, 'walkthrough');
    await walkthrough.getByRole('button', { name: 'Open the Sample Draft' }).click();
    await wb.squiggles('error').first().waitFor();
    const sample = readFileSync(join(repoRoot, 'walkthrough', 'sample.md'), 'utf8');
    await wb
      .statusBarItem(`Placeholders ${check(sample).findings.filter((f) => f.rule === 'placeholder').length} · Problems ${check(sample).findings.filter((f) => f.rule !== 'placeholder').length}`)
      .waitFor();
    await look(wb, 'walkthrough-sample');
    await walkthrough.locator('.getting-started-step', { hasText: 'Hover a figure' }).click();
    await walkthrough.getByRole('button', { name: 'Show the Hover on the Total' }).click();
    await wb.page
      .locator('.monaco-hover-content', { hasText: /5个? \+ (续建)?6个? = 11/ })
      .first()
      .waitFor();
    await look(wb, 'walkthrough-hover');
    // the hover came on the sample already open, not on a second copy
    assert.equal(await wb.page.locator('.tabs-container .tab', { hasText: '关于全县重点项目建设情况的汇报' }).count(), 1);
  });

  it('counts 字数 as Word does, of the selection when there is one', async () => {
    const wb = await Workbench.open();
    await wb.openFile('drafts/数字.md');
    const text = readFileSync(join(wb.workspace, 'drafts', '数字.md'), 'utf8');
    await wb.statusBarItem(new RegExp(`^${wordCount(text)} words$`)).waitFor();
    await wb.goTo(3, 1);
    await wb.page.keyboard.press('Shift+End');
    const line = text.split('\n')[2]!;
    await wb.statusBarItem(`${wordCount(line)} of ${wordCount(text)} words`).waitFor();
    await look(wb, 'word-count');
  });

  it('lists every unfilled placeholder and selects the one chosen', async () => {
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    const text = readFileSync(join(wb.workspace, seedExample), 'utf8');
    const placeholders = check(text).findings.filter((f) => f.rule === 'placeholder');
    await wb.statusBarItem(`Placeholders ${placeholders.length} · `).waitFor();
    await wb.runCommand(`Gongwen Assistant: ${titleOf('gongwen.listPlaceholders')}`);
    await wb.quickInput.locator('.quick-input-title', { hasText: `Unfilled placeholders (${placeholders.length})` }).waitFor();
    await look(wb, 'placeholder-list');
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });
    // the second placeholder selected: the status bar shows the cursor, at its end
    const second = placeholders[1]!;
    const before = text.slice(0, second.endOffset).split('\n');
    await wb.statusBarItem(`Ln ${before.length}, Col ${before.at(-1)!.length + 1} (${second.endOffset - second.offset} selected)`).waitFor();
  });

  it('offers once to reopen a GBK file with GB18030, and says so in the status bar until it is', async () => {
    const wb = await Workbench.open({ prepare: (workspace) => writeFileSync(join(workspace, 'drafts', '春耕.txt'), GBK_DRAFT) });
    await wb.openFile('drafts/春耕.txt');
    const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'GB18030' });
    await toast.waitFor();
    await wb.statusBarItem('GB18030 file shown as UTF-8').waitFor();
    await look(wb, 'gbk-offer');
    await toast.getByRole('button', { name: 'Reopen with GB18030' }).click();
    // VS Code 1.100 reopens it with the encoding asked for (older ones through their own pick)
    await wb.editor.locator('.view-line', { hasText: '关于全县春耕生产情况的汇报' }).waitFor();
    await wb.statusBarItem(/^GB18030$/).waitFor();
    await wb.statusBarItem('GB18030 file shown as UTF-8').waitFor({ state: 'detached' });
    await wb.statusBarItem(/Placeholders \d+ · Problems \d+/).waitFor();
    await look(wb, 'gbk-reopened');
  });

  it('shows one outline for a draft with # headings', async () => {
    const wb = await Workbench.open();
    await wb.openFile('drafts/数字.md');
    await wb.runCommand('Explorer: Focus on Outline View');
    const rows = wb.page.locator('.outline-pane .monaco-list-row');
    await rows.filter({ hasText: '关于全县重点项目建设情况的汇报' }).first().waitFor();
    const names = await rows.allInnerTexts();
    assert.ok(!names.some((n) => /Markdown Language Features|Gongwen Assistant|公文助手/.test(n)), `a tree per provider: ${names.join(' | ')}`);
    await look(wb, 'outline-markdown-headings');
  });

  it('shows the template preview at 1400 × 760 with the Problems panel open: form and page, and which problems', async () => {
    const wb = await Workbench.open({ viewport: { width: 1400, height: 760 } });
    await wb.openFile('drafts/数字.md');
    await wb.showProblems();
    const { view, page } = await wb.openWorkReportPreview();
    // stacked beside the editor: both the form and the page get room to work in
    const form = await view.locator('.gw-form-pane').boundingBox();
    const sheet = await view.locator('.gw-sheet').boundingBox();
    assert.ok(form && sheet && form.height >= 100 && sheet.height >= 150, JSON.stringify({ form, sheet }));
    assert.ok(form.y + form.height <= sheet.y + 1, 'the form above the page');
    await view.locator('.gw-field', { hasText: '汇报事项' }).locator('input').pressSequentially('全县重点项目建设');
    await page.filter({ hasText: '关于全县重点项目建设情况的汇报' }).waitFor();
    await look(wb, 'preview-stacked');

    // the preview's group maximized: side by side, the example filled in (the README's picture)
    await wb.runCommand('View: Toggle Maximize Editor Group');
    // (no named function inside: the bundler would wrap it in a helper the page does not have)
    await view.locator('.gw-main').evaluate(
      (main) =>
        new Promise<void>((resolve) => {
          const observer = new ResizeObserver(() => {
            if (getComputedStyle(main).gridTemplateColumns.split(' ').length !== 2) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(main);
        }),
    );
    const side = await view.locator('.gw-form-pane').boundingBox();
    const wideSheet = await view.locator('.gw-sheet').boundingBox();
    assert.ok(side && wideSheet && side.x + side.width <= wideSheet.x + 1, 'the form beside the page');
    await view.locator('button', { hasText: '填入示例' }).click();
    await view.locator('.gw-stats', { hasText: '已填完' }).waitFor();
    await look(wb, 'preview-side-by-side');
    await docImage(wb, 'template-preview.png');

    // two figures changed: a sum and a percentage that do not hold, listed and marked
    const progress = view.locator('#gw-field-progress');
    const example = await progress.inputValue();
    await progress.fill(example.replace('续建16个', '续建15个').replace('办结率为80%', '办结率为85%'));
    const toggle = view.locator('.gw-problems-toggle', { hasText: '检查发现 2 个问题' });
    await toggle.click();
    const items = view.locator('.gw-problems .gw-problem');
    await items.nth(1).waitFor();
    assert.equal(await items.count(), 2);
    assert.deepEqual(
      (await items.allInnerTexts()).map((t) => t.replace(/^●\s*/, '').slice(0, 7)),
      ['百分比与其依据', '分项之和与总数'],
    );
    assert.equal(await page.locator('mark.gw-finding').count(), 2);
    await items.nth(1).click();
    const flashed = page.locator('mark.gw-flash');
    await flashed.waitFor();
    assert.match(await flashed.innerText(), /36个/);
    await look(wb, 'preview-side-by-side-problems');

    // and stacked again beside the editor
    await wb.runCommand('View: Toggle Maximize Editor Group');
    await view.locator('.gw-main').evaluate(
      (main) =>
        new Promise<void>((resolve) => {
          const observer = new ResizeObserver(() => {
            if (getComputedStyle(main).gridTemplateColumns.split(' ').length !== 1) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(main);
        }),
    );
    await items.nth(0).click();
    await page.locator('mark.gw-flash', { hasText: '85%' }).waitFor();
    await look(wb, 'preview-stacked-problems');
  });
});
