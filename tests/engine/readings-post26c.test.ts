// Readings of round 26 (second wave) for number-conflict, table-restatement and table-sum: items listed under two
// funds' sections, parts of what reports concern (涉及) under two wholes, a change on the period before written in 繁體
// (環比), and the decisions taken on what came in (受理量, 不受理量) against a count of it (issue 12, first run of
// heldout77–79).

import { check } from '../../server/src/engine/check';
import assert from 'node:assert/strict';
import { reports, silent } from './figure-findings';

const messages = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);

describe('readings of round 26, second wave (issue 12, first run of heldout77–79)', () => {
  describe('number-conflict: a line naming a fund opens its section, and the items under it are that fund’s', () => {
    // two funds' income listed item by item, no ordinals on the items, in 繁體
    const twoFunds = `現將本季度我區職工基本醫療保險、城鄉居民基本醫療保險基金收支情況公示如下：\n\n一、職工基本醫療保險基金收支情況\n\n（一）截至3月31日，職工基本醫療保險基金總收入5210.40萬元，其中：\n\n基本醫療保險費收入5100.20萬元；\n\n利息收入6.3萬元；\n\n其他收入103.9萬元。\n\n二、城鄉居民基本醫療保險基金收支情況\n\n（一）截至3月31日，城鄉居民基本醫療保險基金總收入2416.75萬元，其中：\n\n基本醫療保險費收入86.45萬元；\n\n利息收入9.2萬元；\n\n財政補貼收入2300萬元；\n\n其他收入21.1萬元。`;

    it('does not compare the items of the employees’ fund with those of the residents’ fund', () => {
      assert.deepEqual(messages(twoFunds, 'number-conflict'), []);
    });

    it('reads the funds’ names in simplified characters too', () => {
      const simplified = twoFunds.replace(/職/g, '职').replace(/醫/g, '医').replace(/療/g, '疗').replace(/險/g, '险').replace(/鄉/g, '乡');
      assert.deepEqual(messages(simplified, 'number-conflict'), []);
    });

    it('still finds an item stated twice with two values within one fund’s section', () => {
      reports(
        `一、职工基本医疗保险基金收支情况\n\n截至3月31日，职工基本医疗保险基金总收入5210.40万元，其中：\n\n基本医疗保险费收入5100.20万元；\n\n利息收入6.3万元；\n\n其他收入103.9万元。\n\n本季度基金运行平稳，利息收入6.8万元，主要来自定期存款。`,
        'number-conflict',
        '此处为6.8万元',
      );
    });
  });

  describe('number-conflict: a period opened by 涉及 sorts the count of the period before it', () => {
    it('does not compare what the telephone reports concern with what the letters concern', () => {
      assert.deepEqual(
        messages(
          `第三季度，全市生态环境信访投诉举报平台共收到投诉举报860件。其中电话举报64件，网络举报790件，来信举报6件。\n\n一、电话举报受理情况\n\n第三季度，共接到电话举报64件，不在环保职责范围内5件。涉及水污染12件，大气污染30件，噪声污染17件，生态破坏4件。目前，已办结50件，办理中14件。\n\n二、来信举报受理情况\n\n第三季度，共收到来信举报6件。涉及生态破坏2件，其他污染4件。目前，已办结3件，办理中3件。`,
          'number-conflict',
        ),
        [],
      );
    });

    it('still compares the parts of one count stated twice', () => {
      reports(
        `第三季度，共接到电话举报64件。涉及水污染12件，大气污染30件，噪声污染17件，生态破坏4件。\n\n第三季度，共接到电话举报64件。涉及水污染12件，大气污染30件，噪声污染17件，生态破坏5件。`,
        'number-conflict',
        '此处为5件',
      );
    });
  });

  describe('table-restatement: 環比 (the period before) in 繁體 restates no 同比 column', () => {
    const text = `第一季度，全市平臺共接收各類投訴舉報512件，同比降低40.5%，環比降低12.3%。其中，投訴402件，同比降低38.15%，環比降低15.64%；舉報110件，同比降低47.12%，環比降低3.15%。\n\n類型\n\n第一季度（件）\n\n去年第一季度（件）\n\n同比(%\n\n投訴\n\n402\n\n650\n\n-38.15\n\n舉報\n\n110\n\n208\n\n-47.12`;

    it('does not join the text’s 環比 falls to the table’s 同比 column', () => {
      silent(text);
    });

    it('still finds a 同比 of the text that the table’s 同比 column contradicts', () => {
      reports(text.replace('同比降低38.15%', '同比降低36.15%'), 'table-restatement', '正文写作36.15%');
    });
  });

  describe('table-sum: 受理量 and 不受理量 are decisions on what came in (接收量), those still checked in neither', () => {
    const table = `表二：本月全市投诉办理情况统计报表\n\n单位\n\n接收量\n\n受理量\n\n不受理量\n\n办结量\n\n办结率\n\n甲市局\n\n40\n\n20\n\n19\n\n35\n\n87.50%\n\n乙区局\n\n300\n\n130\n\n168\n\n280\n\n93.33%\n\n丙县局\n\n12\n\n9\n\n3\n\n6\n\n50.00%\n\n丁县局\n\n10\n\n4\n\n6\n\n8\n\n80.00%\n\n戊县局\n\n8\n\n5\n\n3\n\n8\n\n100.00%\n\n己县局\n\n20\n\n11\n\n9\n\n15\n\n75.00%\n\n庚县局\n\n16\n\n13\n\n2\n\n8\n\n50.00%`;

    it('does not ask the decisions to add up to all that came in', () => {
      silent(table);
    });

    it('still finds decisions that add up to more than came in', () => {
      reports(table.replace('\n\n300\n\n', '\n\n250\n\n'), 'table-sum', '比“乙区局”行“接收量”的250还多48');
    });

    it('reads 办结率 over what came in when it holds over neither column 受理 names', () => {
      reports(table.replace('93.33%', '98.33%'), 'table-rate', '办结量280 ÷ 接收量300 = 93.333%');
    });

    it('still asks kinds of what came in (投诉量, 举报量) to add up to all of it', () => {
      reports(table.replace('受理量', '投诉量').replace('不受理量', '举报量'), 'table-sum', '与“乙区局”行“接收量”的300相差2');
    });
  });
});
