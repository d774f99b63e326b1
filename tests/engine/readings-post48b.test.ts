// Readings of post48b (issue 12, round 48, heldout169–173: 连云港市志's chapters): the second end of a range of an era's
// years is of that era too; 分别为 after two periods named lists one measure in each; a bracket of the upper grades of
// titles leaves the rest out; shares naming a whole by a noun of their own are not of a breakdown's total of another
// noun; bare shares after 其中 that make 100% split the level, not the share before them; the interest on loans is no
// part of them; a 共 may close a list begun in the sentence before. Each case made up, each silent case failing without
// its reading and each reported case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings, findingTexts } from './figure-findings';

describe('the second end of a range of an era’s years (post48b)', () => {
  it('is counted in the era too', () => {
    assert.deepEqual(findingTexts('民国28年3月至30年5月，该港共运出食盐8万吨。光绪20年至22年设局。', 'number-format'), []);
  });

  it('still reports a two-digit year after a range of no era', () => {
    assert.deepEqual(findingTexts('1990年3月至98年5月，该港共运出食盐8万吨。', 'number-format'), ['98年']);
  });
});

describe('分别为 after two periods named one after the other (post48b)', () => {
  it('lists one measure in each period, no parts of the figure before', () => {
    assert.deepEqual(figureFindings('当年运到的货物就达20万吨，1988年和1989年上半年，该站运出的原盐分别为16.2万吨和12.5万吨。'), []);
  });

  it('still adds up a list of kinds after 分别为', () => {
    assert.deepEqual(figureFindings('当年运出货物20万吨，原盐和煤炭分别为16.2万吨和12.5万吨。'), ['number-sum 20万吨']);
  });
});

describe('a bracket naming the upper grades of titles (post48b)', () => {
  it('leaves out the bottom grade and those of none', () => {
    assert.deepEqual(figureFindings('该厂有工程技术人员96人（高级职称4人，中级职称21人），固定资产原值300万元。'), []);
  });

  it('still adds up a bracket that names the bottom grade', () => {
    assert.deepEqual(figureFindings('该厂有工程技术人员96人（高级职称4人，中级职称21人，初级职称60人），固定资产原值300万元。'), ['number-sum 96人']);
  });

  it('still reports upper grades more than the total', () => {
    assert.deepEqual(figureFindings('该厂有工程技术人员96人（高级职称40人，中级职称61人），固定资产原值300万元。'), ['number-sum 96人']);
  });
});

describe('shares naming a whole by a noun of their own after 其中 (post48b)', () => {
  it('are not of the breakdown’s total named by another noun', () => {
    assert.deepEqual(figureFindings('引进各类合作项目50个，其中合资企业36个，占企业总数的80%；内联项目9个，占企业总数的20%。'), []);
  });

  it('are still of a total named by that noun', () => {
    assert.deepEqual(figureFindings('全县共有企业50个，其中合资企业36个，占企业总数的80%；内联企业9个，占企业总数的18%。'), ['number-ratio 80%']);
  });
});

describe('bare shares after 其中 that make 100% (post48b)', () => {
  it('split the level before the share naming its own whole', () => {
    assert.deepEqual(figureFindings('历年全县规费收入总计5000万元，占同期财政收入的4.1%，其中，排污费为4000万元，占80%，水资源费为1000万元，占20%。'), []);
  });

  it('are still parts of that share when they do not make 100%', () => {
    assert.deepEqual(figureFindings('第三产业增加值500亿元，占生产总值的比重为45%，其中，批发零售业100亿元，占30%，金融业80亿元，占20%。'), ['number-sum 45%']);
  });
});

describe('the interest on loans after 其中 (post48b)', () => {
  it('is no part of the loans', () => {
    assert.deepEqual(figureFindings('全县应核销的逾期贷款18.5万元，其中免息的本金17.9万元，应免利息2.6万元，上报核销的贷款本金0.6万元，利息0.3万元。'), []);
  });

  it('still leaves the principal no more than the loans', () => {
    assert.deepEqual(figureFindings('全县应核销的逾期贷款18.5万元，其中免息的本金19.9万元，应免利息2.6万元，上报核销的贷款本金0.6万元，利息0.3万元。'), ['number-sum 18.5万元']);
  });
});

describe('a bare 共 after a list begun in the sentence before (post48b)', () => {
  const text = (first: string): string => `这次普查中，全县各级领导小组${first}人，各级普查机构工作人员1200人（其中村级900人）。另从各单位抽调普查员3000人，陪调员4000人，编码人员60人，共8400人。`;

  it('adds up both sentences’ lists', () => {
    assert.deepEqual(figureFindings(text('140')), []);
  });

  it('still reports a list that adds up neither way', () => {
    assert.deepEqual(figureFindings(text('240')), ['number-sum 8400人']);
  });
});

describe('库房 and 货场 after 其中 (post48b)', () => {
  it('are all of the storage: a sum short of the total is reported', () => {
    assert.deepEqual(figureFindings('全港有库场120个，总面积50.6万平方米。其中，库房18.2万平方米，货场面积31.9万平方米。'), ['number-sum 50.6万平方米']);
  });

  it('are silent when they add up', () => {
    assert.deepEqual(figureFindings('全港有库场120个，总面积50.1万平方米。其中，库房18.2万平方米，货场面积31.9万平方米。'), []);
  });
});
