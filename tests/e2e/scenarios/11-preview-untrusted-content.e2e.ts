/// <reference lib="dom" />
// Scenario 11: markup typed into the template form shows as text in the preview, and the preview's CSP runs
// no script without its nonce: a <script> and an inline handler put into the page are blocked, a script with
// the page's nonce runs (so the probe itself is shown to work).

import * as assert from 'node:assert/strict';
import { Workbench } from '../harness/workbench';

const hostile = {
  unit: `<img src=x onerror="document.body.dataset.pwned='unit'">`,
  subject: `</script><script>document.body.dataset.pwned='subject'</script>`,
  recipient: '<img src=x onerror=alert(1)>',
};

describe('11. Untrusted content in the template preview', () => {
  it('shows markup from the form as text, and the CSP blocks scripts without the nonce', async function () {
    const wb = await Workbench.open();
    const dialogs: string[] = [];
    wb.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await wb.openFile('drafts/插入模板.md');
    const { view, page } = await wb.openWorkReportPreview();
    const body = view.locator('body');
    // every CSP violation in the preview's document, by directive
    await body.evaluate((b) => {
      b.dataset.violations = '';
      document.addEventListener('securitypolicyviolation', (e) => (b.dataset.violations += `${e.effectiveDirective} `));
    });

    for (const [name, value] of Object.entries(hostile)) await view.locator(`#gw-field-${name}`).fill(value);
    for (const value of Object.values(hostile)) await page.filter({ hasText: value }).waitFor();
    const text = await page.innerText();
    for (const value of Object.values(hostile)) assert.ok(text.includes(value), `${value} not shown as typed:\n${text}`);
    assert.equal(await page.locator('img, script, svg, iframe, a').count(), 0, 'markup from the form became elements');
    assert.equal(await body.getAttribute('data-pwned'), null);

    // Put a script and an inline handler into the page by hand, then a script carrying the page's nonce.
    // (no functions declared inside: the test runner's transpiler would wrap them in a helper the page lacks)
    await body.evaluate((b) => {
      const ours = document.querySelector<HTMLScriptElement>('script[nonce][src*="preview.min.js"]');
      for (const [flag, nonce] of [
        ['inline', ''],
        ['nonced', ours?.nonce ?? 'missing'],
      ]) {
        const s = document.createElement('script');
        if (nonce) s.nonce = nonce;
        s.textContent = `document.body.dataset.${flag} = 'ran'`;
        b.append(s);
      }
      const img = document.createElement('img');
      img.setAttribute('onerror', "document.body.dataset.handler = 'ran'");
      img.src = 'data:,not-an-image';
      b.append(img);
    });
    await view.locator('body[data-nonced="ran"]').waitFor(); // the probe works: a script with the nonce runs
    await view.locator('body[data-violations*="script-src-elem"]').waitFor();
    await view.locator('body[data-violations*="script-src-attr"]').waitFor();
    assert.equal(await body.getAttribute('data-inline'), null, 'a script without the nonce ran');
    assert.equal(await body.getAttribute('data-handler'), null, 'an inline event handler ran');
    assert.equal(await body.getAttribute('data-pwned'), null);
    assert.deepEqual(dialogs, []);
  });
});
