// Readings from the first contact with heldout102–103 (issue 12), round 31 (post31c): a table's row of growth rates
// (增 减%) under two year rows, read as the growth of each column and never as a row whose total column sums its parts;
// the shares of the classes of one grading, one clause each, adding up to more than 100%; the kinds added after a 其中
// that opens the sentence after the total added. Each case made up; each reported case fails without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's fishery output by kind, two years, their difference and their growth in %
const fishery = [
  '某县2024年渔业产值分品种情况',
  '',
  '2024年渔业产值分品种对比（表二） | |||||',
  '单位：万元 | |||||',
  '名称 | 渔业总产值 | 鱼类产值 | 虾类产值 | 蟹类产值 | 贝类产值 |',
  '2024年 | 1000.00 | 500.00 | 300.00 | 150.00 | 50.00 |',
  '2023年 | 900.00 | 400.00 | 350.00 | 100.00 | 50.00 |',
  '增 减 | 100.00 | 100.00 | -50.00 | 50.00 | 0.00 |',
  '增 减% | 11.11 | 25.00 | -14.29 | 50.00 | 0.00 |',
  '',
].join('\n');

describe('a row of growth rates under two year rows (post31c)', () => {
  it('is silent: the total’s 11.11% is no sum of the kinds’ rates', () => {
    assert.deepEqual(findings(fishery, 'table-sum'), []);
    assert.deepEqual(findings(fishery, 'table-change'), []);
  });

  it('reports a kind’s growth that its two years do not give', () => {
    const slip = fishery.replace('| 25.00 |', '| 30.00 |');
    assert.deepEqual(findings(slip, 'table-change'), ['30.00']);
  });

  it('reports a total’s growth that its two years do not give', () => {
    const slip = fishery.replace('| 11.11 |', '| 12.11 |');
    assert.deepEqual(findings(slip, 'table-change'), ['12.11']);
  });

  it('reports a difference that its two years do not give', () => {
    const slip = fishery.replace('增 减 | 100.00 | 100.00 |', '增 减 | 100.00 | 110.00 |');
    assert.ok(findings(slip, 'table-change').includes('110.00'));
  });
});

// made up: a city's lakes by water-quality class, one clause each, no count given
const lakes = '2023年全市湖泊水质符合Ⅱ类水标准的湖泊占20.0%；Ⅲ类水质标准的湖泊占45.5%；Ⅳ类水质标准的湖泊占25.0%；劣V类水质标准的湖泊占9.5%。湖泊水功能区达标率为60.2%。';

describe('the shares of the classes of one grading, one clause each (post31c)', () => {
  it('is silent when they make 100%', () => {
    assert.deepEqual(findings(lakes, 'number-ratio'), []);
  });

  it('reports shares of the classes adding up to more than 100%', () => {
    const over = lakes.replace('占25.0%', '占30.0%');
    assert.deepEqual(findings(over, 'number-ratio'), ['9.5%']);
  });

  it('is silent on a bound of classes and the classes it covers (达到或优于Ⅲ类 holds Ⅱ类 and Ⅲ类)', () => {
    const nested = '2023年全市达到或优于Ⅲ类水质标准的湖泊占80.0%；Ⅱ类水质标准的湖泊占35.0%；Ⅲ类水质标准的湖泊占45.0%。';
    assert.deepEqual(findings(nested, 'number-ratio'), []);
  });
});

// made up: schools and places added over five years, then 其中 opening the next sentence with the kinds added
const schools =
  '“十四五”期间，全县累计增加公办学校45所，学位1.2万个，增长了15.2%。其中，公办幼儿园增加30所，0.4万个学位，增长20.1%；公办小学增加11所，0.6万个学位，增长10.3%；公办初中增加4所，0.2万个学位，增长8.5%。';

describe('the kinds added after a 其中 opening the next sentence (post31c)', () => {
  it('is silent when the kinds added stay within the total added', () => {
    assert.deepEqual(findings(schools, 'number-sum'), []);
  });

  it('reports kinds added that add up to more than the total added', () => {
    const over = schools.replace('公办小学增加11所', '公办小学增加12所');
    assert.deepEqual(findings(over, 'number-sum'), ['45所']);
  });

  it('is silent when one kind fell (the others may then rise past the total)', () => {
    const fell = schools.replace('公办小学增加11所', '公办小学减少12所');
    assert.deepEqual(findings(fell, 'number-sum'), []);
  });
});
