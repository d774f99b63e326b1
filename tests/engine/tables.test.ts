// Tables in the draft model and their checks: GFM tables read with their cells' spans, tables pasted as text
// recognised (and prose not taken for one), the long-table scanner held to micromark's reading, the relations of
// a table at the written precision of its figures, and the fix that rebuilds a pasted table losing no text.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Table as MdastTable } from 'mdast';
import { check, applyEdits } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import { readGfmTable, remarkGfmTable, scanLongTables, LONG_TABLE_ROWS } from '../../server/src/engine/tables/gfm';
import { tableModel } from '../../server/src/engine/tables/tableModel';
import { readCell } from '../../server/src/engine/tables/cells';
import type { Table } from '../../server/src/engine/tables/model';

const parser = unified().use(remarkParse).use(remarkGfmTable);

const cells = (t: Table): string[][] => [t.header, ...t.rows].map((r) => r.cells.map((c) => c.text));
const relations = (text: string) => tableModel(check(text).draft).relations;
const failing = (text: string, rule?: string) => check(text).findings.filter((f) => (rule ? f.rule === rule : f.rule.startsWith('table-')));

describe('tables in the draft model', () => {
  it('reads a GFM table: cells with their spans, alignment, the 表题 and unit line above it, none of it prose', () => {
    const text = '表1 2024年重点项目完成情况\n单位：亿元\n\n| 类别 | 完成投资 |\n|:--|--:|\n| 工业 \\| 技改 | `12.6` |\n| 合计 | 12.6 |\n\n正文。\n';
    const draft = parseDraft(text);
    assert.equal(draft.tables.length, 1);
    const t = draft.tables[0]!;
    assert.equal(t.source, 'gfm');
    assert.deepEqual(cells(t), [
      ['类别', '完成投资'],
      ['工业 | 技改', '`12.6`'],
      ['合计', '12.6'],
    ]);
    assert.deepEqual(t.align, ['left', 'right']);
    for (const c of [...t.header.cells, ...t.rows.flatMap((r) => r.cells)]) assert.equal(text.slice(c.offset, c.endOffset).replace(/\\\|/g, '|'), c.text);
    assert.equal(t.caption?.text, '表1 2024年重点项目完成情况');
    assert.equal(t.unit?.text, '单位：亿元');
    assert.deepEqual(
      draft.lines.map((p) => p.source),
      ['表1 2024年重点项目完成情况', '单位：亿元', '正文。'],
    );
  });

  it('reads a table that interrupts a paragraph, its unit at the end of the 表题 line', () => {
    const draft = parseDraft('全县项目情况（单位：万元）\n| 乡镇 | 金额 |\n|---|---|\n| 城关镇 | 5 |\n');
    assert.equal(draft.tables[0]?.caption?.text, '全县项目情况');
    assert.equal(draft.tables[0]?.unit?.text, '（单位：万元）');
  });

  it('recognises tables pasted as text, in each shape, and takes their lines out of the prose', () => {
    const shapes: Array<[string, string, string[][]]> = [
      [
        'pipe',
        '| 项目 | 金额 |\n| 甲 | 12.5 |\n| 乙 | 30 |\n',
        [
          ['项目', '金额'],
          ['甲', '12.5'],
          ['乙', '30'],
        ],
      ],
      [
        'pipe',
        '品 名 | 播种面积\n(亩) |\n产量（吨） |\n粮食 | 726760 | 315690 |\n蔬菜 | 147173 | 365415 |\n',
        [
          ['品 名', '播种面积(亩)', '产量（吨）'],
          ['粮食', '726760', '315690'],
          ['蔬菜', '147173', '365415'],
        ],
      ],
      [
        'aligned',
        '项目\t计划\t完成\n工业\t20\t18\n农业\t10\t9\n',
        [
          ['项目', '计划', '完成'],
          ['工业', '20', '18'],
          ['农业', '10', '9'],
        ],
      ],
      [
        'aligned',
        '             Item 2006 2007\n普通高等学校 Regular Institutions 38 38\n普通中学 Regular Secondary Schools 1373 1361\n小 学 Primary Schools 8754 7990\n',
        [
          ['Item', '2006', '2007'],
          ['普通高等学校 Regular Institutions', '38', '38'],
          ['普通中学 Regular Secondary Schools', '1373', '1361'],
          ['小 学 Primary Schools', '8754', '7990'],
        ],
      ],
      [
        'stacked',
        '项目\n\n计划投资\n\n完成投资\n\n工业项目\n\n20.5\n\n12.6\n\n基础设施\n\n30\n\n28.4\n',
        [
          ['项目', '计划投资', '完成投资'],
          ['工业项目', '20.5', '12.6'],
          ['基础设施', '30', '28.4'],
        ],
      ],
      [
        'stacked',
        '项目 |\n2023年 |\n2024年 |\n|\n收入 |\n10 |\n12 |\n|\n支出 |\n8 |\n9 |\n|\n',
        [
          ['项目', '2023年', '2024年'],
          ['收入', '10', '12'],
          ['支出', '8', '9'],
        ],
      ],
    ];
    for (const [source, text, expected] of shapes) {
      const draft = parseDraft(`现将情况汇报如下：\n\n${text}\n以上情况，特此报告。\n`);
      assert.equal(draft.tables.length, 1, text);
      assert.equal(draft.tables[0]!.source, source, text);
      assert.ok(!draft.tables[0]!.unclear, text);
      assert.deepEqual(cells(draft.tables[0]!), expected, text);
      assert.deepEqual(
        draft.lines.map((p) => p.source),
        ['现将情况汇报如下：', '以上情况，特此报告。'],
        text,
      );
    }
  });

  it('marks a row that lost a cell as short, and reads the figures after its first as of unsure columns', () => {
    const text = '类别 |\n学校数 |\n班级数 |\n学生数 |\n小学 |\n334 |\n8697 |\n371009 |\n高中 |\n56 |\n89750 |\n初中 |\n147 |\n3672 |\n171369 |\n总计 |\n537 |\n12369 |\n632128 |\n';
    const t = parseDraft(text).tables[0]!;
    assert.deepEqual(
      t.rows.map((r) => !!r.short),
      [false, true, false, false],
    );
    // a cell of 高中 is lost, which one is not known: only the 学校数 sum, where its first figure stands, is checked
    const sums = relations(text).filter((r) => r.rule === 'table-sum');
    assert.deepEqual(
      sums.map((r) => [r.holds, r.arithmetic]),
      [[true, '小学334 + 高中56 + 初中147 = 537，与“总计”行“学校数”537相符']],
    );
  });

  it('takes no prose for a table: signatures, headings, lists of names, a line of spaced words', () => {
    const prose = [
      '一、工作进展\n\n（一）项目建设\n\n全年完成投资48亿元。\n\nxx县发展和改革局\n\n2024年6月5日\n',
      '出席：王明  李华  张志强\n\n列席：县应急管理局  县财政局\n',
      '上一篇：关于安全生产的汇报  下一篇：年度工作总结\n',
      '城关镇\n\n新店镇\n\n柳河乡\n\n红星村\n\n向阳村\n\n东风村\n',
      '附件：1.项目清单\n2.资金测算表\n',
      '会议地点：县政府三楼会议室 | 时间：上午9时\n',
    ];
    for (const text of prose) assert.deepEqual(parseDraft(text).tables, [], text);
  });

  it('reads long tables with a scanner exactly as micromark reads them', () => {
    const cell = fc.oneof(fc.constantFrom('合计', '工业项目', '其中：技改', '12.6', '1,234', '—', '', 'xx', 'a\\|b', '`x`', '**9**', ' 5 '), fc.stringMatching(/^[一-龥0-9.]{0,6}$/));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: LONG_TABLE_ROWS, maxLength: LONG_TABLE_ROWS + 10 }),
        fc.constantFrom('', '表1 项目表\n', '正文一句。\n\n'),
        fc.constantFrom('', '\n\n后文。', '\n'),
        fc.boolean(),
        (width, rows, before, after, edgePipes) => {
          const line = (cs: string[]): string => (edgePipes ? `| ${cs.join(' | ')} |` : cs.join(' | '));
          const header = line(Array.from({ length: width }, (_, i) => `列${i}`));
          const delimiter = line(Array.from({ length: width }, (_, i) => ['---', ':--', '--:', ':-:'][i % 4]!));
          const text = `${before}${header}\n${delimiter}\n${rows.map(line).join('\n')}${after}`;
          const tree = parser.parse(text);
          const fromMicromark = tree.children.filter((n): n is MdastTable => n.type === 'table').map((n) => readGfmTable(n, text)!);
          const scanned = scanLongTables(text);
          // the scanner reads the long ones (or leaves the whole text to micromark); each as micromark does
          if (!scanned) return;
          const long = fromMicromark.filter((t) => t.rows.length >= LONG_TABLE_ROWS);
          assert.equal(scanned.length, long.length, text);
          scanned.forEach(({ table }, i) => {
            const m = long[i]!;
            assert.deepEqual(table.align, m.align);
            assert.deepEqual(
              cells(table),
              cells(m).map((r) => r.slice(0, width)),
            );
            assert.deepEqual(
              [table.header, ...table.rows].map((r) => r.cells.map((c) => [c.offset, c.endOffset])),
              [m.header, ...m.rows].map((r) => r.cells.slice(0, width).map((c) => [c.offset, c.endOffset])),
            );
          });
        },
      ),
      { numRuns: 60, seed: 13 },
    );
  });
});

describe('table cells', () => {
  it('reads numbers as written: sign, thousands separators, decimals, a unit or 万 of their own, dashes for none', () => {
    assert.deepEqual(readCell('1,234.50').number, { value: 1234.5, decimals: 2, multiplier: 1, unit: undefined, yearLike: false, approximate: false });
    assert.equal(readCell('- 203.0').number?.value, -203);
    assert.equal(readCell('5 698.3').number?.value, 5698.3);
    assert.equal(readCell('12.6亿元').number?.multiplier, 1e8);
    assert.equal(readCell('61.5%').number?.unit?.kind, 'percent');
    assert.equal(readCell('2024').number?.yearLike, true);
    for (const blank of ['—', '-', '/', '…', '——']) assert.equal(readCell(blank).kind, 'blank', blank);
    assert.equal(readCell('xx').kind, 'placeholder');
    assert.equal(readCell('2024年').kind, 'text');
  });
});

describe('table relations', () => {
  const table = (rows: string[], head = '| 类别 | 金额（万元） |'): string => `${head}\n|---|---:|\n${rows.join('\n')}\n`;

  it('adds up at the written precision: 3.3 + 3.3 + 3.3 is 10.0, 3 + 3 + 3 is not 10 people', () => {
    assert.deepEqual(failing(table(['| 甲 | 3.3 |', '| 乙 | 3.3 |', '| 丙 | 3.3 |', '| 合计 | 10.0 |'])), []);
    assert.equal(failing(table(['| 甲 | 3 |', '| 乙 | 3 |', '| 丙 | 3 |', '| 合计 | 10 |'], '| 类别 | 人数（人） |')).length, 1);
    // integers of an amount are rounded too: 3 + 3 + 3 万元 may be 10 万元
    assert.deepEqual(failing(table(['| 甲 | 3 |', '| 乙 | 3 |', '| 丙 | 3 |', '| 合计 | 10 |'])), []);
  });

  it('reads a total on top or at the bottom, 小计 groups, and 其中 rows as parts of the row above', () => {
    assert.deepEqual(failing(table(['| 合计 | 30 |', '| 甲 | 10 |', '| 乙 | 20 |'])), []);
    assert.equal(failing(table(['| 合计 | 32 |', '| 甲 | 10 |', '| 乙 | 20 |'])).length, 1);
    const grouped = table(['| 甲 | 10 |', '| 乙 | 20 |', '| 小计 | 30 |', '| 丙 | 5 |', '| 丁 | 5 |', '| 小计 | 10 |', '| 合计 | 40 |']);
    assert.deepEqual(failing(grouped), []);
    assert.equal(failing(grouped.replace('| 合计 | 40 |', '| 合计 | 45 |')).length, 1);
    assert.deepEqual(failing(table(['| 甲 | 10 |', '| 其中：甲一 | 6 |', '| 乙 | 20 |', '| 合计 | 30 |'])), []);
    const over = failing(table(['| 甲 | 10 |', '| 其中：甲一 | 16 |', '| 乙 | 20 |', '| 合计 | 30 |']));
    assert.deepEqual(
      over.map((f) => f.message.slice(0, 12)),
      ['其中各项之和超过所属的数'],
    );
  });

  it('finds the parts of a total in a flat list of items and sub-items, and reports the one column that does not add up', () => {
    const head = '| 机构 | 机构数 | 床位数 | 人员数 |';
    const rows = [
      '| 总计 | 100 | 1000 | 2000 |',
      '| 医院 | 40 | 700 | 1200 |',
      '| 综合医院 | 30 | 500 | 900 |',
      '| 中医医院 | 8 | 150 | 250 |',
      '| 基层机构 | 60 | 300 | 800 |',
      '| 卫生院 | 20 | 250 | 500 |',
    ];
    const text = `${head}\n|---|---:|---:|---:|\n${rows.join('\n')}\n`;
    assert.deepEqual(failing(text), []);
    const broken = failing(text.replace('| 总计 | 100 | 1000 |', '| 总计 | 100 | 1100 |'));
    assert.equal(broken.length, 1);
    assert.match(broken[0]!.message, /医院700 \+ 基层机构300 = 1000，与“总计”行“床位数”的1100相差100/);
  });

  it('checks shares, rates and growth against the columns they come from', () => {
    const shares = '| 类别 | 数量 | 占比 |\n|---|---:|---:|\n| 甲 | 30 | 30.0% |\n| 乙 | 70 | 71.0% |\n| 合计 | 100 | 100% |\n';
    assert.deepEqual(
      failing(shares).map((f) => f.rule),
      ['table-share', 'table-share'],
    );
    const rates = '| 项目 | 计划投资 | 完成投资 | 完成率 |\n|---|---:|---:|---:|\n| 甲 | 20.5 | 12.6 | 61.5% |\n| 乙 | 30.0 | 28.4 | 94.7% |\n';
    assert.deepEqual(failing(rates), []);
    assert.equal(failing(rates.replace('94.7%', '92.7%'), 'table-rate').length, 1);
    const growth = '| 指标 | 2023年 | 2024年 | 增长（%） |\n|---|---:|---:|---:|\n| 收入 | 7.72 | 8.36 | 8.3 |\n';
    assert.deepEqual(failing(growth), []);
    assert.equal(failing(growth.replace('| 8.3 |', '| 9.3 |'), 'table-change').length, 1);
  });

  it('compares a figure of the text with the cell that states the same measure', () => {
    const text = (n: string): string => `全年完成投资${n}亿元。\n\n| 类别 | 完成投资（亿元） |\n|---|---:|\n| 工业 | 190.5 |\n| 其他 | 284 |\n| 合计 | 474.5 |\n`;
    assert.deepEqual(failing(text('474.5')), []);
    assert.equal(relations(text('474.5')).filter((r) => r.rule === 'table-restatement' && r.holds).length, 1);
    const found = failing(text('480'), 'table-restatement');
    assert.equal(found.length, 1);
    // (190.5 + 284 = 474.5: the table bears its cell out, so the finding stands at the text's figure, the cell related)
    assert.equal(text('480').slice(found[0]!.offset, found[0]!.endOffset), '480亿元');
    assert.deepEqual(
      found[0]!.related?.map((r) => r.message),
      ['表中 474.5'],
    );
    // another year is another measure
    assert.deepEqual(failing(`2023年完成投资480亿元。\n\n| 类别 | 2024年完成投资（亿元） |\n|---|---:|\n| 工业 | 190.5 |\n| 其他 | 284 |\n| 合计 | 474.5 |\n`, 'table-restatement'), []);
  });

  it('checks nothing in a table whose columns are unclear', () => {
    const text = '| 项目 | 金额 |\n| 甲 | 1 | 2 | 3 |\n| 合计 | 5 |\n';
    const t = parseDraft(text).tables[0]!;
    assert.equal(t.unclear, true);
    assert.deepEqual(relations(text), []);
  });
});

describe('pasted-table fix', () => {
  it('rebuilds each shape as a GFM table holding every cell’s text, and the table then reads the same', () => {
    const texts = [
      '2024年重点项目完成情况\n\n| 类别 | 计划投资（亿元） | 完成投资（亿元） |\n| 工业项目 | 20.5 | 12.6 |\n| 基础设施 | 30.0 | 28.4 |\n| 合计 | 50.5 | 41.0 |\n正文紧接表格。\n',
      '项目\t计划\t完成\n工业\t20\t18\n农业\t10\t9\n',
      '项目\n\n计划投资\n\n完成投资\n\n工业项目\n\n20.5\n\n12.6\n\n基础设施\n\n30\n\n28.4\n\n以上情况，特此报告。\n',
      '| 单位: 万元 | |\n| 项 目 | 预算数 |\n| 合 计 | 34.35 |\n| 公务接待费 | 1.70 |\n| 公务用车费 | 32.65 |\n',
    ];
    for (const text of texts) {
      const before = parseDraft(text).tables[0]!;
      const finding = check(text).findings.find((f) => f.rule === 'pasted-table');
      assert.ok(finding?.fix, text);
      const fixed = applyEdits(text, finding.fix);
      const after = parseDraft(fixed);
      assert.equal(after.tables.length, 1, fixed);
      assert.equal(after.tables[0]!.source, 'gfm', fixed);
      assert.deepEqual(cells(after.tables[0]!), cells(before), fixed);
      // no word of the text is lost: every character but spaces, pipes and dashes is still there, in order
      const words = (s: string): string => s.replace(/[\s|:-]/g, '');
      assert.equal(words(fixed), words(text), fixed);
      assert.deepEqual(
        check(fixed).findings.filter((f) => f.rule === 'pasted-table'),
        [],
      );
    }
  });
});
