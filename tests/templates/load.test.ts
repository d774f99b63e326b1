// Reading a template folder from disk: its own regular .njk files only, each with its problems.

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPartial, loadTemplateFolder, MAX_TEMPLATE_BYTES } from '../../client/src/templates/load';
import { TemplateSession } from '../../client/src/preview/session';

const GOOD = '---\ntitle: 自定义通知\ndescription: 单位自己的通知模板\nvariables:\n  - name: unit\n    label: 发文单位\n    type: text\n    required: true\n---\n# 关于放假的通知\n\n{% include "_sig.njk" %}\n';

describe('template folders', () => {
  let dir: string;
  let outside: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-templates-'));
    outside = mkdtempSync(join(tmpdir(), 'gongwen-outside-'));
    writeFileSync(join(dir, 'notice.njk'), GOOD);
    writeFileSync(join(dir, '_sig.njk'), '---\ntitle: 落款\ndescription: 落款片段\nvariables: []\n---\n{{ unit }}\n');
    writeFileSync(join(dir, 'broken.njk'), '---\ntitle: [\n---\n正文\n');
    writeFileSync(join(dir, 'readme.md'), '# not a template');
    writeFileSync(join(dir, 'huge.njk'), 'x'.repeat(MAX_TEMPLATE_BYTES + 1));
    mkdirSync(join(dir, 'sub.njk'));
    writeFileSync(join(outside, 'secret.njk'), GOOD);
    symlinkSync(join(outside, 'secret.njk'), join(dir, 'link.njk'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads the .njk files, not symlinks, folders or other files', async () => {
    const folder = await loadTemplateFolder(dir, 'workspace');
    assert.equal(folder.error, undefined);
    assert.deepEqual(folder.files.map((f) => f.name), ['_sig.njk', 'broken.njk', 'huge.njk', 'notice.njk']);
    assert.deepEqual(folder.files.filter((f) => !isPartial(f)).map((f) => f.id), ['workspace:broken.njk', 'workspace:huge.njk', 'workspace:notice.njk']);
  });

  it('keeps a broken template, with its problem, beside the good ones', async () => {
    const folder = await loadTemplateFolder(dir, 'workspace');
    const broken = folder.files.find((f) => f.name === 'broken.njk')!;
    assert.equal(broken.meta, undefined);
    assert.equal(broken.problems[0]!.line, 2);
    assert.match(folder.files.find((f) => f.name === 'huge.njk')!.problems[0]!.message, /过大/);
  });

  it('renders a template that includes a partial of its folder, and previews it', async () => {
    const folder = await loadTemplateFolder(dir, 'workspace');
    const file = folder.files.find((f) => f.name === 'notice.njk')!;
    const session = TemplateSession.of(file, folder.files);
    const preview = session.preview({ unit: '临河县人民政府办公室' });
    assert.ok(preview.ok);
    assert.equal(preview.markdown, '# 关于放假的通知\n\n临河县人民政府办公室\n');
    assert.deepEqual({ ...preview.stats, elapsedMs: 0 }, { placeholders: 0, findings: 0, elapsedMs: 0 });
    const empty = session.preview({});
    assert.ok(empty.ok && empty.stats.placeholders === 1 && empty.html.includes('<mark class="gw-slot">【发文单位】</mark>'));
    assert.equal(session.view().fields[0]!.label, '发文单位');
  });

  it('reports a folder that does not exist', async () => {
    const folder = await loadTemplateFolder(join(dir, 'nope'), 'user');
    assert.match(folder.error!, /不存在/);
    assert.deepEqual(folder.files, []);
  });
});
