// Readings of restatements (issue 12, branch certain7): two statements are one measure stated twice only when the
// words before them qualify them alike. Each case is a made-up text: the qualified pair stays silent, and the same
// pair with the qualifier taken away (or written on both sides) is still reported.

import { reports, silent } from './figure-findings';

describe('number-conflict: a qualifier on one statement that the other lacks (certain7)', () => {
  it('keeps two calibers of one measure apart (按自然口径 … 按同比口径（剔除…）)', () => {
    const text = (first: string, second: string): string => `全年财政运行平稳。${first}一般公共预算收入39029万元，同比减收3144万元。\n\n${second}一般公共预算收入44579万元，同比减收2702万元。`;
    silent(text('按自然口径，', '按同比口径（剔除留抵退税因素），'));
    reports(text('', ''), 'number-conflict', '一般公共预算收入');
  });

  it('reads a caliber opening the paragraph (不含…计算，) as speaking for all its periods', () => {
    const text = (opener: string): string => `全年全区一般公共预算收入216.3亿元。一般公共预算支出227.7亿元。\n\n${opener}全年非税收入20.1亿元。一般公共预算支出175.3亿元。`;
    silent(text('不含经开区计算，'));
    reports(text('全年，'), 'number-conflict', '一般公共预算支出');
  });

  it('keeps a clause opened by 对… (共对…违法行为受理) to its object', () => {
    const text = (second: string): string => `上半年，全院共受理民事申诉案件16件，提出检察建议5件。\n\n上半年，${second}受理4件，提出检察建议3件。`;
    silent(text('共对审判机关民事审判活动中的违法行为'));
    reports(text('共'), 'number-conflict', '提出检察建议');
  });

  it('keeps a figure with 累计 (or 新增, 当月, 超期 …) in its own clause apart from one without', () => {
    const text = (word: string): string => `全县${word}发放创业担保贷款2.6亿元，扶持创业1200人。\n\n二、存在问题\n\n全县发放创业担保贷款1.9亿元，与需求仍有差距。`;
    silent(text('累计'));
    reports(text(''), 'number-conflict', '发放创业担保贷款');
  });

  it('keeps the items of two lists (…为：) with different parents apart', () => {
    const text = (first: string): string =>
      `本期转办工单共计456件。\n\n${first}共3件，具体承办单位为：东湖镇人民政府2件、西山乡人民政府1件。\n\n二、存在问题\n\n超期未办理工单共3件，具体承办单位为：东湖镇人民政府1件、西山乡人民政府1件。`;
    silent(text('超期办结工单'));
    reports(text('超期未办理工单'), 'number-conflict', '东湖镇人民政府');
  });

  it('keeps a subgroup counted at the head of its period (政府投资项目1077个，…) apart from the whole', () => {
    const text = (head: string): string => `今年计划实施重点项目3168个，年度计划完成投资7739亿元。\n\n从投资类型看，今年${head}年度计划完成投资1364亿元。`;
    silent(text('政府投资项目1077个，'));
    reports(text(''), 'number-conflict', '年度计划完成投资');
  });

  it('reads a lead after its label (导言：) as the body’s period written again', () => {
    const text = (amount: number): string =>
      `导言：今年全市新签约招商项目52个，总投资320亿元，其中工业项目31个。\n\n3月1日，全市招商引资工作会议召开。今年全市新签约招商项目52个，总投资${amount}亿元，其中工业项目31个。`;
    silent(text(320));
    reports(text(302), 'number-conflict', '同一段文字写了两遍');
  });
});
