// Readings of rates31 (issue 12, round 31): a daily average over the days of the month, quarter or span of dates its
// total is stated for; an average price over the weight and value right before it; a rate opening its period, of the
// counts of the period before; a list of changes in percent after a list of differences stated with 分别. Each case
// made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a province's output for one month, each fuel with its daily average
const fuels = (coal: string, gas: string): string =>
  `具体来看，6月，全省规上工业原煤产量3000万吨，同比增长1.8%；日均产量${coal}。进口煤炭500万吨，同比增长6.4%。` + `规上工业天然气产量15亿立方米，同比增长3.1%；日均产量${gas}。`;

describe('a daily average over the days of its month (rates31)', () => {
  it('is silent when each average is its month’s output over 30 days', () => {
    assert.deepEqual(findings(fuels('100万吨', '0.5亿立方米'), 'number-ratio'), []);
  });

  it('reports an average that is not the output over the days of June', () => {
    assert.deepEqual(findings(fuels('90万吨', '0.5亿立方米'), 'number-ratio'), ['90万吨']);
    assert.deepEqual(findings(fuels('100万吨', '0.6亿立方米'), 'number-ratio'), ['0.6亿立方米']);
  });

  it('reads a span of dates, both days counted', () => {
    const trips = (daily: string): string => `7月1日至7月20日，全省铁路累计发送旅客2000万人次，同比增长3.2%，日均发送旅客${daily}。`;
    assert.deepEqual(findings(trips('100万人次'), 'number-ratio'), []);
    assert.deepEqual(findings(trips('110万人次'), 'number-ratio'), ['110万人次']);
  });

  it('is silent over a year, months from one to another, or a month compared with', () => {
    for (const text of [
      '2023年，全市图书馆共接待读者36.5万人次，日均接待读者1.5万人次。',
      '暑期（7—8月），全市口岸共保障出入境旅客62万人次，日均保障出入境旅客1.5万人次。',
      '规上工业发电量较5月份增加，发电量300亿千瓦时，日均发电15亿千瓦时。',
    ])
      assert.deepEqual(findings(text, 'number-ratio'), [], text);
  });
});

// made up: a township's silk and tobacco, each with its output, value and average price
const farm = (cocoon: string): string => `饲养蚕种12000张，产茧50万公斤，实现产值2500万元，均价达${cocoon}。种植烤烟3000余亩，完成收购量40万公斤，实现产值1300万元，均价达32.5元。`;

describe('an average price right after its weight and value (rates31)', () => {
  it('is silent when each price is the value over the weight, per 公斤', () => {
    assert.deepEqual(findings(farm('50元'), 'number-ratio'), []);
  });

  it('reports a price ten times the value over the weight', () => {
    assert.deepEqual(findings(farm('500元'), 'number-ratio'), ['500元']);
  });

  it('is silent when a price in 元 alone is per 斤', () => {
    assert.deepEqual(findings(farm('25元'), 'number-ratio'), []);
  });
});

// made up: a hotline's calls, the rate in the next sentence
const hotline = (rate: string): string => `截至目前，共受理投诉电话2000件，其中受理办结1980件。办结率为${rate}，群众满意率为96%。`;

describe('a rate opening its period, of the counts of the period before (rates31)', () => {
  it('is silent when the rate is the closed over the received', () => {
    assert.deepEqual(findings(hotline('99%'), 'number-ratio'), []);
  });

  it('reports a rate that is not', () => {
    assert.deepEqual(findings(hotline('97%'), 'number-ratio'), ['97%']);
  });

  it('is silent when the period before states a percentage of its own', () => {
    const text = '共受理投诉电话2000件，其中受理办结1980件，占比99%。办结率为97%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});

// made up: a province's accidents in some sectors, the differences and the changes in two lists
const accidents = (first: string, second: string): string => `批发零售、住宿餐饮等行业共发生事故40起、死亡50人，同比分别增加8起、10人，上升${first}、${second}，开始出现增长情况。`;

describe('changes in percent listed after differences stated with 分别 (rates31)', () => {
  it('is silent when each change is its difference over last year’s level', () => {
    assert.deepEqual(findings(accidents('25%', '25%'), 'number-ratio'), []);
  });

  it('reports a change that is the difference over this year’s level', () => {
    assert.deepEqual(findings(accidents('20%', '25%'), 'number-ratio'), ['20%']);
    assert.deepEqual(findings(accidents('25%', '20%'), 'number-ratio'), ['20%']);
  });
});

// made up: a county's structure of the three industries, last year's and this year's, then one industry's share
const structure = (words: string, points: string): string => `三次产业结构由上年的12.0:40.0:48.0调整为11.5:41.2:47.3，${words}${points}。`;

describe('an industry’s share in points after the structures it changed between (rates31)', () => {
  it('is silent when the points are the difference of the two terms', () => {
    assert.deepEqual(findings(structure('第二产业增加值占地区生产总值的比重提高', '1.2个百分点'), 'number-ratio'), []);
  });

  it('reads 第二产业增加值占地区生产总值的比重 as the second industry’s share', () => {
    assert.deepEqual(findings(structure('第二产业增加值占地区生产总值的比重提高', '2.2个百分点'), 'number-ratio'), ['2.2个百分点']);
  });

  it('reads the industry as a page in 繁體 writes it (一產下降)', () => {
    const text = '全縣三次產業結構由上年的12.0∶40.0∶48.0調整為11.5∶41.2∶47.3，一產下降0.5個百分點。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
    assert.deepEqual(findings(text.replace('0.5個', '1.5個'), 'number-ratio'), ['1.5個百分點']);
  });
});

describe('the arithmetic of an average, written to the places it is judged at (round 31 review)', () => {
  const message = (text: string): string => check(text).findings.find((f) => f.rule === 'number-ratio')?.message ?? '';

  it('shows a daily average to one place more than the average is written, not four', () => {
    const m = message('11月份，全县规上工业发电量7310万千瓦时，同比增长2.1%；日均发电263.7万千瓦时。');
    assert.match(m, /7310万千瓦时 ÷ 30天 = 243\.67万千瓦时，/);
  });

  it('shows an average price the same way', () => {
    const m = message('今年全镇饲养蚕种2921张，产茧124.15万公斤，实现产值813.07万元，均价达64.72元。');
    assert.match(m, /813\.07万元 ÷ 124\.15万公斤 = 6\.549元，/);
  });
});
