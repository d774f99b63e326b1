// `gongwen import` and `gongwen check` on Word files, run as a user runs them (the built bin/gongwen.js): the draft
// written, positions in that draft, the paragraph named, and every bad file refused with exit 2 and nothing written.
// Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocxBytes } from '../../server/src/word/import';
import { docx, docxEntries, ole, p, wordReport, zip } from '../word/build';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'gongwen.js');

function gongwen(args: string[], options: { input?: Buffer } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  rule: string;
  offset: number;
  line: number;
  column: number;
  message: string;
  place?: string;
}
const json = (stdout: string) => JSON.parse(stdout) as Array<{ file: string; diagnostics: JsonDiagnostic[] }>;

const report = wordReport;

describe('gongwen import and check on Word files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-word-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a .docx to the .md beside it, numbering written out', () => {
    const file = join(dir, '汇报.docx');
    writeFileSync(file, report());
    const r = gongwen(['import', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `已导入（imported）：${file} → ${join(dir, '汇报.md')}\n`);
    const markdown = readFileSync(join(dir, '汇报.md'), 'utf8');
    assert.equal(markdown, importDocxBytes(report()).markdown);
    assert.ok(markdown.startsWith('# 关于2024年上半年工作情况的汇报\n\n县政府：\n\n一、工作进展情况\n\n（一）扎实推进项目建设\n'), markdown);
  });

  it('never overwrites without --force; -o names the file, -o - writes to standard output', () => {
    const file = join(dir, '覆盖.docx');
    writeFileSync(file, report());
    const md = join(dir, '覆盖.md');
    writeFileSync(md, '原有内容\n');
    const refused = gongwen(['import', file]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /覆盖\.md：文件已存在，未覆盖；要覆盖请加 --force/);
    assert.equal(readFileSync(md, 'utf8'), '原有内容\n');
    assert.equal(gongwen(['import', file, '--force']).code, 0);
    assert.equal(readFileSync(md, 'utf8'), importDocxBytes(report()).markdown);
    const out = join(dir, 'out', '另存.md');
    mkdirSync(join(dir, 'out'));
    assert.equal(gongwen(['import', file, '-o', out]).code, 0);
    assert.equal(readFileSync(out, 'utf8'), importDocxBytes(report()).markdown);
    // never over the .docx itself, nor onto a directory, --force or not
    const self = gongwen(['import', file, '-o', file, '--force']);
    assert.equal(self.code, 2);
    assert.match(self.stderr, /输出文件就是要导入的 \.docx，不能覆盖/);
    assert.deepEqual(readFileSync(file), report());
    assert.match(gongwen(['import', file, '-o', join(dir, 'out'), '--force']).stderr, /这是一个目录/);
    const stdout = gongwen(['import', file, '-o', '-']);
    assert.equal(stdout.code, 0);
    assert.equal(stdout.stdout, importDocxBytes(report()).markdown);
  });

  it('checks a .docx at the positions of the Markdown import writes, naming each finding’s paragraph', () => {
    const file = join(dir, '检查.docx');
    writeFileSync(file, report());
    const asWord = gongwen(['check', '--format', 'json', file]);
    assert.equal(asWord.code, 1, asWord.stderr);
    assert.equal(gongwen(['import', file]).code, 0);
    const asMarkdown = gongwen(['check', '--format', 'json', join(dir, '检查.md')]);
    const word = json(asWord.stdout)[0]!.diagnostics;
    const markdown = json(asMarkdown.stdout)[0]!.diagnostics;
    assert.ok(word.length >= 3, JSON.stringify(word));
    // the same findings at the same places; the Word ones name the paragraph
    assert.deepEqual(
      word.map(({ place: _, ...d }) => d),
      markdown,
    );
    const placeholder = word.find((d) => d.rule === 'placeholder')!;
    assert.equal(placeholder.place, '第5段“全县共安排重点项目12个（新建5…”');
    assert.ok(word.some((d) => d.rule === 'number-sum'));

    const text = gongwen(['check', file]);
    assert.match(text.stdout, /检查\.docx:9:\d+ {2}错误 {2}第5段“全县共安排重点项目12个（新建5…”：未填写的占位符“xx”/);
    assert.match(text.stdout, /检查\.docx:9:\d+ {2}警告 {2}第5段“全县共安排重点项目12个（新建5…”：发现半角逗号/);
  });

  it('checks the .docx files of a directory with the others, skipping Word’s ~$ lock files', () => {
    const drafts = join(dir, 'drafts');
    mkdirSync(drafts);
    writeFileSync(join(drafts, 'a.md'), '完成xx个。\n');
    writeFileSync(join(drafts, 'b.docx'), report());
    writeFileSync(join(drafts, '~$b.docx'), Buffer.from([0x05, 0x41, 0x00, 0x64]));
    writeFileSync(join(drafts, 'c.doc'), ole(['WordDocument'])); // not a .docx: not taken from a directory
    const r = gongwen(['check', '--format', 'json', drafts]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(
      json(r.stdout).map((o) => o.file),
      [join(drafts, 'a.md'), join(drafts, 'b.docx')],
    );
  });

  it('checks a .docx over 5 MB whose text is small (its pictures are never read), and Word bytes on standard input', () => {
    const big = join(dir, '带图片.docx');
    const picture = Buffer.alloc(7 * 1024 * 1024);
    for (let k = 0; k < picture.length; k += 4) picture.writeUInt32LE((k * 2654435761) >>> 0, k); // incompressible enough
    writeFileSync(big, zip([...docxEntries({ body: p('完成xx个。') }), { name: 'word/media/image1.png', data: picture, method: 0 }]));
    const r = gongwen(['check', '--format', 'json', big]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(json(r.stdout)[0]!.diagnostics[0]!.rule, 'placeholder');
    const stdin = gongwen(['check', '--format', 'json', '-'], { input: report() });
    assert.equal(stdin.code, 1, stdin.stderr);
    assert.ok(json(stdin.stdout)[0]!.diagnostics.some((d) => d.place?.startsWith('第5段')));
  });

  describe('bad Word files: a message naming the file, exit 2, nothing written, the others checked', () => {
    const good = (): string => {
      const file = join(dir, 'good.md');
      writeFileSync(file, '完成xx个。\n');
      return file;
    };
    const cases: Array<[string, () => Buffer, RegExp]> = [
      ['old.doc', () => ole(['WordDocument', '1Table']), /这是旧版 Word 二进制文件（\.doc），无法读取；请在 Word 或 WPS 中“另存为”\.docx 后再检查/],
      ['old-named.docx', () => ole(['WordDocument', '1Table']), /这是旧版 Word 二进制文件（\.doc）/],
      ['secret.docx', () => ole(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']), /文件设置了打开密码（已加密），无法读取/],
      ['broken.docx', () => report().subarray(0, 300), /文件已损坏，无法作为 \.docx 读取/],
      [
        'declared.docx',
        () => zip(docxEntries({ body: p('正文。') }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 2_000_000_000 } : e))),
        /文件声明解压后为 1907\.3 MB，超过 5 MB，为安全起见不读取/,
      ],
      [
        'bomb.docx',
        () => zip(docxEntries({ body: `<w:p><w:r><w:t>${'x'.repeat(8 * 1024 * 1024)}</w:t></w:r></w:p>` }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 100 } : e))),
        /文件解压后超过 5 MB，为安全起见不读取/,
      ],
      [
        'macro.docm',
        () => docx({ body: p('正文。'), mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml', extra: [{ name: 'word/vbaProject.bin', data: 'x' }] }),
        /这是启用宏的 Word 文件（\.docm），为安全起见不读取/,
      ],
      ['empty.docx', () => docx({ body: '<w:p/>' }), /文档中没有文字（the document is empty）/],
    ];
    for (const [name, build, message] of cases) {
      it(`import refuses ${name}`, () => {
        const file = join(dir, name);
        writeFileSync(file, build());
        const before = readdirSync(dir).sort();
        const imported = gongwen(['import', file]);
        assert.equal(imported.code, 2);
        assert.equal(imported.stdout, '');
        assert.match(imported.stderr, new RegExp(`^gongwen: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：${message.source}`));
        assert.deepEqual(readdirSync(dir).sort(), before, 'nothing written');
      });
    }

    it('check names each of them and checks the others', () => {
      const files = cases.map(([name, build]) => {
        const file = join(dir, name);
        writeFileSync(file, build());
        return file;
      });
      const checked = gongwen(['check', ...files, good()]);
      assert.equal(checked.code, 2);
      cases.forEach(([, , message], k) => assert.match(checked.stderr, new RegExp(`${files[k]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：${message.source}`)));
      assert.match(checked.stdout, /good\.md:1:3 {2}错误/);
    });

    it('a missing file, a directory, bad usage', () => {
      const missing = gongwen(['import', join(dir, 'nope.docx')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.docx：文件不存在（no such file）/);
      assert.match(gongwen(['import', dir]).stderr, /不是普通文件，无法导入/);
      for (const args of [['import'], ['import', 'a.docx', 'b.docx'], ['import', '--frobnicate', 'a.docx'], ['import', 'a.docx', '-o']]) {
        const r = gongwen(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /gongwen import FILE\.docx/);
      }
      assert.equal(gongwen(['import', '--help']).code, 0);
      assert.ok(!existsSync(join(dir, 'nope.md')));
    });
  });
});
