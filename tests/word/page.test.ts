// The page model the Word export and the previews share: what part each paragraph plays, in which face its words
// are set, the 版头 and 版记 fields, tables and footnotes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankFrontMatter, check, readFrontMatter } from '../../server/src/engine';
import { readLayoutFields } from '../../server/src/word/fields';
import { readPage, type Inline, type PageBlock } from '../../server/src/word/page';
import { readTables } from '../../server/src/word/tables';

const examples = join(__dirname, '..', '..', 'examples');
const NOTICE = readFileSync(join(examples, '关于召开全县安全生产工作会议的通知.md'), 'utf8');

const words = (inlines: Inline[]): string => inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : `[${i.number}]`)).join('');
const roles = (blocks: PageBlock[]): string[] => blocks.map((b) => (b.kind === 'table' ? 'table' : `${b.role}${b.level ? b.level : ''}${b.blankBefore ? `+${b.blankBefore}` : ''}`));

describe('word page model', () => {
  it('reads each part of a notice and its 版头 and 版记', () => {
    const page = readPage(NOTICE);
    assert.deepEqual(page.head, { issuerMark: '临河县人民政府办公室文件', documentNumber: '临政办发〔2024〕18号' });
    assert.deepEqual(page.record, { copyTo: '县委办公室，县人大常委会办公室，县政协办公室', printer: '临河县人民政府办公室', printDate: '2024年7月10日' });
    assert.deepEqual(page.problems, []);
    const r = roles(page.blocks);
    assert.deepEqual(r.slice(0, 4), ['title', 'addressee+1', 'body', 'heading1']);
    assert.deepEqual(r.slice(-3), ['attachment+1', 'signature+2', 'date']);
  });

  it('keeps where each run of words stands in the draft, for marks and the cursor', () => {
    const page = readPage(NOTICE);
    for (const block of page.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const inline of block.inlines) {
        if (inline.kind === 'text' && inline.offset !== undefined) assert.equal(NOTICE.slice(inline.offset, inline.offset + inline.text.length), inline.text);
      }
    }
  });

  it('sets a run-in heading’s words up to its first 。 in the face of its level', () => {
    const page = readPage('# 汇报\n\n一、总体情况。今年以来……\n\n（二）抓好落实。各单位……\n');
    const [, first, second] = page.blocks;
    assert.ok(first?.kind === 'paragraph' && second?.kind === 'paragraph');
    assert.deepEqual(
      first.inlines.map((i) => (i.kind === 'text' ? [i.text, i.face ?? ''] : [])),
      [
        ['一、总体情况。', 'heiti'],
        ['今年以来……', ''],
      ],
    );
    assert.deepEqual(
      second.inlines.map((i) => (i.kind === 'text' ? [i.text, i.face ?? ''] : [])),
      [
        ['（二）抓好落实。', 'kaiti'],
        ['各单位……', ''],
      ],
    );
  });

  it('writes list numbers out, drops comments and thematic breaks, reads 5~10人 as text', () => {
    const page = readPage('# 通知\n\n<!-- gongwen-disable placeholder -->\n\n1. 各镇镇长\n2. 县直部门\n\n***\n\n参会5~10人，会期1~2天。\n');
    assert.deepEqual(
      page.blocks.map((b) => (b.kind === 'paragraph' ? words(b.inlines) : 'table')),
      ['通知', '1.各镇镇长', '2.县直部门', '参会5~10人，会期1~2天。'],
    );
  });

  it('joins a paragraph’s lines without a space between Chinese characters, with one elsewhere', () => {
    const page = readPage('第一行\r\n第二行 and\r\nmore text\r\n');
    assert.equal(page.blocks.length, 1);
    const [block] = page.blocks;
    assert.ok(block?.kind === 'paragraph');
    assert.equal(words(block.inlines), '第一行第二行 and more text');
  });

  it('numbers footnotes as they are first referred to', () => {
    const page = readPage('正文[^b]，又[^a]，再[^b]。\n\n[^a]: 注甲。\n[^b]: 注乙。\n');
    assert.deepEqual(
      page.footnotes.map((n) => [n.number, words(n.inlines)]),
      [
        [1, '注乙。'],
        [2, '注甲。'],
      ],
    );
  });

  it('reads tables into the shared table model, with their spans', () => {
    const text = '前文。\n\n| 项目 | 数量 |\n| :-- | --: |\n| 新建 | **20** |\n| 续建 \\| 改建 | 16 |\n';
    const [table] = readTables(text);
    assert.ok(table);
    assert.equal(table.source, 'gfm');
    assert.equal(text.slice(table.offset, table.endOffset).split('\n')[0], '| 项目 | 数量 |');
    assert.deepEqual(table.align, ['left', 'right']);
    assert.deepEqual(
      table.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['新建', '**20**'],
        ['续建 | 改建', '16'],
      ],
    );
    // on the page, the words without their Markdown marks
    const block = readPage(text).blocks[1];
    assert.ok(block?.kind === 'table');
    assert.deepEqual(block.table.rows, [
      ['新建', '20'],
      ['续建 | 改建', '16'],
    ]);
  });

  it('reads the front matter’s fields by the standard’s names, values as written', () => {
    const fields = readLayoutFields('---\n份号: 000123\n密级: 秘密★1年\n紧急程度: 特急\n签发人:\n  - 张三\n  - 李四\n抄送:\n  - 县委办公室\n  - 县政协办公室\n---\n正文。\n');
    assert.deepEqual(fields.head, { copyNumber: '000123', secrecy: '秘密★1年', urgency: '特急', signers: ['张三', '李四'] });
    assert.deepEqual(fields.record, { copyTo: '县委办公室，县政协办公室' });
    assert.deepEqual(fields.problems, []);
    assert.match(readLayoutFields('---\n- a\n- b\n---\n').problems[0]!, /应为“名称: 内容”的形式/);
  });
});

describe('engine: YAML front matter', () => {
  const text = '---\n发文机关标志: 临河县人民政府文件\n抄送: 县委办公室, 县政协办公室\n---\n\n# 关于xx的通知\n\n正文,完。\n';

  it('is found at the start only, closed by --- or ...', () => {
    assert.equal(readFrontMatter(text)?.yaml, '发文机关标志: 临河县人民政府文件\n抄送: 县委办公室, 县政协办公室\n');
    assert.equal(readFrontMatter('\uFEFF---\r\na: b\r\n...\r\n正文')?.yaml, 'a: b\r\n');
    assert.equal(readFrontMatter('正文\n---\na: b\n---\n'), undefined);
    assert.equal(readFrontMatter('---\na: b\n'), undefined); // never closed: not front matter
  });

  it('is blanked for the checker, offsets kept: its commas and colons are not findings', () => {
    assert.equal(blankFrontMatter(text).length, text.length);
    const { findings, draft } = check(text);
    assert.equal(draft.title?.source, '关于xx的通知');
    const at = findings.map((f) => text.slice(f.offset, f.endOffset));
    assert.deepEqual(at.sort(), [',', 'xx'].sort());
    assert.ok(findings.every((f) => f.offset > readFrontMatter(text)!.endOffset));
  });
});

describe('word page model: tables as the engine reads them', () => {
  it('takes a table pasted as text (tab-separated, as from Excel), with its 表题 and unit line, and keeps the words around it', () => {
    const text = '# 关于项目情况的报告\n\n2024年重点项目完成情况表\n\n单位：亿元\n\n项目类别\t个数\t投资\n新建项目\t20\t98\n续建项目\t16\t88\n\n以上数据截至6月底。\n';
    const page = readPage(text);
    const kinds = page.blocks.map((b) => (b.kind === 'table' ? `table:${b.table.caption ?? ''}|${b.table.unit ?? ''}` : words(b.inlines)));
    const table = page.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') return assert.fail(`no table in ${JSON.stringify(kinds)}`);
    assert.deepEqual(kinds, ['关于项目情况的报告', 'table:2024年重点项目完成情况表|单位：亿元', '以上数据截至6月底。']);
    assert.deepEqual(table.table.header, ['项目类别', '个数', '投资']);
  });

  it('keeps a heading right above a table a heading, not the table’s 表题', () => {
    const page = readPage('# 关于项目情况的报告\n\n| 项目 | 个数 |\n| --- | ---: |\n| 新建 | 20 |\n');
    assert.deepEqual(roles(page.blocks), ['title', 'table']);
    const table = page.blocks[1];
    assert.ok(table?.kind === 'table' && table.table.caption === undefined);
    assert.equal(table.blankBefore, 1); // 标题下空一行
  });
});
