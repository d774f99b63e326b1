// Readings of round 6 of issue 12 (the lead's): each case is a made-up text showing the reading, silent where the
// reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/parse';
import { figureModel } from '../../server/src/engine/figures/model';
import { reports, silent } from './figure-findings';

describe('readings of real reports (round 6, lead)', () => {
  describe('number-sum: parts that exceed their total by the last part exactly were read one item too far', () => {
    const leftOut = (last: string): string => `全年决定不起诉118人（不含附条件不起诉5人），其中法定不起诉9人、相对不起诉93人、存疑不起诉16人、附条件不起诉考验期满后不起诉${last}人。`;

    it('is silent when the parts before the last add up to the total', () => {
      silent(leftOut('5'));
    });

    it('shows the reading that holds, with what it takes the last part to be', () => {
      const text = leftOut('5');
      const model = figureModel(parseDraft(text));
      const sum = model.relations.find((r) => r.kind === 'sum');
      assert.ok(sum, 'a sum relation is built');
      assert.equal(sum.holds, true);
      assert.match(sum.reading?.note ?? '', /末项5人/);
    });

    it('still reports parts that exceed the total by anything else', () => {
      reports('全年决定不起诉118人，其中法定不起诉9人、相对不起诉93人、存疑不起诉17人、其他5人。', 'number-sum');
      reports('全年决定不起诉118人，其中法定不起诉9人、相对不起诉98人、存疑不起诉16人。', 'number-sum');
    });

    it('reads a last part set off by other punctuation as the next item after a bracket’s list', () => {
      const transfer = (sep: string): string =>
        `上级转移支付收入1884万元，其中：一般转移支付收入1478万元（含均衡性转移支付收入166万元、基本财力保障机制奖补资金收入968万元、结算补助收入132万元、其他一般转移支付收入212万元${sep}专项转移支付收入406万元）。`;
      silent(transfer('，'));
      reports(transfer('、'), 'number-sum');
    });

    it('does not take a last part out when nothing in the words sets it apart', () => {
      reports('全年农林牧渔业总产值40亿元。其中：农业总产值20亿元、林业总产值5亿元、牧业总产值15亿元、渔业总产值8亿元。', 'number-sum');
    });

    it('takes only the last part out, not one in the middle', () => {
      reports('全年决定不起诉118人，其中法定不起诉9人、相对不起诉7人、存疑不起诉104人、其他5人。', 'number-sum');
    });
  });
});
