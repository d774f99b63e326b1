// The `gongwen` command as a user runs it: the built bin/gongwen.js, its JSON and text output, exit codes,
// encodings and bad input. Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'gongwen.js');

function gongwen(args: string[], options: { input?: Buffer | string; cwd?: string; as?: string[]; bin?: string } = {}) {
  // `as`: a command to run node under, e.g. setpriv to drop root's right to read anything
  const [command, ...prefix] = options.as ? [...options.as, process.execPath] : [process.execPath];
  const r = spawnSync(command!, [...prefix, options.bin ?? bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** bin/gongwen.js and the bundle it loads, copied to `folder` (readable by every user); returns the copy's bin. */
function copyCommand(folder: string): string {
  mkdirSync(join(folder, 'bin'), { recursive: true, mode: 0o755 });
  mkdirSync(join(folder, 'dist'), { mode: 0o755 });
  copyFileSync(bin, join(folder, 'bin', 'gongwen.js'));
  copyFileSync(join(root, 'dist', 'cli.js'), join(folder, 'dist', 'cli.js'));
  for (const f of ['bin/gongwen.js', 'dist/cli.js']) chmodSync(join(folder, f), 0o644);
  return join(folder, 'bin', 'gongwen.js');
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
  after(() => rmSync(dir, { recursive: true, force: true }));

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
      rule: 'placeholder',
      severity: 'error',
      message: placeholder!.message,
      offset: 15,
      endOffset: 17,
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 7,
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
    assert.deepEqual(
      diags.map((d) => [d.rule, d.offset]),
      [
        ['placeholder', 4],
        ['punctuation-width', 8],
      ],
    );
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
    assert.deepEqual(
      out.map((o) => o.file),
      [good],
    );
    assert.equal(out[0]!.diagnostics.length, 1);
  });

  it('reports a missing file with exit 2 and still checks the others', () => {
    const good = join(dir, 'c.md');
    writeFileSync(good, '完成xx个。\n');
    const r = gongwen(['check', '--format', 'json', join(dir, 'nope.md'), good]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^gongwen: .*nope\.md：文件不存在（no such file）$/m);
    assert.deepEqual(
      json(r.stdout).map((o) => [o.file, o.diagnostics.length]),
      [[good, 1]],
    );
  });

  describe('directories and files that cannot be checked', () => {
    let drafts: string;
    let good: string;
    before(() => {
      drafts = join(dir, 'drafts');
      mkdirSync(join(drafts, 'sub', 'deeper'), { recursive: true });
      mkdirSync(join(drafts, '.git'), { recursive: true });
      mkdirSync(join(drafts, 'node_modules'), { recursive: true });
      writeFileSync(join(drafts, 'b.md'), '完成xx个。\n');
      writeFileSync(join(drafts, 'a.markdown'), '新开工xx个。\n');
      writeFileSync(join(drafts, 'sub', 'c.txt'), '完成投资5亿元,增长5%。\n');
      writeFileSync(join(drafts, 'sub', 'deeper', 'D.MD'), '完成xx个。\n');
      writeFileSync(join(drafts, 'notes.pdf'), 'not a draft');
      writeFileSync(join(drafts, '.git', 'e.md'), '完成xx个。\n');
      writeFileSync(join(drafts, 'node_modules', 'f.md'), '完成xx个。\n');
      good = join(dir, 'good.md');
      writeFileSync(good, '完成xx个。\n');
    });

    it('checks the .md, .markdown and .txt files of a directory and below, in order, skipping hidden directories and node_modules', () => {
      const r = gongwen(['check', '--format', 'json', drafts]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      assert.deepEqual(
        json(r.stdout).map((o) => o.file),
        [join(drafts, 'a.markdown'), join(drafts, 'b.md'), join(drafts, 'sub', 'c.txt'), join(drafts, 'sub', 'deeper', 'D.MD')],
      );
    });

    it('says so when a directory holds no drafts, exit 2, the others checked', () => {
      const empty = join(dir, 'empty');
      mkdirSync(join(empty, 'sub'), { recursive: true });
      writeFileSync(join(empty, 'sub', 'picture.png'), 'x');
      const r = gongwen(['check', empty, good]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^gongwen: .*empty：目录中没有 \.md、\.markdown、\.txt 或 \.docx 文稿（no drafts in this directory）$/m);
      assert.match(r.stdout, /good\.md:1:3 {2}错误/);
    });

    it('names a symbolic link loop, a path through a file and a device, exit 2, the others checked', () => {
      const loop = join(dir, 'loop-a.md');
      symlinkSync(join(dir, 'loop-b.md'), loop);
      symlinkSync(loop, join(dir, 'loop-b.md'));
      const args = ['check', loop, join(good, 'x.md'), good];
      if (existsSync('/dev/zero')) args.splice(3, 0, '/dev/zero'); // read to the end it would never end
      const r = gongwen(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /loop-a\.md：符号链接循环，无法读取（too many levels of symbolic links）/);
      assert.match(r.stderr, /good\.md\/x\.md：路径中有一段不是目录（not a directory）/);
      if (existsSync('/dev/zero')) assert.match(r.stderr, /\/dev\/zero：不是普通文件，无法检查（not a regular file）/);
      assert.match(r.stdout, /good\.md:1:3 {2}错误/);
      assert.match(r.stdout, /检查了 1 个文件|1 个文件共/);
    });

    it('refuses a file it may not read, exit 2, the others checked', function () {
      const secret = join(dir, 'secret.md');
      writeFileSync(secret, '完成xx个。\n');
      chmodSync(secret, 0o000);
      // root reads anything: run the command as nobody, with the test folder open to it and a copy of the
      // command where nobody can read it (the clone itself may sit in a folder only its owner can enter)
      let as: string[] | undefined;
      let command = bin;
      if (process.getuid?.() === 0) {
        as = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
        // where root cannot be dropped (no setpriv) or nobody cannot run node, the test cannot see a refusal
        const canDrop = spawnSync(as[0]!, [...as.slice(1), process.execPath, '-e', '0']).status === 0;
        if (!canDrop) {
          if (this.test) this.test.title += ' [skipped: root cannot become nobody here (no setpriv, or nobody cannot run node), and root reads any file]';
          return this.skip();
        }
        chmodSync(dir, 0o755);
        chmodSync(good, 0o644);
        command = copyCommand(join(dir, 'gongwen'));
      }
      const r = gongwen(['check', secret, good], { as, bin: command });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^gongwen: .*secret\.md：没有读取权限（permission denied）$/m);
      assert.match(r.stdout, /good\.md:1:3 {2}错误/);
    });

    it('refuses a 50 MB file without reading it, exit 2, the others checked', function () {
      this.timeout(60_000);
      const big = join(dir, 'big.md');
      writeFileSync(big, '');
      truncateSync(big, 50 * 1024 * 1024); // 50 MB of NUL, made in place
      const r = gongwen(['check', '--format', 'json', big, good]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^gongwen: .*big\.md：文件过大（50\.0 MB），超过 5 MB 的文件不检查（file too large）$/m);
      assert.deepEqual(
        json(r.stdout).map((o) => o.file),
        [good],
      );
    });

    it('refuses more than 5 MB on standard input', () => {
      const r = gongwen(['check', '-'], { input: Buffer.alloc(6 * 1024 * 1024, 0x61) });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^gongwen: -：文件过大（6\.0 MB）/m);
    });
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
    assert.equal(r.code, 2, 'a configuration error fails the run, after the findings were reported');
  });

  it('names the rule a misspelt id in .gongwenrc.json most likely meant, and exits 2', () => {
    const project = join(dir, 'misspelt');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, '.gongwenrc.json'), JSON.stringify({ rules: { 'punctuaton-width': 'off' } }));
    writeFileSync(join(project, 'd.md'), '完成投资12亿元。\n');
    const r = gongwen(['check', join(project, 'd.md')]);
    assert.match(r.stderr, /misspelt\/\.gongwenrc\.json：规则“punctuaton-width”不存在（unknown rule），是不是“punctuation-width”？/);
    assert.match(r.stdout, /未发现问题/);
    assert.equal(r.code, 2);
  });

  it('warns of a rule in a disable comment that does not exist, where it is written, and exits 2', () => {
    const file = join(dir, 'directive.md');
    writeFileSync(file, '# 关于工作的汇报\n\n<!-- gongwen-disable-next-line placehodler -->\n完成投资xx亿元。\n');
    const r = gongwen(['check', '--format', 'json', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^gongwen: .*directive\.md:3:32：注释 gongwen-disable-next-line 中的规则“placehodler”不存在（unknown rule），是不是“placeholder”？/m);
    assert.deepEqual(
      json(r.stdout)[0]!.diagnostics.map((d) => d.rule),
      ['placeholder'],
      'the misspelt comment silences nothing',
    );
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

  it('prints the package’s version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(gongwen(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
