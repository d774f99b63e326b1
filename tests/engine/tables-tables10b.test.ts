// Tables read on the layouts real pages paste (issue 12), round 10 (tables10b): relations in tables the engine
// reads into a correct grid. Each reading with a made-up table, each failing without it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

const gfm = (rows: string[][], above = ''): string =>
  [above, `| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`), '', '以上数据来自各单位上报。', ''].join('\n');

describe('按…分组 headings numbered 1、2、 under an unlabelled total', () => {
  // made up: 工业产值 = 轻工业 + 重工业 = 大型 + 中型 + 小型企业, in both columns
  const table = (month: string): string =>
    gfm([
      ['指标', '本月', '累计'],
      ['工业产值', month, '960.5'],
      ['1、按轻重工业分组', '', ''],
      ['轻工业', '40.2', '310.4'],
      ['重工业', '80.3', '650.1'],
      ['2、按企业规模分组', '', ''],
      ['大型企业', '30.1', '200.2'],
      ['中型企业', '40.3', '320.1'],
      ['小型企业', '50.1', '440.2'],
    ]);

  it('holds when both breakdowns add up', () => {
    assert.deepEqual(findings(table('120.5'), 'table-sum'), []);
  });

  it('reports a total its breakdowns pass', () => {
    assert.deepEqual(findings(table('110.5'), 'table-sum'), ['110.5', '110.5']);
  });
});

describe('an average written as a row, its two rows found by the columns', () => {
  // made up: 病床周转次数 = 出院人数 ÷ 平均开放病床数; 病床工作日 = 实际占用总床日数（万床日）× 10000 ÷ 平均开放病床数
  const table = (turnover: string, days = '300.0'): string =>
    gfm([
      ['项目', '2019年', '2020年', '2021年', '2022年', '2023年'],
      ['出院人数', '200000', '210000', '230000', '240000', '250000'],
      ['平均开放病床数', '10000', '10500', '11000', '12000', '12500'],
      ['实际占用总床日数（万床日）', '300', '315', '330', '360', '375'],
      ['病床周转次数', turnover, '20.0', '20.9', '20.0', '20.0'],
      ['病床工作日', days, '300.0', '300.0', '300.0', '300.0'],
    ]);

  it('holds when each average is its rows’ quotient', () => {
    assert.deepEqual(findings(table('20.0'), 'table-rate'), []);
  });

  it('reports an average its rows do not give', () => {
    assert.deepEqual(findings(table('22.0'), 'table-rate'), ['22.0']);
    assert.deepEqual(findings(table('20.0', '310.0'), 'table-rate'), ['310.0']);
  });

  it('stays silent where no two rows give the average in four columns', () => {
    const text = gfm([
      ['项目', '2019年', '2020年', '2021年', '2022年', '2023年'],
      ['出院人数', '200000', '210000', '230000', '240000', '250000'],
      ['平均开放病床数', '10000', '10500', '11000', '12000', '12500'],
      ['病床周转次数', '25.0', '20.0', '23.0', '28.0', '20.0'],
    ]);
    assert.deepEqual(findings(text, 'table-rate'), []);
  });
});

describe('a column of shares whose heading lost its words of share', () => {
  // made up: 占年末人口 (its 比重% on a line lost): each row ÷ 全县总人口, which reads 100
  const table = (male: string): string =>
    gfm([
      ['指标', '人数（人）', '占年末人口'],
      ['全县总人口', '200000', '100'],
      ['城镇', '80000', '40.0'],
      ['乡村', '120000', '60.0'],
      ['男性', '104000', male],
      ['女性', '96000', '48.0'],
    ]);

  it('holds when each share is its row over the whole', () => {
    assert.deepEqual(findings(table('52.0'), 'table-share'), []);
  });

  it('reports a share its row does not give', () => {
    assert.deepEqual(findings(table('57.0'), 'table-share'), ['57.0']);
  });

  it('stays silent on a column of figures that are not shares of the row reading 100', () => {
    const text = gfm([
      ['指标', '人数（人）', '学校数'],
      ['全县', '200000', '100'],
      ['城镇', '80000', '45'],
      ['乡村', '120000', '55'],
      ['一中', '4000', '1'],
    ]);
    assert.deepEqual(findings(text, 'table-share'), []);
  });
});

describe('the shares of a whole without a 合计 row add up to its share', () => {
  // made up: 常住人口 = 城镇 + 乡村 = 男性 + 女性 in the amounts, so their shares add up to its 100
  const table = (whole: string, third = '49.0'): string =>
    gfm([
      ['指标', '年末数（人）', '比重（%）'],
      ['常住人口', '300000', whole],
      ['其中：城镇', '120000', '40.0'],
      ['乡村', '180000', '60.0'],
      ['其中：男性', '153000', '51.0'],
      ['女性', '147000', third],
    ]);

  it('holds when the shares add up to the whole’s 100', () => {
    assert.deepEqual(findings(table('100'), 'table-share'), []);
  });

  it('reports the whole’s share when its parts’ shares add up to another', () => {
    assert.ok(findings(table('95'), 'table-share').includes('95'));
  });

  it('reads a share row by row against the whole when it reads 100 and only three rows', () => {
    // 生产总值 = 第一 + 第二 + 第三产业 by the amounts: its 100 is the whole of the shares, whatever one share says
    const text = gfm([
      ['指标', '增加值（亿元）', '比重（%）'],
      ['地区生产总值', '160.0', '100'],
      ['第一产业', '50.0', '31.3'],
      ['第二产业', '30.0', '18.8'],
      ['第三产业', '80.0', '55.0'],
    ]);
    assert.ok(findings(text, 'table-share').includes('55.0'));
  });
});

describe('a list sorted from the largest down is no total over the rows below it', () => {
  const table = (second: string): string =>
    gfm([
      ['地区', '投资（亿元）', '项目数（个）'],
      ['一县', '110', '60'],
      ['二县', second, '30'],
      ['三县', '40', '20'],
      ['四县', '20', '10'],
    ]);

  it('stays silent where one column adds up by chance', () => {
    assert.deepEqual(findings(table('50'), 'table-sum'), []);
  });

  it('still reads a row over the rows below it where two columns add up', () => {
    // 二县 over 三县 and 四县 in both columns: the rows say so, sorted or not
    const text = gfm([
      ['地区', '投资（亿元）', '项目数（个）', '企业数（家）'],
      ['一县', '110', '60', '50'],
      ['二县', '50', '30', '20'],
      ['三县', '40', '20', '12'],
      ['四县', '20', '10', '8'],
    ]);
    assert.deepEqual(findings(text, 'table-sum'), ['50']);
  });
});

describe('numbered rows in a statistical report', () => {
  // made up: a 民政 report, one column of figures, its parts numbered 1. 2. 3., A、 B、, (1) (2)
  const report = (towns: string, institutions = '94', beds = '900', area = '310'): string =>
    gfm([
      ['指标名称', '数量'],
      ['（一）行政区划', ''],
      ['乡镇级合计', towns],
      ['1.镇', '60'],
      ['2.乡', '50'],
      ['3.街道', '30'],
      ['（二）提供住宿的社会服务', ''],
      ['1.机构数', institutions],
      ['A、养老机构', '83'],
      ['B、精神疾病服务机构', '5'],
      ['C、其他机构', '6'],
      ['2.床位数', beds],
      ['(1)养老机构床位数', '800'],
      ['(2)其他床位数', '100'],
      ['（三）乡级行政区划', area],
      ['1.镇', '200'],
      ['2.乡', '50'],
      ['3.苏木', '—'],
      ['4.街道', '60'],
    ]);

  it('holds when every numbered list adds up', () => {
    assert.deepEqual(findings(report('140'), 'table-sum'), []);
  });

  it('reads a 合计 on top over its numbered rows up to the next section numbered a level up', () => {
    assert.deepEqual(findings(report('130'), 'table-sum'), ['130']);
  });

  it('reads rows lettered A、 B、 C、 as the parts of the numbered row above them, even when it is mistyped smaller', () => {
    assert.deepEqual(findings(report('140', '80'), 'table-sum'), ['80']);
  });

  it('reads rows numbered a level deeper as parts of a numbered row mistyped smaller than the first', () => {
    assert.deepEqual(findings(report('140', '94', '790'), 'table-sum'), ['790']);
  });

  it('reads past a part numbered as the others with a dash only', () => {
    assert.deepEqual(findings(report('140', '94', '900', '280'), 'table-sum'), ['280']);
  });
});
