// Readings of shares, rates and changes (issue 12, branch shares8): number-ratio strict about links the words do not
// make certain, and shares whose whole is the sum of their parts. Each case is a made-up text, silent where the
// reading holds and reported where it does not.

import assert from 'node:assert/strict';
import { figureFindings, reports, silent } from './figure-findings';

/** No number-ratio finding in `text` (other rules may speak of its other figures). */
function noRatio(text: string): void {
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.rule === 'number-ratio')
      .map((f) => f.message),
    [],
  );
}

describe('readings of shares, rates and changes (shares8)', () => {
  describe('number-ratio: shares whose parts add up to a total stated before them are of that total', () => {
    const two = (p: string): string => `本次会议共立案提案768件。\n\n从提案类型看，委员提案502件，占总数的65.4%；集体提案266件，占总数的${p}。`;
    it('checks two shares against the total their parts add up to', () => {
      silent(two('34.6%'));
      reports(two('39.6%'), 'number-ratio', '266件 ÷ 768件');
    });

    it('stays silent over amounts the arithmetic reads as set exactly (一般公共预算收入), whose rounding the sum cannot allow for', () => {
      noRatio('1—8月，全区镇街完成一般公共预算收入15.4亿元，同比增长11.3%。街道完成一般公共预算收入15.1亿元，占镇街的比重为97.9%；镇完成一般公共预算收入0.3亿元，占镇街的比重为2%。');
    });

    // (shares21: a total the words leave alone is the whole whatever the shares, so neither holding is reported; when
    // another count of the proposals, the ones received, stands beside it, the whole is unsure and nothing is said)
    it('stays silent when neither share holds and another total stands beside it (the whole may be the other one)', () => {
      noRatio('本次会议共收到提案784件，经审查立案768件。\n\n从提案类型看，委员提案502件，占总数的60.1%；集体提案266件，占总数的31.4%。');
    });
  });

  describe('number-ratio: three shares or more with no stated whole are of the sum of their parts', () => {
    const list = (p: string): string =>
      `来电分为四类，其中，社会事业类问题1459个，占总量的${p}；城市综合类问题1360个，占总量的31.94%；三农类问题1004个，占总量的23.58%；其它类问题435个，占总量的10.22%。`;
    it('checks each share against the sum of the parts', () => {
      silent(list('34.26%'));
      reports(list('39.26%'), 'number-ratio', '1459个 ÷ (');
    });

    it('stays silent when the list names no remainder (其他, 其余): it may leave parts of a larger whole out', () => {
      noRatio('其中，社会事业类问题1459个，占总量的38.16%；城市综合类问题1360个，占总量的40.57%；三农类问题1004个，占总量的26.26%。');
    });

    it('stays silent when the shares do not hold against the sum (the parts are not all of the whole)', () => {
      noRatio('其中，社会事业类问题1459个，占总量的20.40%；城市综合类问题1360个，占总量的19.02%；三农类问题1004个，占总量的14.04%。');
    });
  });

  describe('number-ratio: a whole named as a total (占提案总数的) is not the largest figure of that name when it has several', () => {
    const text = (p: string): string =>
      `共收到提案259件，其中各民主党派提案23件，经审查予以立案214件。按提案类别分，经济类提案33件，占提案总数的${p}；城建类94件，占提案总数的43.9%；教育类87件，占提案总数的40.7%。`;
    it('reads the shares against the total that makes them hold, not the largest one named 提案', () => {
      noRatio(text('15.4%'));
      reports(text('20.4%'), 'number-ratio', '33件 ÷ 214件');
    });
  });

  describe('number-ratio: a share whose named whole does not give it takes the whole the shares after it hold against', () => {
    const text = (p: string): string =>
      `共收到提案259件，其中各民主党派提案23件，经审查予以立案214件，45件作来信处理。按提案类别分，经济类提案33件，占提案总数的${p}；城建类94件，占44%；教育类23件，占11%；民生类64件，占30%。`;
    it('reads the first share against the total the list holds against', () => {
      noRatio(text('15%'));
      reports(text('20%'), 'number-ratio', '33件 ÷ ');
    });

    it('reads shares named alike in a later paragraph against a total stated before it that makes them hold', () => {
      const later = (p: string): string => `共收到提案259件，经审查予以立案214件。\n\n已经解决的159件，占提案总数的${p}；列入计划的28件，占提案总数的13.1%；需做出解释的27件，占提案总数的12.6%。`;
      noRatio(later('74.3%'));
      reports(later('73.9%'), 'number-ratio', '159件 ÷ 214件');
    });
  });

  describe('number-ratio: a qualified rate may be of any count due before it, or of what its stem names unqualified', () => {
    const text = (p: string): string => `本月工单受理1136件，应办理1110件，已办理1110件，办结率100%；按期办结1100件，按期办结率${p}；超期办结10件。`;
    it('holds against 应办理 though 受理 is nearer the start', () => {
      noRatio(text('99.1%'));
      reports(text('89.1%'), 'number-ratio', '1100件 ÷ 11');
    });
  });
});

describe('readings of changes (shares8)', () => {
  describe('number-ratio: in a sentence of several changes, each percentage takes the difference stated right before it', () => {
    const text = (p: string): string => `按自然口径，一般公共预算收入39029万元，同比减收31447万元，下降${p}，其中：税收收入22915万元，同比减收12020万元，下降34.41%。`;
    it('checks each percentage against its own level and difference', () => {
      noRatio(text('44.62%'));
      reports(text('49.62%'), 'number-ratio', '31447万元');
    });

    it('stays silent when a figure stands between the difference and the percentage', () => {
      noRatio('一般公共预算收入39029万元，同比减收31447万元，完成预算40000万元的97.6%，下降49.62%，其中：税收收入22915万元，同比减收12020万元，下降34.41%。');
    });
  });

  describe('number-ratio: a rate beside the counts done and not done (开复工, 未开复工) is of the two together', () => {
    const text = (p: string): string => `截至目前，共开复工38项，未开复工2项，开复工率为${p}，本年度完成投资93.63亿元。`;
    it('checks the rate against done ÷ (done + not done)', () => {
      noRatio(text('95%'));
      reports(text('90%'), 'number-ratio', '38项 ÷ (38项 + 2项)');
    });
  });

  describe('number-ratio: a percentage in brackets right after what was done is that item’s progress', () => {
    const text = (p: string): string => `剩余8项中，2个嵌入式养老机构建设已完成1个（50%）、15个农村幸福院建设已完成8个（${p}）、126条农村黑臭水体治理已完成120条（95%）。`;
    it('checks the done count over the count its item opens with', () => {
      noRatio(text('53%'));
      reports(text('58%'), 'number-ratio', '8个 ÷ 15个');
    });

    it('stays silent for a bracketed percentage after a figure that was not done, or with a clause between', () => {
      noRatio('15个农村幸福院建设正在施工8个（58%）。');
      noRatio('15个农村幸福院建设，已完成8个（58%）。');
    });
  });

  describe('number-ratio: a rate takes no base from before other rates unless the words name it due', () => {
    it('stays silent for 返工率 after a count the rates before it are of', () => {
      noRatio('2024年8月，各责任单位共承办工单1292件，办结率100%，按期办结率98%，返工数97件，返工率9.22%。');
    });

    it('still checks a rate right after its base and numerator', () => {
      reports('2024年8月，各责任单位共承办工单1292件，返工数97件，返工率9.22%。', 'number-ratio', '97件 ÷ 1292件');
    });
  });
});
