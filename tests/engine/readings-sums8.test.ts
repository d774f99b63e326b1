// Readings of round 8 for sums (issue 12, mutants): links the words make certain.

import { reports, silent } from './figure-findings';

describe('readings of sums, round 8 (issue 12, mutants)', () => {
  it('checks the balance after 收支相抵 against the income and spending before it', () => {
    const account = '全县政府性基金预算总收入56.40亿元，其中：基金预算收入20.10亿元，转移性收入36.30亿元；政府性基金预算总支出51.25亿元，其中：基金预算支出30.05亿元，债务还本支出21.20亿元。';
    silent(`${account}收支相抵，年终结余5.15亿元。`);
    reports(`${account}收支相抵，年终结余4.15亿元。`, 'number-sum', '结余应等于收入减去支出');
  });

  it('reads a statement of account in the paragraph before 上述收支相抵: its incomes, last year’s balance among them, less its spending', () => {
    const account = '国有资本经营收入2360万元，上级补助收入52万元，上年结余118万元，国有资本经营支出2230万元。\n\n';
    silent(`${account}上述收支相抵，年终结余300万元，全部结转下年使用。`);
    reports(`${account}上述收支相抵，年终结余270万元，全部结转下年使用。`, 'number-sum', '收支相抵后的结余与收支不符');
  });

  it('checks 当年收支结余 and a balance after 减支出总计, not the accumulated balance after them', () => {
    silent('全县社会保险基金收入58,210万元，完成年初预算的96.2%。全县社会保险基金支出55,904万元。当年收支结余2,306万元，年末滚存结余31,560万元。');
    reports('全县社会保险基金收入58,210万元，完成年初预算的96.2%。全县社会保险基金支出55,904万元。当年收支结余2,076万元，年末滚存结余31,560万元。', 'number-sum', '58,210万元 − 55,904万元');
    silent('收入总计385614万元，减支出总计361027万元，财政滚存结余24587万元。');
    reports('收入总计385614万元，减支出总计361027万元，财政滚存结余22587万元。', 'number-sum', '结余应等于收入减去支出');
  });

  it('says nothing of a balance without words that tie it to the income and spending', () => {
    // no 收支相抵: the balance may be a fund's, carried over from years before
    silent('全县社会保险基金收入58,210万元，全县社会保险基金支出55,904万元。截至年底，基金累计结余31,560万元。');
    // no spending before it: nothing to take away
    silent('一般公共预算收入58,210万元。收支相抵，年终结余2,306万元。');
  });
});
