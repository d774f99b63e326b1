// Looks at the template preview in a real VS Code (code-server, see RECIPES): opens a draft, runs
// “从模板插入”, picks 工作汇报, fills the form, measures keystroke → preview in the webview, inserts,
// undoes, and saves a screenshot. A manual check, not part of `npm test`.
// Usage: node scripts/template-preview-shot.mjs <code-server entry.js> <playwright-core dir> <out.png>
/* global window, document, performance, MutationObserver -- the evaluate() callbacks run in the webview */

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [entry, pwDir, out = 'template-preview.png'] = process.argv.slice(2);
const { chromium } = createRequire(join(resolve(pwDir), 'package.json'))('playwright-core');
const root = mkdtempSync(join(tmpdir(), 'gongwen-shot-'));
const ext = join(root, 'ext');
const userData = join(root, 'user');
const workspace = join(root, 'ws');
mkdirSync(join(workspace, '.gongwen', 'templates'), { recursive: true });
writeFileSync(join(workspace, '草稿.md'), '# 草稿\n\n这里是已有的内容。\n');
// a workspace template with a syntax error on line 8, to see the error in the preview
writeFileSync(
  join(workspace, '.gongwen', 'templates', 'broken.njk'),
  '---\ntitle: 有错的模板\ndescription: 第8行少了 endif\nvariables:\n  - {name: unit, label: 单位, type: text}\n---\n# 关于放假的通知\n{% if unit %}\n{{ unit }}\n',
);
mkdirSync(join(userData, 'User'), { recursive: true });
execFileSync('node', [entry, '--extensions-dir', ext, '--user-data-dir', userData, '--install-extension', resolve('gongwen-assistant.vsix')], { stdio: 'inherit' });

const port = 18000 + Math.floor(Math.random() * 1000);
/** Start code-server on the workspace; with `trust`, workspace trust is on (Restricted Mode until granted). */
async function startServer(trust) {
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': trust, 'editor.fontSize': 14 }));
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust'])];
  const child = spawn('node', [...args, '--user-data-dir', userData, '--extensions-dir', ext, workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((ok) => child.stdout.on('data', (d) => String(d).includes('HTTP server listening') && ok()));
  return child;
}
let server = await startServer(false);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1720, height: 1040 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  // open the draft from the explorer and put the cursor at its end
  const row = page.locator('.explorer-folders-view .monaco-list-row:has-text("草稿.md")');
  await row.waitFor({ timeout: 60000 });
  await row.click();
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.locator('.monaco-editor .view-lines').click();
  const titleButton = page.locator('.editor-actions a.action-label[aria-label*="Insert from Template"]');
  await titleButton.waitFor();
  await page
    .locator('.editor-actions')
    .first()
    .screenshot({ path: out.replace(/\.png$/, '-title-button.png') });
  await page.keyboard.press('Control+End');
  // the command, from the palette
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Insert from Template');
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("工作汇报")');
  await page.keyboard.type('工作汇报');
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await frame.locator('.gw-page h1').waitFor({ timeout: 30000 });
  await frame.getByRole('button', { name: '填入示例' }).click();
  await frame.locator('.gw-page h1:has-text("2024年上半年项目建设工作")').waitFor();

  // keystroke → updated preview, timed inside the webview: keydown to the page's next mutation
  const field = frame.locator('#gw-field-subject');
  await field.click();
  await field.press('End');
  const samples = [];
  const host = [];
  for (let i = 0; i < 40; i++) {
    await field.evaluate((input) => {
      const target = document.querySelector('.gw-page');
      window.__gwTimer = new Promise((done) => {
        input.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              done(performance.now() - start);
            });
            observer.observe(target, { childList: true, subtree: true, characterData: true });
          },
          { once: true },
        );
      });
    });
    await field.press(i % 2 === 0 ? 'x' : 'Backspace');
    samples.push(await field.evaluate(() => window.__gwTimer));
    host.push(Number(/([\d.]+) 毫秒/.exec(await frame.locator('.gw-stats').getAttribute('title'))[1]));
  }
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(1)} ms`;
  };
  console.log(`keystroke → preview in the webview (${samples.length}): ${stat(samples)}; of which in the extension host: ${stat(host)}`);
  await field.press('End');

  await page.keyboard.press('Control+B'); // hide the side bar: the preview gets two columns
  await frame.locator('.gw-form-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await frame.locator('.gw-page .gw-l1').first().waitFor();
  await page.screenshot({ path: out });
  await frame.locator('.gw-page').screenshot({ path: out.replace(/\.png$/, '-page.png') });
  console.log(`screenshot: ${out}`);
  await frame.getByRole('button', { name: 'Markdown' }).click();
  await frame.locator('.gw-source:has-text("## 一、工作进展情况")').waitFor();
  await page.screenshot({ path: out.replace(/\.png$/, '-markdown.png') });
  await frame.getByRole('button', { name: '版式预览' }).click();

  // 插入 goes to the draft at the cursor, as one edit: one undo takes it out
  await frame.getByRole('button', { name: '插入', exact: true }).click();
  const lines = page.locator('.monaco-editor .view-lines').first();
  await lines.locator('text=关于2024年上半年项目建设工作').first().waitFor();
  console.log('inserted: the title is in the editor');
  await page.screenshot({ path: out.replace(/\.png$/, '-inserted.png') });
  await lines.click();
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => !document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('特此报告'));
  console.log('undone with one Ctrl+Z');

  // a broken workspace template: the error with its line, nothing to insert
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Insert from Template');
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("工作汇报")');
  await page.keyboard.type('broken');
  await page.locator('.quick-input-list .monaco-list-row:has-text("broken.njk")').waitFor();
  await page.screenshot({ path: out.replace(/\.png$/, '-pick.png') });
  await page.keyboard.press('Enter');
  await frame.locator('.gw-error:has-text("第 8 行")').waitFor();
  console.log(`broken template: ${await frame.locator('.gw-error p').textContent()}; insert disabled: ${await frame.getByRole('button', { name: '插入', exact: true }).isDisabled()}`);
  await page.screenshot({ path: out.replace(/\.png$/, '-error.png') });

  // Restricted Mode: the workspace's templates are not loaded, and the pick says why
  server.kill();
  server = await startServer(true);
  const restricted = await browser.newPage({ viewport: { width: 1720, height: 1040 } });
  await restricted.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await restricted.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const distrust = restricted.getByRole('button', { name: /No, I don't trust/ });
  await distrust.waitFor({ timeout: 60000 });
  await distrust.click();
  await restricted.locator('.explorer-folders-view .monaco-list-row:has-text("草稿.md")').click();
  await restricted.waitForSelector('.monaco-editor .view-lines');
  await restricted.keyboard.press('Control+Shift+P');
  await restricted.keyboard.type('Insert from Template');
  await restricted.waitForSelector('.quick-input-list .monaco-list-row');
  await restricted.keyboard.press('Enter');
  await restricted.waitForSelector('.quick-input-list .monaco-list-row:has-text("工作汇报")');
  await restricted.keyboard.type('工作区');
  await restricted.locator('.quick-input-list .monaco-list-row:has-text("工作区模板未加载")').waitFor();
  console.log(`restricted mode: ${await restricted.locator('.quick-input-list .monaco-list-row').first().textContent()}`);
  await restricted.screenshot({ path: out.replace(/\.png$/, '-untrusted.png') });
} catch (error) {
  for (const p of browser.contexts().flatMap((c) => c.pages())) await p.screenshot({ path: out.replace(/\.png$/, '-failed.png') });
  throw error;
} finally {
  await browser.close();
  server.kill();
}
