// The lead, round 28: notes in 方头括号 around figures (存量债务5747万元【一般债务5514万元、专项债务233万元】) are read as
// the notes in round brackets they stand for: the breakdown inside adds up like one in （）, and no rule takes the note
// for a template's prompt. A bracket after the noun of the last of several clauses glosses what they did together.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';
import { reports, silent } from './figure-findings';

// made up, after a county's 政府债务管理情况报告 that prints its breakdowns in 【】
const debt = (general = '5514', total = '5747'): string =>
  `2023年末，全县政府债务余额377764万元，其中：存量债务${total}万元【一般债务${general}万元、专项债务233万元】，政府债券372017万元【一般债券90802万元、专项债券281215万元】。\n`;

const placeholders = (text: string) => check(text, { only: ['placeholder'] }).findings;

describe('figures in 方头括号 (lead28)', () => {
  it('reads a breakdown in 【】 as one in （）: silent when it adds up', () => {
    silent(debt());
  });

  it('reports a breakdown in 【】 that does not add up, at its total', () => {
    reports(debt('5510'), 'number-sum', '5743万元');
    reports(debt('5514', '5740'), 'number-sum', '5740万元');
  });

  it('takes no 【】 note holding figures for a template prompt, and still takes a prompt for one', () => {
    assert.deepEqual(placeholders(debt()), []);
    assert.equal(placeholders('报告单位：【填写单位名称】\n').length, 1);
    assert.equal(placeholders('完成投资【请填写金额，如5亿元】。\n').length, 1);
    assert.equal(placeholders('全年完成投资【例：5亿元】。\n').length, 1);
  });

  it('keeps the writer’s text: only the prose the rules read changes, character for character', () => {
    const text = debt();
    const draft = parseDraft(text);
    assert.equal(draft.source, text);
    assert.equal(draft.prose.length, text.length);
    assert.ok(draft.prose.includes('（一般债务5514万元、专项债务233万元）'));
    assert.ok(text.includes('【一般债务5514万元、专项债务233万元】'));
  });

  it('leaves a 发文字号’s year and a page’s date stamp in their brackets', () => {
    for (const line of ['依据某政发【2023】12号文件办理。', '【2023年1月5日】']) assert.ok(parseDraft(`${line}\n`).prose.includes('【'), line);
  });
});

describe('a bracket glossing several clauses (lead28)', () => {
  const repaid = (own = '3200'): string =>
    `通过发行再融资债券偿还12800万元，自有财力偿还${own}万元到期债务本金后（一般债券到期本金7000万元、专项债券到期本金9000万元），全县债务余额预计为389246万元。\n`;

  it('is silent when the bracket adds up to the clauses together (12800 + 3200 = 16000)', () => {
    silent(repaid());
  });

  it('still reads a bracket right after its total', () => {
    reports('全年偿还到期债务本金3200万元（一般债券到期本金1000万元、专项债券到期本金2000万元）。\n', 'number-sum', '3000万元');
  });
});
