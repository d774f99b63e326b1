// A web page's stamp pasted with the text (issue 12), round 29 (residue29): the page's date line is web residue, which
// web-residue reports and number-format no longer reads as the document's date: an author field or a clock time beside a
// slashed, dotted or dashed date, a paper's credit line with its date, a 最后更新 stamp, a 繁體 clock time, an account's
// byline ending in a dashed date above the first sentence (not a headline: the fix would delete it), and a date alone above a newspaper's lead. A 公文's own date
// lines (its 落款 below the body, a bulletin's date under the issuing office) stay read by number-format. Each case made up,
// modelled on the real ones, each stamp reported by number-format without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

/** A made-up report with a stamp line under its title. */
const under = (stamp: string): string => `某县2022年物价监测情况\n\n${stamp}\n\n全县居民消费价格总水平同比上涨2.1%，其中食品价格上涨3.5%。\n\n各乡镇要继续做好价格监测工作。\n`;

/** The stamp is reported as web residue and number-format is silent on it. */
function assertStamp(stamp: string, residue: string = stamp): void {
  const text = under(stamp);
  assert.deepEqual(findings(text, 'web-residue'), [residue]);
  assert.deepEqual(findings(text, 'number-format'), []);
}

describe('a web page’s stamp under the title is residue, not the document’s date (residue29)', () => {
  it('an author field beside a dashed date', () => {
    assertStamp('作者：价格监测科2022-09-15');
  });

  it('a publication field with the page’s reading count and author', () => {
    assertStamp('刊发日期：2022-09-15 阅读次数： 作者：admin');
  });

  it('a slashed date with a clock time and the page’s source', () => {
    assertStamp('2022/9/15 9:20:30 来源：   县发改局');
  });

  it('a slashed date with a label, a clock time and the source', () => {
    assertStamp('日期：2022/09/15 08:26    来源：本站原创');
  });

  it('a date in 年月日 with a 繁體 clock time and the paper', () => {
    assertStamp('2022年09月15日 10時41分 某某日報 |');
  });

  it('an editor’s byline with a 最后更新 stamp', () => {
    assertStamp('价格观察编辑 2022年09月15日最后更新某县2022年物价监测情况。');
  });

  it('a WeChat account’s byline ending in a dashed date', () => {
    assertStamp('价格观察wx8a7b6c 2022-09-15');
  });

  it('not a headline ending in a dashed date: deleting the line would delete the headline', () => {
    for (const headline of ['2022年8月居民消费价格', '全县物价情况']) {
      const text = `${headline} 2022-09-15\n\n全县居民消费价格总水平同比上涨2.1%，其中食品价格上涨3.5%。\n`;
      assert.deepEqual(findings(text, 'web-residue'), []);
      assert.deepEqual(findings(text, 'number-format'), ['2022-09-15']);
    }
  });

  it('still reads a 落款 in dashes below the body', () => {
    const text = `${under('')}\n某县发展和改革局 2022-09-15\n`;
    assert.deepEqual(findings(text, 'web-residue'), []);
    assert.deepEqual(findings(text, 'number-format'), ['2022-09-15']);
  });
});

describe('a paper’s credit line with its date is residue (residue29)', () => {
  const text = `全县居民消费价格总水平同比上涨2.1%，其中食品价格上涨3.5%。\n\n摘自 《某某经济报》 2022.09.15 张某某\n`;

  it('is reported by web-residue, not read by number-format', () => {
    assert.deepEqual(findings(text, 'web-residue'), ['摘自 《某某经济报》 2022.09.15 张某某']);
    assert.deepEqual(findings(text, 'number-format'), []);
  });

  it('still reads a dotted date in a sentence citing the paper', () => {
    const cited = `据《某某经济报》2022.09.15报道，全县居民消费价格总水平同比上涨2.1%。\n`;
    assert.deepEqual(findings(cited, 'web-residue'), []);
    assert.deepEqual(findings(cited, 'number-format'), ['2022.09.15']);
  });
});

describe('a date alone above a newspaper’s lead is the page’s (residue29)', () => {
  const article = (lead: string): string => `前三季度城镇新增就业920万人\n\n2022年10月08日\n\n${lead}人社部门日前发布的数据显示，1至9月全国城镇新增就业920万人，完成全年目标的102%。\n`;

  it('under 本报综合消息', () => {
    const text = article('本报综合消息 ');
    assert.deepEqual(findings(text, 'web-residue'), ['2022年10月08日']);
    assert.deepEqual(findings(text, 'number-format'), []);
  });

  it('under 本报讯, headlines between', () => {
    const text = `2022年10月08日\n\n前三季度——\n\n全市新增就业9.2万人 同比增长2.1%\n\n本报讯（记者 张某）今年以来，全市新增就业9.2万人，同比增长2.1%。\n`;
    assert.deepEqual(findings(text, 'web-residue'), ['2022年10月08日']);
    assert.deepEqual(findings(text, 'number-format'), []);
  });

  it('still reads the date when the body is a document’s own', () => {
    const text = article('');
    assert.deepEqual(findings(text, 'web-residue'), []);
    assert.deepEqual(findings(text, 'number-format'), ['2022年10月08日']);
  });
});

describe('a 公文’s own date lines stay read by number-format (residue29)', () => {
  it('the 落款 date below the body, under the issuing office', () => {
    const text = `${under('')}\n某县发展和改革局\n\n2022年09月15日\n`;
    assert.deepEqual(findings(text, 'web-residue'), []);
    assert.deepEqual(findings(text, 'number-format'), ['2022年09月15日']);
  });

  it('a bulletin’s date beside the issuing office under its 期号', () => {
    const text = `〔2022〕第9期\n\n某县行政审批服务局 2022年10月09日\n\n"12345"政府服务热线9月份运行概况\n\n9月份，热线共接收市民来电4630次，办结率98.5%。\n`;
    assert.deepEqual(findings(text, 'web-residue'), []);
    assert.deepEqual(findings(text, 'number-format'), ['2022年10月09日']);
  });

  it('a 落款 date after a body that opens with a paper’s name in a sentence', () => {
    const text = `本报告所称物价，是指居民消费价格。\n\n全县居民消费价格总水平同比上涨2.1%。\n\n某县发展和改革局\n\n2022年09月15日\n`;
    assert.deepEqual(findings(text, 'number-format'), ['2022年09月15日']);
  });
});
