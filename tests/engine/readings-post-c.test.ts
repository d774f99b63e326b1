// Readings from the first run on heldout9/10 (number-format): each case is a made-up text showing the reading,
// silent where the reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { reports, silent } from './figure-findings';

function byRule(text: string, rule: string): number {
  return check(text).findings.filter((f) => f.rule === rule).length;
}

describe('readings of heldout9/10 (post-c, number-format)', () => {
  it('takes a 年月日 date followed by a clock time on its line for a web page’s stamp', () => {
    const text = '某县召开农业工作会议\n\n2022年03月08日 10:21:05 来源： 某某日报\n\n全县粮食产量45万吨。\n';
    assert.equal(byRule(text, 'number-format'), 0);
    assert.equal(byRule(text, 'web-residue'), 1);
    const bare = '某县召开农业工作会议\n\n2022年03月08日 16:40\n\n全县粮食产量45万吨。\n';
    assert.equal(byRule(bare, 'number-format'), 0);
    assert.equal(byRule(bare, 'web-residue'), 1);
  });

  it('takes a 年月日 date followed by the page’s 来源 field for a web page’s stamp', () => {
    const text = '某县召开农业工作会议\n\n2021年11月02日   来源： 某某新闻网\n\n全县粮食产量45万吨。\n';
    assert.equal(byRule(text, 'number-format'), 0);
    assert.equal(byRule(text, 'web-residue'), 1);
  });

  it('takes a long 发表时间 line of page fields for a web page’s stamp', () => {
    const text = '某镇8月份为民办实事进展情况\n\n发布时间：2024-09-03 08:15 信息来源：镇党政办 作者：镇党政办 审核：张某 审定：李某 点击次数： 字体：[大 中 小] 背景色：\n\n全镇20件实事已完成12件。\n';
    assert.equal(byRule(text, 'number-format'), 0);
    assert.equal(byRule(text, 'web-residue'), 1);
  });

  it('still reports a 公文’s own date with leading zeros', () => {
    const text = '某县农业农村局关于春耕工作的报告\n\n县人民政府：\n\n全县粮食产量45万吨。\n\n某县农业农村局\n\n2022年03月08日\n';
    assert.equal(byRule(text, 'number-format'), 1);
    assert.equal(byRule(text, 'web-residue'), 0);
    reports('会议于2022年03月08日召开。', 'number-format', '2022年3月8日');
    reports('某县农业农村局 2022年03月08日', 'number-format', '2022年3月8日');
  });

  it('reads 2、3月11日 as two months with the same day, not an approximate pair', () => {
    silent('2、3月11日，组织各乡镇开展业务培训。');
    silent('5、6月20日前，完成全部验收。');
    silent('2、3月份，组织各乡镇开展业务培训。');
    reports('每人培训3、4天。', 'number-format', '三四');
  });
});
