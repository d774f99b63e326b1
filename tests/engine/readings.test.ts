// The figure checks on the ways officials really write (issue 12): each case holds in one text and is broken in
// another; the checks stay silent on the first and report the second with its arithmetic.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { explainAt } from '../../server/src/engine/explain';
import type { Finding } from '../../server/src/engine/types';

const FIGURE_RULES = ['number-sum', 'number-ratio', 'number-conflict'];

function findings(text: string): Finding[] {
  return check(text, { only: [...FIGURE_RULES, 'number-format'] }).findings;
}

/** The figure findings of a text, as “rule: message”. */
function figureFindings(text: string): string[] {
  return findings(text)
    .filter((f) => FIGURE_RULES.includes(f.rule))
    .map((f) => `${f.rule}: ${f.message}`);
}

/** The arithmetic the hover shows over the figure that starts with `needle`. */
function hover(text: string, needle: string): string[] {
  const result = check(text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return (explainAt(result, at).figure?.relations ?? []).map((r) => `${r.holds ? '✓' : '✗'} ${r.arithmetic}`);
}

function silent(text: string): void {
  assert.deepEqual(figureFindings(text), []);
}

function reports(text: string, ...parts: string[]): void {
  const got = figureFindings(text);
  assert.ok(got.length > 0, `nothing reported in ${text}`);
  for (const part of parts)
    assert.ok(
      got.some((m) => m.includes(part)),
      `no finding with “${part}” in:\n${got.join('\n')}`,
    );
}

describe('figures as officials write them (issue 12)', () => {
  describe('1. a change written as a difference', () => {
    it('reads 减收0.6亿元 as the change and 8.1 + 0.6 as the previous year', () => {
      const text = '税收收入8.1亿元，比上年减收0.6亿元，下降6.9%。';
      silent(text);
      assert.ok(hover(text, '6.9%').includes('✓ 0.6亿元 ÷ (8.1亿元 + 0.6亿元) = 6.9%'), hover(text, '6.9%').join('\n'));
      reports('税收收入8.1亿元，比上年减收0.6亿元，下降9.6%。', 'number-ratio: 下降幅度与数字不符：0.6亿元 ÷ (8.1亿元 + 0.6亿元) = 6.9%，文中写作下降9.6%');
    });

    it('reads 增收, 增加, 多 and a difference after the percentage alike', () => {
      silent('税收收入8.7亿元，比上年增收0.6亿元，增长7.4%。');
      silent('受理案件262件，同比下降2.60%，同比减少7件。');
      silent('民商事案件5623件，同比上升5.02%，同比增加269件。');
      reports('民商事案件5623件，同比上升6.02%，同比增加269件。', '269件 ÷ (5623件 − 269件) = 5.024%，文中写作上升6.02%');
    });
  });

  describe('2. sub-scopes of one measure', () => {
    it('does not take a city and 市本级, or a county and 普通高中, for one measure stated twice', () => {
      silent('全市一般公共预算收入50亿元，增长5%。\n\n市本级一般公共预算收入12亿元，增长3%。\n');
      silent('全县共有学校86所，在校生52000人，校舍面积80万平方米。\n\n普通高中：学校3所，在校生4500人，校舍面积10万平方米。\n\n初中：学校18所，在校生15000人，校舍面积25万平方米。\n');
      silent('全县重点项目120个，完成投资85亿元。\n\n其中省市重点项目30个，完成投资40亿元。\n\n县级16项，完成投资12亿元。\n');
    });

    it('still compares one measure in one scope', () => {
      reports('全县共有学校86所，在校学生52000人。\n\n二、存在问题\n\n全县在校学生54000人中，留守儿童6000人。\n', 'number-conflict: 同一指标前后不一致');
    });
  });

  describe('3. a subgroup’s share of its own plan', () => {
    it('is silent on 68.2% of the industrial projects’ own plan, and checks the county’s', () => {
      silent('全县年度计划投资90亿元，完成投资60亿元，占年度计划的66.7%。其中，42个工业项目完成投资36.5亿元，占年度计划的68.2%。');
      reports('全县年度计划投资90亿元，完成投资60亿元，占年度计划的70%。其中，42个工业项目完成投资36.5亿元，占年度计划的68.2%。', '60亿元 ÷ 90亿元 = 66.7%');
    });
  });

  describe('4. rates listed with 分别', () => {
    it('takes each rate for its own item’s plan, not shares of one whole', () => {
      silent('全县年度计划投资90亿元。交通、水利、能源项目分别完成投资12亿元、8亿元、5亿元，分别占年度计划的102%、86%、97%。');
      reports('第二产业、第三产业税收分别为4.12亿元、5.56亿元，分别占税收收入的42.6%、67.4%。税收收入9.68亿元。', '5.56亿元 ÷ 9.68亿元 = 57.44%');
    });
  });

  describe('5. the precision of every operand', () => {
    it('allows for 12.34 and 20.05 being rounded, and says so', () => {
      const text = '完成12.34亿元，占计划20.05亿元的61.56%。';
      silent(text);
      assert.ok(
        hover(text, '61.56%').some((h) => h.startsWith('✓ 12.34亿元 ÷ 20.05亿元 = 61.546%（按所写精度为61.5')),
        hover(text, '61.56%').join('\n'),
      );
      reports('完成12.34亿元，占计划20.05亿元的62.56%。', '12.34亿元 ÷ 20.05亿元 = 61.546%');
    });
  });

  describe('7. a rate whose verb several counts share', () => {
    it('holds when one reading does (累计化解 ÷ 交办), and reports the closest when none does', () => {
      silent('交办信访积案120件，本周化解8件，累计化解96件，化解率80%。');
      reports('交办信访积案120件，本周化解8件，累计化解96件，化解率85%。', '化解率 = 96件 ÷ 120件 = 80%，文中写作85%');
    });
  });

  describe('8. a measure restated in another part of the report', () => {
    it('compares 今年N个…中 with the total given before', () => {
      reports('一、工作进展情况\n\n今年共实施重点项目25个，完成投资18亿元。\n\n二、存在问题\n\n今年28个重点项目中，有6个进度滞后。\n', 'number-conflict: 同一指标前后不一致：“重点项目”此处为28个');
      silent('一、工作进展情况\n\n今年共实施重点项目25个，完成投资18亿元。\n\n二、存在问题\n\n今年25个重点项目中，有6个进度滞后。\n');
    });
  });

  describe('9. parts after 分别为 without 共, shares inside a 其中 list', () => {
    it('adds the parts after 分别为 to the total before them', () => {
      silent('全县学校12所，分别为小学8所、初中3所、高中1所。');
      reports('全县学校12所，分别为小学8所、初中3所、高中2所。', 'number-sum: 分项之和与总数不符：小学8所 + 初中3所 + 高中2所 = 13所');
    });

    it('reads 占36.7% in a 其中 list as a share of the total before it', () => {
      silent('共培训干部群众1620人次。其中，干部595人次，占36.7%；群众1025人次，占63.3%。');
      reports('共培训干部群众1620人次。其中，干部595人次，占40.7%；群众1025人次，占63.3%。', '595人次 ÷ 1620人次 = 36.73%');
    });

    it('skips the difference of a change clause between the total and 其中: 比上年减收0.6亿元 is no whole', () => {
      silent('一般公共预算收入8.1亿元，比上年减收0.6亿元，下降6.9%，其中税收收入5.2亿元，占64.2%。');
      reports('一般公共预算收入8.1亿元，比上年减收0.6亿元，下降6.9%，其中税收收入5.2亿元，占61.2%。', '5.2亿元 ÷ 8.1亿元 = 64.2%，文中写作61.2%');
      // (a part of the increase is a share of the increase, not of the level: no whole read, no finding)
      silent('一般公共预算收入8.1亿元，比上年增收0.6亿元，其中税收增收0.4亿元，占66.7%。');
    });
  });

  describe('11. 增长-1%', () => {
    it('is a number-format finding, and a number-ratio one when the two values give another change', () => {
      const text = '营业收入由100万元增长到105万元，增长-1%。';
      const got = findings(text);
      assert.ok(
        got.some((f) => f.rule === 'number-format' && f.message.includes('增长-1%')),
        JSON.stringify(got),
      );
      assert.ok(
        got.some((f) => f.rule === 'number-ratio' && f.message.includes('(105万元 − 100万元) ÷ 100万元 = 5%')),
        JSON.stringify(got),
      );
      assert.deepEqual(figureFindings('营业收入由100万元下降到99万元，增长-1%。'), []);
    });
  });

  describe('12. 性别比, 增长N倍, 个百分点 after 增长', () => {
    it('checks an urban-rural income ratio against the two incomes (城乡居民收入比 = 城镇 ÷ 农村)', () => {
      const incomes = '城镇居民人均可支配收入32560元，增长5.1%；农村居民人均可支配收入18420元，增长7.3%，';
      silent(`${incomes}城乡居民收入比为1.77。`);
      silent(`${incomes}城乡收入比由上年的1.79缩小到1.77。`);
      reports(`${incomes}城乡居民收入比为1.74。`, '比值与其依据不符：城乡居民收入比 = 32560元 ÷ 18420元 = 1.768，文中写作1.74');
      reports(`${incomes}城乡居民收入比缩小为1.74:1。`, '文中写作1.74:1');
      reports(`${incomes}城乡收入比持续缩小，由上年同期的1.80:1下降为1.74:1。`, '32560元 ÷ 18420元 = 1.768，文中写作1.74:1');
      // (another measure after the comma is no income ratio: 恩格尔系数下降为0.31)
      silent(`${incomes}城乡收入比持续缩小，恩格尔系数下降为0.31。`);
      // (the one it changed from, last year's, is not this year's quotient)
      silent(`${incomes}城乡收入比由上年的1.74缩小到1.77。`);
      // (no rural income stated: nothing to divide by)
      silent('城镇居民人均可支配收入32560元，城乡居民收入比为1.74。');
    });

    it('checks a sex ratio against the counts of men and women', () => {
      silent('总人口中男性人口612171人，女性人口582194人，人口性别比为105.1:100。');
      reports('总人口中男性人口612171人，女性人口582194人，人口性别比为107.1:100。', '612171人 ÷ 582194人 × 100 = 105.15');
      reports('男性人口612171人，女性人口582194人，性别比为107.1。', '性别比与人数不符');
    });

    it('takes 增长N倍 either way, and reports a multiple neither gives', () => {
      silent('参保人数由上年的2万人增长到6万人，增长2倍。');
      silent('参保人数由上年的2万人增长到6万人，增长3倍。');
      reports('参保人数由上年的2万人增长到6万人，增长5倍。', '倍数与数字不符');
    });

    it('checks 个百分点 after 增长', () => {
      silent('群众满意率由上年的91.6%增长到94.2%，增长2.6个百分点。');
      reports('群众满意率由上年的91.6%增长到94.2%，增长3.6个百分点。', '94.2% − 91.6% = 2.6个百分点');
    });
  });

  describe('13. a rate or share whose base is a 任务', () => {
    it('reads the task as the base of a completion and of 占年度任务的', () => {
      silent('年度任务3万亩，已完成1.8万亩，完成率60%。');
      reports('年度任务3万亩，已完成1.8万亩，完成率65%。', '1.8万亩 ÷ 3万亩 = 60%，文中写作65%');
      silent('下达我县建设任务3万亩，已完成1.8万亩，占年度任务的60%。');
      reports('下达我县建设任务3万亩，已完成1.8万亩，占年度任务的65%。', '1.8万亩 ÷ 3万亩 = 60%，文中写作65%');
    });
  });

  describe('14. a restatement under a variant name', () => {
    it('compares 签约招商引资项目 with 签约项目 and 实有耕地面积 with 耕地面积', () => {
      reports('签约招商引资项目25个，总投资80亿元。\n\n目前28个签约项目已开工20个。\n', '“签约项目”此处为28个');
      reports('实有耕地面积56.3万亩。\n\n全县耕地面积53.6万亩。\n', '此处为53.6万亩');
      silent('实有耕地面积56.3万亩。\n\n新增耕地面积3.6万亩。\n');
    });
  });

  describe('16. overlapping categories after 其中', () => {
    it('hints at overlap when the parts add up to more than the total, and errs when one part does', () => {
      const overlap = findings('规上工业企业86家，其中高新技术企业32家、专精特新企业60家。').filter((f) => f.rule === 'number-sum');
      assert.equal(overlap.length, 1);
      assert.equal(overlap[0]!.severity, 'hint');
      assert.match(overlap[0]!.message, /请核对是否有交叉/);
      const over = findings('规上工业企业86家，其中高新技术企业92家、专精特新企业60家。').filter((f) => f.rule === 'number-sum');
      assert.equal(over.length, 1);
      assert.equal(over[0]!.severity, 'error');
      assert.match(over[0]!.message, /分项大于总数：高新技术企业92家比总数86家还多6家/);
    });

    it('errs when the parts are members of one partition, which cannot overlap (levels of government, 国税/地税)', () => {
      const sumsOf = (text: string) => findings(text).filter((f) => f.rule === 'number-sum');
      const levels = sumsOf('总投资1.85亿元，其中中央资金0.96亿元，省级补助0.45亿元，县级配套0.54亿元。');
      assert.equal(levels.length, 1);
      assert.equal(levels[0]!.severity, 'error');
      assert.match(levels[0]!.message, /= 1.95亿元，比总数1.85亿元还多0.1亿元；“其中”后所列各项不能超过总数/);
      const taxes = sumsOf('税收收入419万元，其中国税收入70万元，地税收入375万元。');
      assert.deepEqual(
        taxes.map((f) => f.severity),
        ['error'],
      );
      // (two parts of one level, or money named by levels that overlap, may still overlap: a hint)
      assert.deepEqual(
        sumsOf('总投资1.85亿元，其中中央资金0.96亿元，中央预算内投资0.95亿元。').map((f) => f.severity),
        ['hint'],
      );
      assert.deepEqual(
        sumsOf('总投资1.85亿元，其中省市配套0.96亿元，市级配套0.94亿元。').map((f) => f.severity),
        ['hint'],
      );
      // (levels of government partition money, not people: 省级劳模 and 市级劳模 may be one person)
      assert.deepEqual(
        sumsOf('全县劳动模范50人，其中省级劳模30人，市级劳模25人。').map((f) => f.severity),
        ['hint'],
      );
      // (parts that hold stay silent)
      assert.deepEqual(sumsOf('总投资1.85亿元，其中中央资金0.96亿元，省级补助0.45亿元，县级配套0.44亿元。'), []);
    });
  });

  describe('18. the hover speaks the writer’s language', () => {
    it('shows the figure as written, and a relation that holds as checked', () => {
      const text = '全县共有行政村25个，已建成村级综合服务站17个，建成率68%。一般公共预算收入86.5亿元。';
      const result = check(text);
      const rate = explainAt(result, text.indexOf('68%')).figure!;
      assert.equal(rate.text, '68%');
      assert.deepEqual(
        rate.relations.map((r) => [r.holds, r.arithmetic]),
        [[true, '17个 ÷ 25个 = 68%']],
      );
      const money = explainAt(result, text.indexOf('86.5亿元')).figure!;
      assert.equal(money.text, '86.5亿元');
      assert.equal(money.measure, '一般公共预算收入');
      assert.ok(!('value' in money) && !('normalized' in money));
    });
  });
});
