// Tables read on the layouts real pages paste (issue 12), round 22 (tables25): a 社保基金 execution form pasted as pipe
// rows (figures with thousands separators, a masthead over its heading, rows that lost their empty cells), a table
// pasted one cell per line whose heading's groups are named by their totals (职 务 … 职务总计), a column that is the
// sum of a run of columns apart from it, and space-separated rows that lost their empty cells and broke over lines
// under a heading of groups of the same measures. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a 社保基金 execution form pasted as pipe rows', () => {
  // made up: a city's 失业保险基金 quarterly form copied from its page, amounts in 元 with thousands separators
  const form = (rows: Record<string, string> = {}): string =>
    [
      '2022年2季度 | 失业保险基金预算执行情况表 | |||||||',
      '社预执行05表 | ||||||||',
      '填报单位： | 某市本级 | 2022年2季度 | 单位：元 | |||||',
      '项 目 | 2022年预算数 | 2022年调整后预算数 | 当期执行数 | 累计执行数 | 上年同期累计执行数 | 预算执行进度（%） | 比上年同期增长（%） | |',
      rows.opening ?? '一、期初余额 | 512,300,400.00 | 512,300,400.00 | 498,120,300.50 | 512,300,400.00 | 600,000,000.00 | 100.00% | -14.62% | |',
      rows.total ?? '二、收入合计 | 300,000,000.00 | 300,000,000.00 | 50,000,000.00 | 120,000,000.00 | 96,000,000.00 | 40.00% | 25.00% | |',
      rows.subtotal ?? '（一）收入小计 | 300,000,000.00 | 300,000,000.00 | 50,000,000.00 | 120,000,000.00 | 96,000,000.00 | 40.00% | 25.00% | |',
      rows.premium ?? '1.失业保险费收入 | 280,000,000.00 | 280,000,000.00 | 46,000,000.00 | 112,000,000.00 | 90,000,000.00 | 40.00% | 24.44% | |',
      rows.interest ?? '2.利息收入 | 20,000,000.00 | 20,000,000.00 | 3,900,000.00 | 7,900,000.00 | 5,500,000.00 | 39.50% | 43.64% | |',
      '3.财政补贴收入 | 0.00 | 100.00% | ||||||',
      rows.other ?? '4.其他收入 | 100,000.00 | 100,000.00 | 500,000.00 | -80.00% | ||||',
      '（二）上级补助收入 | 0.00 | 100% | ||||||',
      '',
    ].join('\n');

  it('reads the form under its masthead: a form that adds up is silent', () => {
    assert.deepEqual(findings(form(), /^(?:table|number)-/), []);
  });

  it('checks a growth and a 预算执行进度 (执行 over the budget, the two budgets alike) in rows of figures with separators', () => {
    const premium = '1.失业保险费收入 | 280,000,000.00 | 280,000,000.00 | 46,000,000.00 | 112,000,000.00 | 90,000,000.00 | 40.00% | 25.44% | |';
    assert.deepEqual(findings(form({ premium }), 'table-change'), ['25.44%']);
    const interest = '2.利息收入 | 20,000,000.00 | 20,000,000.00 | 3,900,000.00 | 7,900,000.00 | 5,500,000.00 | 38.50% | 43.64% | |';
    assert.deepEqual(findings(form({ interest }), 'table-rate'), ['38.50%']);
  });

  it('places a row that lost its empty cells by its growth: its 累计 counts in the subtotal, its first figure is not put under the budget', () => {
    // 100,000.00 | 150,000.00 | 500,000.00 | -70.00%: the growth places 150,000.00 under 累计 and 500,000.00 under 上年同期
    const other = '4.其他收入 | 100,000.00 | 150,000.00 | 500,000.00 | -70.00% | ||||';
    assert.deepEqual(findings(form({ other }), 'table-sum'), ['120,000,000.00']);
  });

  it('reads a numbered total over the rows numbered a level deeper (二、收入合计 over （一） and （二）), rows of 0.00 and 100% adding nothing', () => {
    const total = '二、收入合计 | 300,000,000.00 | 300,000,000.00 | 55,000,000.00 | 120,000,000.00 | 96,000,000.00 | 40.00% | 25.00% | |';
    assert.deepEqual(findings(form({ total }), 'table-sum'), ['55,000,000.00']);
  });
});

describe('a table pasted one cell per line, its heading groups named by their totals', () => {
  // made up: a province's monthly patent table, the heading a blank line under its caption, 职务 over five columns
  // (its total 职务总计 last) and 非职务 over one
  const heading = ['地 区', '当年授权量', '当月授权量', '发明', '实用新型', '外观设计', '职 务', '非职务', '大专院校', '科研单位', '工矿企业', '机关团体', '职务总计', '个人'];
  const table = (rows: string[][]): string => ['2023年9月某省专利授权量统计表', '', ...heading, ...rows.flat(), ''].join('\n');
  const rows = (change: (r: string[][]) => void = () => {}): string[][] => {
    const r = [
      ['甲市', '5000', '620', '200', '300', '120', '50', '10', '400', '20', '480', '140'],
      ['乙市', '3000', '410', '90', '250', '70', '12', '3', '330', '5', '350', '60'],
      ['丙市', '2000', '260', '40', '160', '60', '6', '1', '200', '3', '210', '50'],
      ['丁市', '1500', '180', '30', '100', '50', '4', '0', '140', '6', '150', '30'],
      ['全 省', '11500', '1470', '360', '810', '300', '72', '14', '1070', '34', '1190', '280'],
    ];
    change(r);
    return r;
  };

  it('reads the heading: a table that adds up is silent (职 务 is one word, not two columns)', () => {
    assert.deepEqual(findings(table(rows()), /^table-/), []);
  });

  it('checks a group total against the columns its group names (职务总计 = 大专院校 … 机关团体)', () => {
    const found = findings(
      table(
        rows((r) => {
          r[1]![10] = '360';
        }),
      ),
      'table-sum',
    );
    assert.ok(found.includes('360'), found.join(' '));
  });

  it('checks the columns beside the group total by their own arithmetic (当月授权量 = 发明 + 实用新型 + 外观设计)', () => {
    const found = findings(
      table(
        rows((r) => {
          r[2]![3] = '50';
        }),
      ),
      'table-sum',
    );
    assert.ok(found.includes('260'), found.join(' '));
  });
});

describe('a column that is the sum of a run of columns apart from it', () => {
  // made up: a district table of patents by applicant, 职务 the four kinds of employer, 个人 (非职务) between them
  const table = (west: string): string =>
    [
      '| 地区 | 发明 | 实用新型 | 外观设计 | 大专院校 | 科研院所 | 企业 | 机关团体 | 个人 | 职务 | 非职务 | 合计 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 东区 | 300 | 500 | 200 | 30 | 20 | 700 | 10 | 240 | 760 | 240 | 1000 |',
      `| 西区 | 150 | 300 | 150 | 10 | 5 | 450 | 15 | 120 | ${west} | 120 | 600 |`,
      '| 南区 | 80 | 200 | 70 | 5 | 2 | 280 | 3 | 60 | 290 | 60 | 350 |',
      '| 北区 | 60 | 120 | 20 | 2 | 1 | 160 | 7 | 30 | 170 | 30 | 200 |',
      '| 中区 | 40 | 90 | 30 | 1 | 0 | 130 | 4 | 25 | 135 | 25 | 160 |',
      '',
    ].join('\n');

  it('is silent where the run adds up, and reports the row where it does not', () => {
    assert.deepEqual(findings(table('480'), /^table-/), []);
    assert.deepEqual(findings(table('490'), 'table-sum'), ['490']);
  });
});

describe('space-separated rows that lost their empty cells under a heading of groups of the same measures', () => {
  // made up: a county's 危房改造 plan copied from its page, each row's empty groups dropped, some rows broken over lines
  const table = (hexi: string): string =>
    [
      '某县2022年农村危房改造补助资金分配表',
      '序号 乡镇 C级 D级 无房户 合计',
      '户数 补助资金（万元） 户数 补助资金（万元） 户数 补助资金（万元） 总户数 补助资金（万元）',
      '1 城关镇 2 1.5 3 6.3 1 2.1 6 9.9',
      '2 河东乡',
      '',
      '4 8.4',
      '',
      '4 8.4',
      '3 河西镇',
      '',
      `2 4.2 1 2.1 ${hexi}`,
      '4 南山乡 1 0.75',
      '',
      '1 0.75',
      '5 北岭镇 3 2.25 1 2.1',
      '',
      '4 4.35',
      '合  计 6 4.5 10 21.0 2 4.2 18 29.7',
      '',
    ].join('\n');

  it('is silent where each row’s last group is the sum of its others', () => {
    assert.deepEqual(findings(table('3 6.3'), /^table-/), []);
  });

  it('reports a row whose last group is not the sum of the groups it kept, measure by measure', () => {
    assert.deepEqual(findings(table('3 7.3'), 'table-sum'), ['7.3']);
    assert.deepEqual(findings(table('4 6.3'), 'table-sum'), ['4']);
  });
});
