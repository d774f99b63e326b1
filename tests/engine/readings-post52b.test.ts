// Readings of post52b (issue 12, round 52): a rate of all the routes after the count of one route; an unemployment
// rate over a count of new jobs; 万元地区生产总值能耗 beside a table of the product; 重点推进项目, a class of projects.
// Each case made up, each silent case failing without its guard (each reported case is a control: the reading stays).

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('a rate of all the routes after the count of one route (post52b)', () => {
  const hotline = (rate: string, routed = '2.30万件'): string =>
    `上半年，全县便民服务热线共受理群众来电12.40万件，同比增长15.2%，即时答复10.10万件，转交部门${routed}，综合办结率${rate}，群众满意率97.5%。`;

  it('reads nothing when the routes split what came in and the rate names another verb', () => {
    assert.deepEqual(figureFindings(hotline('98.20%')), []);
  });

  it('still reads the route as the numerator when the counts do not split the whole', () => {
    assert.deepEqual(figureFindings(hotline('98.20%', '1.30万件')), ['number-ratio 98.20%']);
  });
});

describe('the rest of a whole is no route passed on (post52b)', () => {
  it('still reads the urban population over the whole when the rural makes up the rest', () => {
    assert.deepEqual(figureFindings('年末全县常住人口50.00万人，其中城镇人口30.00万人，乡村人口20.00万人，常住人口城镇化率65.00%。'), ['number-ratio 65.00%']);
  });
});

describe('an unemployment rate over a count of new jobs (post52b)', () => {
  it('reads no base for 登记失业率 among counts of jobs', () => {
    assert.deepEqual(figureFindings('全年城镇新增就业6520人，城镇登记失业人数1810人，城镇登记失业率3.1%。'), []);
  });
});

describe('a product named in an intensity beside the product’s table (post52b)', () => {
  const bulletin = (growth: string): string =>
    `全年全区地区生产总值520000万元，比上年增长6.50%。全区万元地区生产总值能耗比上年下降3.4%。\n\n` +
    `表1 全区地区生产总值\n\n| 指标 | 绝对数（万元） | 增长（%） |\n| --- | --- | --- |\n| 地区生产总值 | 520000 | ${growth} |\n| 第一产业 | 80000 | 4.10 |\n| 第二产业 | 160000 | 7.20 |\n| 第三产业 | 280000 | 6.60 |\n`;

  it('does not read the intensity’s fall as the product’s growth', () => {
    assert.deepEqual(figureFindings(bulletin('6.50'), ['table-restatement']), []);
  });

  it('still reads the product’s own growth', () => {
    assert.ok(figureFindings(bulletin('6.80'), ['table-restatement']).some((f) => f.startsWith('table-restatement')));
  });
});

describe('重点推进项目, a class of projects (post52b)', () => {
  it('reads no part not yet done in the class pushed on as a priority', () => {
    assert.deepEqual(
      figureFindings('全市新入库重大项目共300个，总投资2600亿元。1-6月，40个市重点项目完成投资52.6亿元，占年度目标任务50.2%；8个市委市政府重点推进项目完成投资9.4亿元，占年度目标任务47.3%。'),
      [],
    );
  });
});
