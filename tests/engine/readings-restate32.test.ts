// Readings of restatements (issue 12, branch restate32): one measure under two names that differ only by words that
// leave it as it is (vocabulary.ts NATION_BEFORE_MEASURE, NUMBER_AFTER_COUNT): 全国 before a name in a draft that
// speaks for the nation only, 我国 for 全国, 数量 after a count's name; the title's place after the period it reports; a
// change after its level's change in the level's unit. A subnational draft's 全国 and a name that differs in more than
// those words stay apart. Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: one measure under two names that differ by neutral words (restate32)', () => {
  const vehicles = (later: string, own = ''): string =>
    '上半年机动车登记情况\n\n' +
    `据部门统计，截至6月底，${own}全国机动车保有量达3.3亿辆。上半年全国新注册登记机动车1540万辆，新领证驾驶人1286万人。\n\n` +
    `上半年新注册登记机动车${later}万辆，同比增长3.2%。`;

  it('reads 全国 before a name as the bare name in a draft that speaks for the nation', () => {
    silent(vehicles('1540'));
    reports(vehicles('1386'), 'number-conflict', '1386万辆');
  });

  it('keeps 全国 apart from the bare name when the draft speaks for a place below the nation', () => {
    silent(vehicles('1386', '全省机动车保有量达0.2亿辆，'));
  });

  const drivers = (later: string): string =>
    '上半年驾驶人登记情况\n\n' + '上半年，新领证驾驶人1286万人，同比增长4.1%。\n\n' + `从数据看，上半年全国新领证驾驶人数量达${later}万人，女性驾驶人占比提高。`;

  it('reads 数量 after a count’s name as the count itself', () => {
    silent(drivers('1286'));
    reports(drivers('1157'), 'number-conflict', '1157万人');
  });

  const owners = (later: string, first: string): string =>
    '新能源汽车保有量情况\n\n' + `部门发布统计，${first}新能源汽车保有量达1180万辆，同比增长61.2%。\n\n` + `全国新能源汽车保有量${later}万辆，占汽车总量的3.9%。`;

  it('reads 我国 and 全国 as one nation even where a place below it is named', () => {
    silent(owners('1180', '全省机动车保有量达0.2亿辆；我国'));
    reports(owners('1062', '全省机动车保有量达0.2亿辆；我国'), 'number-conflict', '1062万辆');
  });

  const fires = (later: string): string => '2023年上半年全国火灾情况\n\n' + '今年上半年，全国共接报火灾52万起，死亡912人。\n\n' + `接报居住场所火灾${later}万起，起数占总数的30.1%。`;

  it('keeps apart a part named with more words than the neutral ones (接报居住场所火灾 is not 接报火灾)', () => {
    silent(fires('15.7'));
  });

  const quality = (later: string): string =>
    '2022年青山市食品抽检合格率达97.46%\n\n' +
    '2023-03-01 来源：青山日报\n\n' +
    `记者从青山市市场监管局了解到，2022年，全市食品抽检合格率为${later}%。\n\n` +
    '全年检出不合格食品312批次，总体不合格率2.54%，合格率为97.46%。';

  it('reads the title’s place after the period it reports as the draft’s own', () => {
    silent(quality('97.46'));
    reports(quality('92.46'), 'number-conflict', '92.46%');
  });

  const purchases = (later: string): string =>
    `部门：2022年全省政府采购规模为3499.1亿元 同比下降${later}%\n\n` +
    '  本报12月25日电 25日，省财政厅发布了2022年全省政府采购简要情况。\n\n' +
    '2022年全省政府采购规模为3,499.1亿元，较上年减少140.6亿元，下降3.9%，占全省财政支出的比重为9.4%。';

  it('reads a change after its level’s change in the level’s unit as that level’s change', () => {
    silent(purchases('3.9'));
    reports(purchases('39'), 'number-conflict', '39%');
  });
});
