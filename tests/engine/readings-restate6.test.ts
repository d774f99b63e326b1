// Readings of restatements (issue 12, branch restate6): each case is a made-up text showing the reading, silent
// where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of restatements (restate6)', () => {
  describe('number-conflict: a count pointing back to all of a noun restates its total', () => {
    it('reads 已全部 after the noun (N件提案已全部办结) as pointing back', () => {
      const text = (n: number): string => `政协委员共提交提案120件，经审查立案110件。\n\n截至年底，${n}件提案已全部办结。`;
      silent(text(110));
      reports(text(102), 'number-conflict', '102件');
    });

    it('takes the total, not the parts that carry their own shares, as what the count restates', () => {
      const text = (n: number): string => `县政府共办理政协提案96件。其中，经济方面的提案40件，占42%；民生方面的提案56件，占58%。\n\n截至目前，${n}件提案已全部答复。`;
      silent(text(96));
      reports(text(86), 'number-conflict', '86件');
    });

    it('finds the total under a name that only adds words narrowing nothing (市重点建设项目, 市重点项目)', () => {
      const text = (n: number): string => `全市共确定市重点建设项目296个，总投资1357亿元。\n\n${n}个市重点项目中，亿元以上项目205个。`;
      silent(text(296));
      reports(text(266), 'number-conflict', '266个');
    });
  });

  describe('number-conflict: the items of final accounts stated twice', () => {
    const text = (v: string): string =>
      [
        '2023年度“三公”经费支出决算为30万元。其中：因公出国（境）费支出决算为5万元；公务接待费支出决算为10万元；公务用车购置及运行维护费支出决算为15万元。',
        `2023年度“三公”经费财政拨款支出决算中，因公出国（境）费5万元；公务接待费支出${v}万元；公务用车购置及运行维护费支出15万元。`,
      ].join('\n\n');

    it('reads an item in a sentence opened by …决算中 as its 决算, and the items after 其中 as parts of no narrower scope', () => {
      silent(text('10'));
      reports(text('12'), 'number-conflict', '12万元');
    });

    it('keeps the parts after 其中 of a narrower whole in its scope (民营经济’s 第二产业增加值)', () => {
      silent('全年地区生产总值420亿元，其中第二产业增加值196.5亿元。\n\n全年民营经济增加值256.1亿元。其中：第一产业增加值39.2亿元；第二产业增加值116.9亿元；第三产业增加值100亿元。');
    });

    it('does not read an item outside the accounts (a budget) as its 决算', () => {
      silent('2023年度公务接待费支出决算为10万元。\n\n2024年度部门预算中，公务接待费支出12万元。');
    });
  });

  describe('number-conflict: a period written twice word for word', () => {
    const period = (rise: string): string => `过去一年，全市法院新收案件878247件，比去年上升${rise}%，其中刑事案件19200件，民商事案件489642件。`;

    it('reports the one figure that differs when the others agree', () => {
      silent([period('9.2'), '审结案件899420件。', period('9.2')].join('\n\n'));
      reports([period('9.2'), '审结案件899420件。', period('14.2')].join('\n\n'), 'number-conflict', '同一段文字写了两遍');
    });

    it('does not compare two periods alike in words that differ in two figures (two subjects reported alike)', () => {
      const box = (n: number, m: number): string => `本月通过信箱共受理群众来信${n}件，已按期答复办结来信${m}件，群众满意度较高。`;
      silent(['（一）市长信箱', box(27, 27), '（二）区长信箱', box(23, 23)].join('\n\n'));
    });
  });

  describe('table-restatement: a 三公 table restated in the text', () => {
    const table = [
      '单位：万元',
      '',
      '| 项目 | 预算数 | 决算数 |',
      '|---|---:|---:|',
      '| 合计 | 15 | 12.5 |',
      '| 因公出国（境）费 | 0 | 0 |',
      '| 公务接待费 | 3 | 2.5 |',
      '| 公务用车购置及运行维护费 | 12 | 10 |',
    ].join('\n');

    it('names a cell by its row, 支出 and the column without 数 (公务接待费支出决算 → 公务接待费 | 决算数)', () => {
      const text = (v: string): string => `2023年度“三公”经费支出决算为12.5万元。公务接待费支出决算为${v}万元，主要用于接待上级检查。\n\n${table}\n`;
      silent(text('2.5'));
      reports(text('2.8'), 'table-restatement', '公务接待费');
    });

    it('reads the “三公”经费 as the 合计 row of a table listing its items', () => {
      const text = (budget: string, spent: string): string => `2023年度“三公”经费支出预算为${budget}万元，支出决算为${spent}万元。\n\n${table}\n`;
      silent(text('15', '12.5'));
      reports(text('15', '11.5'), 'table-restatement', '合计');
      reports(text('18', '12.5'), 'table-restatement', '预算数');
    });

    it('reads a group heading’s 合计 column (决算数 合计) as the group', () => {
      const wide = [
        '单位：万元',
        '',
        '| 项目 | 决算数合计 | 决算数一般公共预算 | 决算数政府性基金 |',
        '|---|---:|---:|---:|',
        '| 公务接待费 | 2.5 | 2.5 | 0 |',
        '| 公务用车购置及运行维护费 | 10 | 10 | 0 |',
        '| 总计 | 12.5 | 12.5 | 0 |',
      ].join('\n');
      const text = (v: string): string => `2023年度“三公”经费支出决算为12.5万元。公务接待费支出决算为${v}万元。\n\n${wide}\n`;
      silent(text('2.5'));
      reports(text('2.8'), 'table-restatement', '公务接待费');
    });

    it('reads the parts listed after 与上年…持平 in the sentence’s own year, and as items of the 三公 table', () => {
      const budget = [
        '2021年“三公”经费预算支出表',
        '单位：万元',
        '',
        '| 项目 | 预算数 |',
        '|---|---:|',
        '| 合计 | 4432 |',
        '| 1.因公出国（境）费用 | 39 |',
        '| 2.公务接待费 | 323 |',
        '| 3.公务用车购置及运行维护费 | 4070 |',
      ].join('\n');
      const text = (v: number): string =>
        `2021年本级“三公”经费支出预算为4432万元，与2020年预算基本持平，其中：因公出国（境）费用39万元，公务接待费${v}万元，公务用车购置及运行维护费4070万元。\n\n${budget}\n`;
      silent(text(323));
      reports(text(330), 'table-restatement', '公务接待费');
    });

    it('does not take a total of another table for the “三公”经费', () => {
      const other = ['单位：万元', '', '| 项目 | 决算数 |', '|---|---:|', '| 合计 | 900 |', '| 基本支出 | 700 |', '| 项目支出 | 200 |'].join('\n');
      silent(`2023年度“三公”经费支出决算为12.5万元。\n\n${other}\n`);
    });
  });
});
