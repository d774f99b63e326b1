// `gongwen export` as a user runs it: the built bin/gongwen.js writes a .docx beside the draft or where -o says,
// never overwrites without --force, and refuses bad input with a message naming the file, exit 2, nothing written.
// Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../server/src/word/cli';
import { Docx, textOf } from '../word/docx';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'gongwen.js');

function gongwen(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (most cases: spawning node costs a second or two on a loaded machine). */
async function inProcess(args: string[], options: { cwd: string; input?: string }) {
  let stdout = '';
  let stderr = '';
  const code = await exportCommand(args.slice(1), {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => Buffer.from(options.input ?? ''),
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}

const DRAFT = '# 关于召开安全生产工作会议的通知\n\n各镇人民政府：\n\n定于7月15日召开会议。\n\n临河县人民政府办公室\n\n2024年7月10日\n';

describe('gongwen export', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx beside the draft, with the same name', () => {
    writeFileSync(join(dir, '通知.md'), DRAFT);
    const r = gongwen(['export', '通知.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '已导出 通知.docx（exported）\n');
    assert.equal(r.stderr, '');
    const d = new Docx(readFileSync(join(dir, '通知.docx')));
    assert.deepEqual(
      d
        .paragraphs()
        .map(textOf)
        .filter((t) => t !== '')
        .slice(0, 2),
      ['关于召开安全生产工作会议的通知', '各镇人民政府：'],
    );
  });

  it('writes where -o says, from a draft given by path', async () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'a.md'), DRAFT);
    const r = await inProcess(['export', join(dir, 'a.md'), '-o', join(dir, 'out', 'b.docx')], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'out', 'b.docx')));
    assert.ok(!existsSync(join(dir, 'a.docx')));
  });

  it('never overwrites an existing file without --force: exit 2, the file as it was', () => {
    writeFileSync(join(dir, 'a.md'), DRAFT);
    writeFileSync(join(dir, 'a.docx'), 'the writer’s own file');
    const r = gongwen(['export', 'a.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'gongwen: a.docx：文件已存在，未覆盖；要覆盖请加 --force（file exists; use --force to overwrite）\n');
    assert.equal(readFileSync(join(dir, 'a.docx'), 'utf8'), 'the writer’s own file');
  });

  it('overwrites with --force, leaving no temporary file', async () => {
    writeFileSync(join(dir, 'a.md'), DRAFT);
    writeFileSync(join(dir, 'a.docx'), 'old');
    const r = await inProcess(['export', '--force', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(readdirSync(dir).sort(), ['a.docx', 'a.md']);
  });

  it('reads standard input when told where to write', async () => {
    const r = await inProcess(['export', '-', '-o', 'in.docx'], { cwd: dir, input: DRAFT });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'in.docx')));
  });

  it('exports and warns when the front matter cannot be read', async () => {
    writeFileSync(join(dir, 'a.md'), '---\n发文字号: [\n---\n\n' + DRAFT);
    const r = await inProcess(['export', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^gongwen: a\.md：文首的 YAML 前言有误，版头和版记未排入/);
    assert.ok(existsSync(join(dir, 'a.docx')));
  });

  const refusals: Array<{ name: string; setup: (dir: string) => string[]; message: RegExp }> = [
    { name: 'a missing draft', setup: () => ['export', 'missing.md'], message: /^gongwen: missing\.md：文件不存在（no such file）$/ },
    { name: 'a directory', setup: (d) => (mkdirSync(join(d, 'drafts')), ['export', 'drafts']), message: /^gongwen: drafts：这是一个目录/ },
    {
      name: 'a binary file (a .docx given as the draft)',
      setup: (d) => (writeFileSync(join(d, 'x.docx.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0])), ['export', 'x.docx.md']),
      message: /^gongwen: x\.docx\.md：这是二进制文件/,
    },
    { name: 'an output that is not a .docx', setup: (d) => (writeFileSync(join(d, 'a.md'), DRAFT), ['export', 'a.md', '-o', 'a.doc']), message: /^gongwen: a\.doc：输出文件的扩展名应为 \.docx/ },
    {
      name: 'a folder that does not exist',
      setup: (d) => (writeFileSync(join(d, 'a.md'), DRAFT), ['export', 'a.md', '-o', 'no/such/a.docx']),
      message: /^gongwen: no\/such\/a\.docx：无法写入（cannot write）：目录不存在/,
    },
    { name: 'no draft', setup: () => ['export'], message: /^gongwen: 请指定要导出的草稿（no draft given）/ },
    { name: 'two drafts', setup: () => ['export', 'a.md', 'b.md'], message: /^gongwen: 一次只能导出一个文件/ },
    { name: 'an unknown option', setup: () => ['export', '--pdf', 'a.md'], message: /^gongwen: 未知选项“--pdf”/ },
    { name: 'standard input without -o', setup: () => ['export', '-'], message: /^gongwen: 从标准输入读取时须用 -o/ },
    { name: 'a file over 5 MB', setup: (d) => (writeFileSync(join(d, 'big.md'), '很'.repeat(2_000_000)), ['export', 'big.md']), message: /^gongwen: big\.md：文件过大（5\.7 MB）/ },
  ];
  for (const { name, setup, message } of refusals) {
    it(`refuses ${name}: exit 2, a message naming it, nothing written`, async () => {
      const args = setup(dir);
      const before = readdirSync(dir, { recursive: true }).sort();
      const r = await inProcess(args, { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.split('\n')[0]!, message);
      assert.deepEqual(readdirSync(dir, { recursive: true }).sort(), before);
    });
  }

  it('prints its help, and the command list names it', () => {
    const help = gongwen(['export', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^用法 \(usage\): gongwen export FILE\.md \[-o OUT\.docx\] \[--force\]/);
    assert.match(gongwen(['--help']).stdout, /gongwen export FILE\.md/);
  });
});
