// Tables read on the layouts real pages paste (issue 12), round 26 (tables32): a yearbook's structure table whose
// rows under an item (粮食作物 over 谷物, 豆类, 薯类) are read from the columns adding up, the one column that does not
// add up where all the others do read as a slip rather than a remainder (and so for a # row and the row after it
// under such an item, #大豆 and 杂豆 under 豆类); and a rate over a column counting whole things (已办结 over 总件数)
// whose numerator is written whole, read exactly as counts. Each case made up, each reported case failing without
// its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's sown area by crop, in shares of the whole (%), space-aligned as a yearbook page pastes it
const crops = (cells: Record<string, string> = {}): string => `表12-3  主要农作物播种面积构成
单位：%
     2001 2002 2003 2004 2005
 农作物总播种面积 100.00 100.00 100.00 100.00 100.00
   粮食作物 ${cells.grain ?? '70.20'} 69.80 68.50 67.90 68.40
     谷物 55.10 54.30 53.20 52.80 53.60
       稻谷 20.40 20.10 19.80 19.50 19.90
       小麦 18.30 17.90 17.20 16.90 17.10
       玉米 16.40 16.30 16.20 16.40 16.60
     豆类 ${cells.beans ?? '8.60'} 8.80 8.70 8.50 8.30
      #大豆 6.10 6.20 6.30 6.00 5.90
       杂豆 2.50 2.60 2.40 2.50 2.40
     薯类 6.50 6.70 6.60 6.60 6.50
   油料作物 ${cells.oil ?? '12.30'} 12.60 13.10 13.40 13.00
     花生 5.20 5.30 5.60 5.70 5.50
     油菜籽 7.10 7.30 7.50 7.70 7.50
   其他农作物 17.50 17.60 18.40 18.70 18.60
`;

describe('an item whose rows the columns show are all of it', () => {
  it('is silent on a table that adds up', () => {
    assert.deepEqual(findings(crops(), /^table-/), []);
  });

  it('reports a whole raised in one column, where the other columns add up exactly', () => {
    // 谷物 55.10 + 豆类 8.60 + 薯类 6.50 = 70.20: 75.20 is over the parts, which the other four years show are all of it
    assert.deepEqual(findings(crops({ grain: '75.20' }), 'table-sum'), ['100.00', '75.20']);
  });

  it('says the parts are all of it', () => {
    const f = check(crops({ oil: '14.30' })).findings.find((x) => x.rule === 'table-sum' && x.message.includes('油料作物'));
    assert.ok(f, 'no finding at 油料作物');
    assert.match(f.message, /全部组成部分/);
  });

  it('reads a # row and the row after it as all of their item where the other columns add up', () => {
    // #大豆 6.10 + 杂豆 2.50 = 8.60, as in every other year: 豆类 written 13.60 is a slip (its 谷物 breakdown is over too)
    const found = findings(crops({ beans: '13.60' }), 'table-sum');
    assert.ok(found.includes('13.60'), found.join(' / '));
  });

  it('stays with “not over” where two columns do not add up', () => {
    // 2001 and 2002 both short of their whole: maybe an unlisted crop, so only parts over the whole are reported
    const text = crops({ grain: '75.20' }).replace('   粮食作物 75.20 69.80', '   粮食作物 75.20 74.80');
    assert.deepEqual(
      findings(text, 'table-sum').filter((s) => s !== '100.00'),
      [],
    );
  });
});

// made up: a city's mayor's mailbox by district, a 12345-style table with no unit written
const mailbox = (rate = '100%'): string => `各县区办理市民来信情况：

| 承办县区 | 总件数 | 处理中 | 已办结 | 办结率 |
| 东城区 | 40 | 0 | 40 | 100% |
| 西城区 | 25 | 0 | 25 | 100% |
| 南城区 | 12 | 0 | 12 | 100% |
| 北城区 | 9 | 0 | 9 | ${rate} |
| 总计 | 86 | 0 | 86 | 100% |
`;

describe('a rate over a column of whole things counted', () => {
  it('is silent on rates that hold', () => {
    assert.deepEqual(findings(mailbox(), 'table-rate'), []);
  });

  it('reads 已办结 written whole as a count: 9 of 9 is 100%, not 95%', () => {
    assert.deepEqual(findings(mailbox('95%'), 'table-rate'), ['95%']);
  });

  it('still reads 8 of 9 as 88.9%', () => {
    assert.deepEqual(
      findings(mailbox('88.9%').replace('| 北城区 | 9 | 0 | 9 |', '| 北城区 | 9 | 1 | 8 |').replace('| 总计 | 86 | 0 | 86 | 100% |', '| 总计 | 86 | 1 | 85 | 98.8% |'), 'table-rate'),
      [],
    );
  });
});
