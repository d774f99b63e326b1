// Lines that the broken-paragraph rule took for a sentence carried on in the next line, found on the shadow sample of
// unannotated real text (tests/corpus/shadow/JUDGED.md, "Residue findings that look wrong"): a page's breadcrumb, a
// speech's subtitle, a reposted page's 原标题, the speakers of a report, items of a list by place, and a section
// heading whose words open with a numeral. Each case is a made-up text; its twin, a real hard wrap, is still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const breaks = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'broken-paragraph')
    .map((f) => text.slice(f.offset, f.endOffset));

const WRAPPED = '今年以来，全县各项工作稳步推进，全年完成投资1.2亿元，比上年增长\n\n5.2%，增速居全市第一。\n';

describe('broken-paragraph: page furniture and titles above the text (lead16)', () => {
  it('a real hard wrap is still a broken paragraph', () => {
    assert.deepEqual(breaks(WRAPPED), ['长\n\n5']);
  });
  it('reads a breadcrumb line as the page’s, not a sentence going on in the headline', () => {
    assert.deepEqual(breaks('首页 > 政府信息公开 > 法定主动公开内容 > 部门信息公开 > 市交通运输局\n\n今年我市交通投资将达70亿元，比上年增长12%。\n'), []);
    // one > is no breadcrumb: a sentence comparing two figures may wrap after it
    assert.equal(breaks('今年全县财政收入增幅 > 全市平均水平，各项支出均按进度拨付到位，重点项目\n\n进展顺利。\n').length, 1);
  });
  it('reads a speech’s subtitle (——…会议上) and a 原标题 line as titles', () => {
    assert.deepEqual(breaks('——2020年7月28日在某省人民代表大会常务委员会第二十二次会议上\n\n某省审计厅厅长 张三\n'), []);
    assert.deepEqual(breaks('原标题：今年前7个月某市外贸进出口同比增长26.8%\n\n近日，记者从海关获悉，前7个月全市外贸进出口1503亿元。\n'), []);
    assert.equal(breaks('今年前7个月，某市外贸进出口同比增长26.8%，增速高于全省19.5个百分点，居全省\n\n第一位。\n').length, 1);
  });
  it('reads a short run of names joined by 、 as the speakers’ line, not a sentence', () => {
    assert.deepEqual(breaks('镇党委、政府\n\n根据会议安排，下面将我镇上半年工作情况作简要汇报。\n'), []);
    // a line ending in 、 is a wrap in a list
    assert.equal(breaks('镇党委、政府、\n\n人大主席团高度重视。\n').length, 1);
  });
  it('reads lines led by place names and colons as items of one list', () => {
    const items = '利辛县：报送整改一般隐患43774条，整改率100%；已整改重大隐患84家，整改率96.6%\n\n谯城区：报送整改一般隐患21814条，整改率100%。\n';
    assert.deepEqual(breaks(items), []);
    assert.equal(breaks('利辛县报送整改一般隐患43774条，整改率100%；已整改重大隐患84家，整改率\n\n96.6%。\n').length, 1);
  });
  it('reads 二、六个行政村… as a section heading, while 一、二季度 still lists two quarters', () => {
    assert.deepEqual(breaks('二、六个行政村垦造耕地项目\n\n上半年垦造耕地力度空前，在建项目16个。\n'), []);
    const quarters = check('一、二季度全县规上工业增加值分别增长5%和6%。\n');
    assert.ok(!quarters.findings.some((f) => f.rule === 'heading-sequence'));
    const heading = check('二、六个行政村垦造耕地项目\n\n上半年在建项目16个。\n');
    assert.ok(heading.findings.some((f) => f.rule === 'heading-sequence'));
  });
});
