// Readings across paragraphs learnt from real reports (issue 12): a whole stated in one paragraph and broken down
// in the next ones, one measure restated. Each case is made-up text, silent where the reading holds and reported
// where it does not.

import { reports, silent } from './figure-findings';

describe('readings across paragraphs (issue 12)', () => {
  describe('number-ratio: shares whose whole is stated in an earlier paragraph', () => {
    const head = '某县政协提案办理情况\n\n今年共收到提案材料300件，经审查立案240件。\n\n';
    it('checks shares naming no whole against the total before their paragraph that the others hold with', () => {
      silent(`${head}从办理结果看，已解决的120件，占50%；正在解决的90件，占37.5%；留作参考的30件，占12.5%。`);
      reports(`${head}从办理结果看，已解决的120件，占50%；正在解决的90件，占42.5%；留作参考的30件，占12.5%。`, 'number-ratio', '90件 ÷ 240件');
    });

    it('takes in a share at the end of the run when it stands in the period of one that holds', () => {
      reports(`${head}从办理结果看，已解决的120件，占50%；正在解决的90件，占37.5%；留作参考的30件，占15.5%。`, 'number-ratio', '30件 ÷ 240件');
    });

    it('leaves shares of another whole after the run alone', () => {
      silent(`${head}从办理结果看，已解决的120件，占50%；正在解决的90件，占37.5%；留作参考的30件，占12.5%。重点提案20件，已解决的15件，占75%。`);
    });

    it('stays silent when two of the shares do not hold against any total (and the parts add up to none)', () => {
      silent(`${head}从办理结果看，已解决的120件，占50%；正在解决的90件，占42.5%；留作参考的25件，占15.5%。`);
    });
  });

  describe('number-conflict: a count before its noun pointing back to a total', () => {
    const head = '某县政协提案办理情况\n\n今年县政府共承办政协提案96件，其中委员提案90件。\n\n';
    it('reads 96件提案中, 这96件提案 and 96件提案已全部办结 as the total restated', () => {
      silent(`${head}96件提案中，已解决的60件。\n\n截至目前，这96件提案均已办结。`);
      reports(`${head}86件提案中，已解决的60件。`, 'number-conflict', '96件');
      reports(`${head}截至目前，这86件提案均已办结。`, 'number-conflict', '96件');
    });

    it('takes the count for the earlier figure of its value when the total is another one', () => {
      silent('某县政协提案办理情况\n\n共收到提案835件，其中交由政府部门办理的801件。\n\n801件提案中，已经解决的564件。');
    });

    it('stays silent when totals of two values end with the noun, or the count does not point back', () => {
      silent('某县政协提案办理情况\n\n共收到提案835件，审查立案提案801件。\n\n791件提案中，已经解决的564件。');
      silent(`${head}新增86件提案，已解决的60件。`);
      silent(`${head}1件提案已办结，3件提案正在办理。`);
    });
  });

  describe('number-ratio: the three industries’ structure', () => {
    const base = '2023年，全县实现地区生产总值（GDP）100.0亿元，其中第一产业增加值20.0亿元，第二产业增加值30.0亿元，第三产业增加值50.0亿元。';
    it('reads the measure before a gloss in brackets (地区生产总值（GDP）), the whole of the structure', () => {
      silent(`${base}三次产业结构为20.0:30.0:50.0。`);
      reports(`${base}三次产业结构为15.0:35.0:50.0。`, 'number-ratio', '20.0亿元 ÷ 100.0亿元');
    });

    it('reads a structure changed to a ratio (结构比调整为…, 结构由上年的…调整为…)', () => {
      const plain = base.replace('（GDP）', '');
      silent(`${plain}三次产业结构比调整为20.0:30.0:50.0。`);
      reports(`${plain}三次产业结构比调整为20.0:30.0:51.0。`, 'number-ratio');
      reports(`${plain}三次产业结构由上年的21.0:30.0:49.0调整为20.0:30.0:51.0。`, 'number-ratio');
    });
  });

  describe('number-ratio: a part’s share of the whole it was read as a part of', () => {
    it('takes the total before 其中 as the whole of 占总面积的', () => {
      silent('某镇基本情况\n\n乡镇总面积100.00平方公里，其中耕地面积25.00平方公里，占总面积的25.00%。');
      reports('某镇基本情况\n\n乡镇总面积100.00平方公里，其中耕地面积25.00平方公里，占总面积的26.00%。', 'number-ratio', '25.00平方公里 ÷ 100.00平方公里');
    });
  });
});
