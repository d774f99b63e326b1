// Restatements read on how officials write (issue 12), round 27 (post27a): the same items listed again under a second
// heading give that heading's measure of them; a paragraph opening with a quoted name speaks of that one; a size band in
// a subject (10亿元以上, 5亿元以上至10亿元) makes another subject; a count closing a list of examples with 等 and held to a
// bar (完成率超过80%) is a subset of its kind. Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const conflicts = (text: string): Array<{ at: string; message: string }> =>
  check(text)
    .findings.filter((f) => f.rule === 'number-conflict')
    .map((f) => ({ at: text.slice(f.offset, f.endOffset), message: f.message }));

// made up: a county's bulletin, per-pupil spending of two measures, each heading listing the same school levels (the
// first heading's bracket lost in a paste, the items numbered without a mark)
const twoHeadings = `某县2024年教育经费执行情况统计公告

一、生均经费情况

一)各级学校生均公用经费增长情况

1普通小学为1,520.40元，比上年的1,480.20元增加40.20元，增长2.72%。

2普通初中为2,310.60元，比上年的2,250.10元增加60.50元，增长2.69%。

3普通高中为2,905.30元，比上年的2,800.00元增加105.30元，增长3.76%。

（二）各级学校生均教育事业费支出增长情况

1普通小学为9,830.20元，比上年的9,500.00元增加330.20元，增长3.48%。

2普通初中为12,640.80元，比上年的12,200.40元增加440.40元，增长3.61%。

3普通高中为13,120.50元，比上年的12,880.50元增加240.00元，增长1.86%。`;

describe('the same items listed again under a second heading', () => {
  it('is silent: each heading names its own measure of the items', () => {
    assert.deepEqual(conflicts(twoHeadings), []);
  });

  it('is silent on a neighbour alike under the two headings', () => {
    // the second heading's 普通小学 happens to state the first heading's figure again, with another previous year
    const alike = twoHeadings.replace('1普通小学为9,830.20元，比上年的9,500.00元增加330.20元，增长3.48%。', '1普通小学为1,520.40元，比上年的1,475.00元增加45.40元，增长3.08%。');
    assert.notEqual(alike, twoHeadings);
    assert.deepEqual(conflicts(alike), []);
  });

  it('still finds a summary figure restated otherwise under a heading of its detail', () => {
    const found = conflicts(`某县2024年教育经费统计公告

一、总体情况

全县小学生均公用经费为1,520.40元，初中生均公用经费为2,310.60元。

二、分学段情况

小学生均公用经费为1,530.40元，比上年增长2.72%。`);
    assert.ok(
      found.some((f) => f.at === '1,530.40元'),
      JSON.stringify(found),
    );
  });
});

// made up: a campaign's batches, each paragraph opening with the batch's name in quotation marks
describe('paragraphs opening with a quoted name', () => {
  it("is silent: the kinds counted in each are the named batch's own", () => {
    assert.deepEqual(
      conflicts(`我市第三期“三个一批”项目建设活动启动

“开工一批”项目420个。其中，50亿元以上项目6个。先进制造业项目160个，战略性新兴产业项目75个，社会民生项目40个，其他项目30个。

“投产一批”项目由上期开工项目转化生成，共285个。其中，先进制造业项目150个，战略性新兴产业项目90个，社会民生项目25个，其他项目20个。`),
      [],
    );
  });

  it('still finds a kind counted twice otherwise when no paragraph names its own', () => {
    const found = conflicts(`我市第三期项目建设活动启动

本期开工项目420个。其中，先进制造业项目160个，战略性新兴产业项目75个。

据统计，先进制造业项目150个，均已完成备案。`);
    assert.ok(
      found.some((f) => f.at === '150个'),
      JSON.stringify(found),
    );
  });
});

// made up: a province's industrial projects by size
describe('a size band in the subject', () => {
  it('is silent: projects of two sizes are two subjects', () => {
    assert.deepEqual(
      conflicts(`全省工业重点项目进展顺利

一季度，全省工业重点项目完成投资120.5亿元。投资10亿元以上的项目40个，总投资1200亿元，一季度完成投资80.2亿元，完成年度计划投资的18.2%。投资5亿元以上至10亿元的项目30个，一季度完成投资15亿元，完成年度计划投资的20.5%。`),
      [],
    );
  });
});

// made up: a province's major projects, a count of examples' kind that passed a bar
describe('a count closing examples with 等, held to a bar', () => {
  it('is silent: those that passed the bar are a subset of the kind', () => {
    assert.deepEqual(
      conflicts(`今年1至9月，全省重大项目建设加快推进。

从基础设施建设领域来看，640个基础设施项目年度计划投资完成率86.20%，其中：38个生态环保项目年度计划投资完成率101.20%，150个交通项目年度计划投资完成率85.10%。

某市绕城高速公路、某县城乡供水一体化工程等215个基础设施项目年度计划投资完成率超过80%。`),
      [],
    );
  });

  it('still finds the kind restated otherwise when no bar holds the count', () => {
    const found = conflicts(`今年1至9月，全省重大项目建设加快推进。

从基础设施建设领域来看，640个基础设施项目年度计划投资完成率86.20%，其中：38个生态环保项目年度计划投资完成率101.20%，150个交通项目年度计划投资完成率85.10%。

某市绕城高速公路、某县城乡供水一体化工程等650个基础设施项目年度计划投资完成率86.20%。`);
    assert.ok(
      found.some((f) => f.at === '650个'),
      JSON.stringify(found),
    );
  });
});
