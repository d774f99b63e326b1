// Readings of post51a (issue 12, round 51): the sums of the first run on heldout184–188. A sum in the billions of base
// units judged with a slack relative to its size (floating point); the signed changes of the parts after a change and
// its rate; a budget total written to fewer decimals than its parts; parts side by side within a group of a list by ；;
// the last of a run of values no total; the rest (其余) after a part and its share; farmed and caught aquatic products
// all of the total. Each case made up, each silent case failing without its guard and each reported case without its
// reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

const sumFindings = (text: string): string[] => figureFindings(text, ['table-sum']).filter((f) => f.startsWith('number-sum') || f.startsWith('table-sum'));

describe('a sum in the billions of base units adds up exactly (post51a, floating point)', () => {
  const purchases = (goods: string): string => `2026年本部门政府采购预算200,012.33万元，其中：政府采购货物预算${goods}万元、政府采购工程预算176,543.21万元、政府采购服务预算23,456.78万元。`;

  it('reads parts adding up to the hundredth of a 万元 as adding up, not as “0万元” over', () => {
    assert.deepEqual(sumFindings(purchases('12.34')), []);
  });

  it('still reports parts a hundredth of a 万元 over their total', () => {
    assert.deepEqual(sumFindings(purchases('12.35')), ['number-sum 200,012.33万元']);
  });
});

describe('the signed changes of the parts after a change and its rate (post51a)', () => {
  const levels =
    '“三公”经费财政拨款支出年初预算为20.00万元，支出决算为8.50万元，完成预算的42.50%，其中：因公出国（境）费决算为0万元；公务用车购置及运行维护费支出决算为6.20万元；公务接待费支出决算为2.30万元。';
  const changes = (total: string, rate: string): string =>
    `${levels}\n\n2025年度“三公”经费财政拨款支出决算数比2024年度减少${total}万元，下降${rate}%，其中：因公出国（境）费支出决算与2024年持平；公务用车购置及运行维护费支出决算减少5.00万元，下降44.64%；公务接待费支出决算增加0.90万元，增长64.29%。`;

  it('reads a fall and a rise of the parts against the fall of the whole, not a part above the total', () => {
    assert.deepEqual(sumFindings(changes('4.10', '32.54')), []);
  });

  it('reports the whole’s change that is not the parts’ changes signed, their levels all of the whole’s', () => {
    assert.deepEqual(sumFindings(changes('5.00', '37.04')), ['number-sum 5.00万元']);
  });
});

describe('a budget total written to fewer decimals than its parts (post51a)', () => {
  const budget = (fund: string, total = '52,000'): string =>
    `支出预算${total}万元，其中：财政拨款支出预算${total}万元，比2025年预算增加2,000万元。财政拨款支出预算中，一般公共预算拨款支出预算12,000万元，比2025年预算减少1,000万元；政府性基金拨款支出预算${fund}万元，比2025年预算增加3,000万元；国有资本经营预算拨款支出预算0万元，比2025年预算增加0万元。`;

  it('reads the total written to the 万元 as cut from the parts’ hundredths', () => {
    assert.deepEqual(sumFindings(budget('40,000.70')), []);
  });

  it('still reports parts more than a unit of the total’s last digit over it', () => {
    assert.notDeepEqual(sumFindings(budget('40,001.70')), []);
  });

  it('keeps a total written as finely as its parts exact', () => {
    assert.notDeepEqual(sumFindings(budget('40,000.70', '52,000.00')), []);
  });
});

describe('parts side by side within a group of a list by ；(post51a)', () => {
  const repaid = (special: string): string => `2023年归还政府债务本金9650万元，其中：一般债券3820万元，向外国政府借款25万元，向国际组织借款105万元；专项债券${special}万元。`;

  it('reads the loans after the general bonds as parts beside them when every amount adds up', () => {
    assert.deepEqual(sumFindings(repaid('5700')), []);
  });

  it('still reports a list where neither reading adds up', () => {
    assert.notDeepEqual(sumFindings(repaid('5800')), []);
  });
});

describe('the last of a run of values is no total (post51a)', () => {
  it('reads 8.6米 closing the heights as the third tree’s, not the total of the girths after it', () => {
    assert.deepEqual(sumFindings('古槐3株，树龄分别为500、300和200年，树高各为12.5、10、8.6米，胸径分别是0.95、0.62、0.41米，最大一株胸围3.1米，枝叶繁茂。'), []);
  });

  it('still reads a total stated on its own before 分别是', () => {
    assert.deepEqual(sumFindings('新建堤防三段，共长12.6公里，分别是4.1公里、5.2公里和3.6公里。'), ['number-sum 12.6公里']);
  });
});

describe('the rest after a part and its share (post51a)', () => {
  const examined = (rest: string, share: string): string =>
    `2019年5月，对学生视力情况调查，共检查6所学校的2150名学生，发现视力正常者1290人，占60.0%；其余${rest}人视力不良，占${share}%，其中轻度近视700人，中度近视160人。`;

  it('reads the part and the rest, past the share and the semicolon, as adding up to the total', () => {
    assert.deepEqual(sumFindings(examined('860', '40.0')), []);
  });

  it('reports a part and the rest that do not make the total', () => {
    assert.deepEqual(sumFindings(examined('809', '37.6').replace('轻度近视700人', '轻度近视649人')), ['number-sum 2150名']);
  });
});

describe('farmed and caught aquatic products are all of them (post51a)', () => {
  const aquatic = (caught: string): string => `全年粮食总产量30.5万吨。全年水产品产量3.46万吨。其中，养殖水产品产量2.87万吨；捕捞水产品产量${caught}吨。`;

  it('reads the two as adding up to the total', () => {
    assert.deepEqual(sumFindings(aquatic('5900')), []);
  });

  it('reports the two that fall short of the total', () => {
    assert.deepEqual(sumFindings(aquatic('4900')), ['number-sum 3.46万吨']);
  });
});
