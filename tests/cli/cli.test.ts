// The `gongwen` command as a user runs it: the built bin/gongwen.js, its JSON and text output, exit codes,
// encodings and bad input. Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'gongwen.js');

function gongwen(args: string[], options: { input?: Buffer | string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Array<{ offset: number; endOffset: number; text: string }>;
}

function json(stdout: string): Array<{ file: string; diagnostics: JsonDiagnostic[] }> {
  return JSON.parse(stdout) as Array<{ file: string; diagnostics: JsonDiagnostic[] }>;
}

describe('gongwen check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
  });

  it('prints one JSON array with the documented shape', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, '# 关于工作的汇报\n\n完成投资xx亿元,增长5%。\n');
    const r = gongwen(['check', '--format', 'json', file]);
    assert.equal(r.code, 1);
    const out = json(r.stdout);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.file, file);
    const [placeholder, comma] = out[0]!.diagnostics;
    assert.deepEqual(placeholder, {
      rule: 'placeholder', severity: 'error', message: placeholder!.message,
      offset: 15, endOffset: 17, line: 3, column: 5, endLine: 3, endColumn: 7,
    });
    assert.match(placeholder!.message, /^未填写的占位符“xx”/);
    assert.equal(comma!.rule, 'punctuation-width');
    assert.equal(comma!.severity, 'warning');
    assert.deepEqual(comma!.fix, [{ offset: 19, endOffset: 20, text: '，' }]);
  });

  it('exits 0 when nothing at error severity is found', () => {
    const file = join(dir, 'b.md');
    writeFileSync(file, '完成投资5亿元,增长5%。\n');
    const r = gongwen(['check', file]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /b\.md:1:8 {2}警告 {2}发现半角逗号“,”.* {2}punctuation-width\n/);
    assert.match(r.stdout, /共 1 个问题/);
  });

  it('says so when a file is clean', () => {
    const r = gongwen(['check', 'examples/关于2024年上半年项目建设工作情况的汇报.md']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /未发现问题/);
  });

  it('drops a UTF-8 BOM and counts offsets after it', () => {
    const file = join(dir, 'bom.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('完成xx个。\n')]));
    const d = json(gongwen(['check', '--format', 'json', file]).stdout)[0]!.diagnostics[0]!;
    assert.equal(d.offset, 2);
    assert.equal(d.column, 3);
  });

  it('decodes GB18030/GBK files', () => {
    const file = join(dir, 'gbk.txt');
    // “完成投资xx亿元,” in GBK
    writeFileSync(file, Buffer.from('cdeab3c9cdb6d7ca7878d2dad4aa2c0a', 'hex'));
    const r = gongwen(['check', '--format', 'json', file]);
    const diags = json(r.stdout)[0]!.diagnostics;
    assert.deepEqual(diags.map((d) => [d.rule, d.offset]), [['placeholder', 4], ['punctuation-width', 8]]);
  });

  it('refuses a binary file on stderr with exit 2 and still checks the others', () => {
    const bad = join(dir, 'image.png');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const good = join(dir, 'c.md');
    writeFileSync(good, '完成xx个。\n');
    const r = gongwen(['check', '--format', 'json', bad, good]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /image\.png：这是二进制文件/);
    const out = json(r.stdout);
    assert.deepEqual(out.map((o) => o.file), [good]);
    assert.equal(out[0]!.diagnostics.length, 1);
  });

  it('reports a missing file with exit 2', () => {
    const r = gongwen(['check', join(dir, 'nope.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /文件不存在/);
  });

  it('reads standard input for -', () => {
    const r = gongwen(['check', '--format', 'json', '-'], { input: '新开工xx个项目。\n' });
    const out = json(r.stdout);
    assert.equal(out[0]!.file, '-');
    assert.equal(out[0]!.diagnostics[0]!.offset, 3);
  });

  it('finds .gongwenrc.json upwards from the checked file', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'drafts'), { recursive: true });
    writeFileSync(join(project, '.gongwenrc.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    writeFileSync(join(project, 'drafts', 'd.md'), '完成xx个。\n');
    const r = gongwen(['check', '--format', 'json', join(project, 'drafts', 'd.md')]);
    assert.equal(r.code, 0);
    assert.deepEqual(json(r.stdout)[0]!.diagnostics, []);
  });

  it('names a broken config file, says what is wrong and keeps the defaults', () => {
    const project = join(dir, 'broken');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, '.gongwenrc.json'), '{ "rules": { "placeholder": "off", }\n');
    writeFileSync(join(project, 'd.md'), '完成xx个。\n');
    const r = gongwen(['check', '--format', 'json', join(project, 'd.md')]);
    assert.match(r.stderr, /broken\/\.gongwenrc\.json：不是有效的 JSON（第 1 行/);
    assert.equal(json(r.stdout)[0]!.diagnostics[0]!.rule, 'placeholder');
    assert.equal(r.code, 1);
  });

  it('uses --config instead of searching', () => {
    const config = join(dir, 'custom.json');
    writeFileSync(config, JSON.stringify({ rules: { placeholder: 'information' } }));
    const file = join(dir, 'e.md');
    writeFileSync(file, '完成xx个。\n');
    const r = gongwen(['check', '--config', config, '--format', 'json', file]);
    assert.equal(r.code, 0);
    assert.equal(json(r.stdout)[0]!.diagnostics[0]!.severity, 'information');
  });

  it('rejects bad usage with exit 2 and the usage text', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'a.md'], ['lint', 'a.md'], ['check', '--frobnicate', 'a.md']]) {
      const r = gongwen(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /用法 \(usage\)/);
    }
    assert.equal(gongwen(['--help']).code, 0);
  });
});
