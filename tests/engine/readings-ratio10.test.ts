// Readings of shares, rates, points and sex ratios (issue 12, round 10, branch ratio10): glosses in brackets, sections
// of a population report, the structure a period changes to. Each case is a made-up text, silent where the reading
// holds and reported where it does not, with a near miss that stays silent.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('readings of shares, rates, points and sex ratios (ratio10)', () => {
  describe('a share with a gloss in brackets before it: 占常住人口比重（常住人口城镇化率）为', () => {
    const text = (p: string): string => `年末全县常住人口50.0万人，比上年末增加0.2万人。其中城镇常住人口30.0万人，占常住人口比重（常住人口城镇化率）为${p}，比上年末提高1.0个百分点。`;
    it('checks the share against the whole its words name', () => {
      silent(text('60.00%'));
      reports(text('65.00%'), 'number-ratio', '30.0万人 ÷ 50.0万人');
    });

    it('stays silent when the gloss stands elsewhere (a rate with no urban count)', () => {
      noFindingAt('年末全县常住人口50.0万人。全县常住人口城镇化率（按常住人口计）为65.00%。', '65.00%');
    });
  });

  describe('a share glossed as 城镇化率 whose named whole no figure is named by', () => {
    const text = (p: string): string => `年末常住人口40.0万人。其中，城镇常住人口22.0万人，占总人口比重（常住人口城镇化率）为${p}。`;
    it('is the urbanisation rate, urban over the resident population', () => {
      silent(text('55.00%'));
      reports(text('60.00%'), 'number-ratio', '22.0万人 ÷ 40.0万人');
    });

    it('stays silent without a gloss naming the rate (a share of a whole not stated)', () => {
      noFindingAt('年末常住人口40.0万人。其中，城镇常住人口22.0万人，占总人口比重为60.00%。', '60.00%');
    });
  });

  describe('a sex ratio with its definition in brackets: 性别比（以女性为100，男性对女性的比例）为', () => {
    const text = (r: string): string => `全县常住人口中，男性人口为51000人，占51.00%；女性人口为49000人，占49.00%。总人口性别比（以女性为100，男性对女性的比例）为${r}。`;
    it('checks the ratio against the counts of the period before it', () => {
      silent(text('104.08'));
      reports(text('109.08'), 'number-ratio', '性别比');
    });

    it('stays silent on the sex ratio of the births (出生人口性别比), which is not of the counts', () => {
      noFindingAt('全县常住人口中，男性人口为51000人，占51.00%；女性人口为49000人，占49.00%。出生人口性别比为111.30，较上年下降0.5。', '111.30');
    });

    it('stays silent when the paragraph states men or women twice (which are meant is unclear)', () => {
      noFindingAt('全县常住人口中，男性人口为51000人，女性人口为49000人；其中城镇男性人口为30000人，城镇女性人口为29000人。总人口性别比（以女性为100，男性对女性的比例）为109.08。', '109.08');
    });
  });

  describe('a birth rate in a later section of a population report, over the population of the first', () => {
    const text = (r: string): string =>
      `一、常住人口\n\n2024年末全市常住人口为500万人，与2023年末常住人口498万人相比，增加2万人。\n\n二、自然增长\n\n2024年全市出生人口为3.5万人，死亡人口为4.0万人。出生率为${r}，死亡率为8.02‰。`;
    it('checks the rate against the population stated sections before', () => {
      silent(text('7.01‰'));
      reports(text('9.01‰'), 'number-ratio', '3.5万人 ÷ 500万人');
    });

    it('stays silent when no population total is stated before (only a part of it)', () => {
      noFindingAt('一、城乡构成\n\n2024年末城镇人口为300万人。\n\n二、自然增长\n\n2024年全市出生人口为3.5万人。出生率为9.01‰。', '9.01‰');
    });
  });

  describe('a birth rate of 出生人数', () => {
    const text = (r: string): string => `年末全县总人口200000人，比上年末增加1000人；全年出生人数2000人，人口出生率${r}；死亡人数1400人，死亡率7.02‰。`;
    it('checks the rate against the count of births', () => {
      silent(text('10.02‰'));
      reports(text('12.02‰'), 'number-ratio', '2000人 ÷');
    });

    it('stays silent for a count of another kind (出生缺陷人数)', () => {
      noFindingAt('年末全县总人口200000人；全年出生缺陷人数20人，人口出生率12.02‰。', '12.02‰');
    });
  });

  describe('the mean size of a household: 平均每个家庭户的人口为', () => {
    const text = (s: string): string => `全县共有家庭户100000户，集体户2000户，家庭户人口为260000人，集体户人口为8000人。平均每个家庭户的人口为${s}。`;
    it('checks the mean against the people and the number of households', () => {
      silent(text('2.60人'));
      reports(text('2.86人'), 'number-ratio', '260000人 ÷ 100000户');
    });

    it('stays silent for a mean of other households (集体户 only)', () => {
      noFindingAt('全县共有集体户2000户，集体户人口为8000人。平均每个家庭户的人口为2.86人。', '2.86人');
    });
  });

  describe('points of the structure a period changed to, in the period after it: 一产下降1.13个百分点', () => {
    const text = (d: string): string => `三次产业结构比由2023年的20.00:30.00:50.00调整到18.50:31.00:50.50。一产下降${d}个百分点，二产上升1.00个百分点，三产上升0.50个百分点。`;
    it('checks the points against the two structures', () => {
      silent(text('1.50'));
      findingAt(text('2.50'), '2.50个百分点');
    });

    it('stays silent when another figure stands between the structures and the points', () => {
      noFindingAt('三次产业结构比由2023年的20.00:30.00:50.00调整到18.50:31.00:50.50。全年粮食产量10万吨，一产下降2.50个百分点。', '2.50个百分点');
    });
  });

  describe('points of 服务业在全区经济中的比重 between two structures', () => {
    const text = (d: string): string => `三次产业结构由上年的10.0:40.0:50.0调整为9.0:43.0:48.0，服务业在全区经济中的比重比上年下降${d}个百分点。`;
    it('reads 服务业 as the third industry', () => {
      silent(text('2.0'));
      findingAt(text('3.0'), '3.0个百分点');
    });

    it('stays silent for an industry that pulls growth (拉动, not a share)', () => {
      noFindingAt('三次产业结构由上年的10.0:40.0:50.0调整为9.0:43.0:48.0，服务业拉动经济增长3.0个百分点。', '3.0个百分点');
    });
  });

  describe('a structure of 一、二、三产业 changed 由上年的…调整为 (比重), or 构成为', () => {
    const text = (s: string): string =>
      `全年地区生产总值100.0亿元。其中，第一产业增加值10.0亿元，第二产业增加值40.0亿元，第三产业增加值50.0亿元。一、二、三产业增加值占地区生产总值的比重由上年的11:41:48调整为${s}:40:50。`;
    it('checks each term against its industry', () => {
      silent(text('10'));
      findingAt(text('12'), '12:40:50');
    });

    it('stays silent for last year’s structure before 调整为', () => {
      noFindingAt(
        '全年地区生产总值100.0亿元。其中，第一产业增加值10.0亿元，第二产业增加值40.0亿元，第三产业增加值50.0亿元。一、二、三产业增加值占地区生产总值的比重由上年的12:40:48调整为10:40:50。',
        '12:40:48',
      );
    });
  });

  describe('a natural growth rate before the birth and death rates of its period', () => {
    const text = (g: string): string => `全年出生人口1.20万人，死亡人口1.10万人，自然增长率为${g}，出生率为9.0‰，死亡率为8.5‰。`;
    it('checks it as their difference', () => {
      silent(text('0.5‰'));
      findingAt(text('1.5‰'), '1.5‰');
    });

    it('stays silent when the rates follow in another period', () => {
      noFindingAt('全年出生人口1.20万人，死亡人口1.10万人，自然增长率为1.5‰。上年出生率为9.0‰，死亡率为8.5‰。', '1.5‰');
    });
  });

  describe('a 政协 filing rate over the proposals received, stated in an earlier paragraph', () => {
    const text = (p: string): string => `截至1月20日，大会提案组共收到提案200件。\n\n经审查，立案180件，转为意见和建议20件，立案率${p}。`;
    it('checks the rate against the proposals received', () => {
      silent(text('90.0%'));
      reports(text('95.0%'), 'number-ratio', '180件 ÷ 200件');
    });

    it('stays silent when no count of proposals received is stated', () => {
      noFindingAt('截至1月20日，共召开审查会议3次。\n\n经审查，立案180件，转为意见和建议20件，立案率95.0%。', '95.0%');
    });
  });
});
