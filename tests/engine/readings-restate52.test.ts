// Readings of restate52 (issue 12, round 52: restatements missed, classed by the step where the engine goes silent): an
// item of final accounts or a budget listed after the first item that 其中 opens with (其中：因公出国（境）费决算为…；公务用车
// 购置及运行维护费支出决算为…) is named by its own measure in no narrower scope, and compared with the same item stated
// alone; an item's 支出 in the details that final accounts announce (…决算中，…。具体情况如下：⏎2.公务用车购置及运行维护费支出…)
// is its 决算. Each case made up, each reported case failing without its reading and each silent case with its guard.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('an item of final accounts after the first item of a 其中 (restate52)', () => {
  const draft = (later: string): string =>
    `一、“三公”经费支出情况\n\n2025年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为24.60万元，完成预算的82.00%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为21.80万元，完成预算的87.20%；公务接待费支出决算为2.80万元，完成预算的56.00%。\n\n二、具体情况\n\n“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算${later}万元；公务接待费支出决算2.80万元。`;

  it('is the item stated alone: the two are compared', () => {
    assert.deepEqual(figureFindings(draft('21.30')), ['number-conflict 21.30万元']);
  });

  it('agrees with the item stated alone at the same value', () => {
    assert.deepEqual(figureFindings(draft('21.80')), []);
  });

  it('leaves a subgroup after 其中 in its narrower scope (其中市本级…)', () => {
    const text = `一、支出情况\n\n2025年全县“三公”经费支出决算为124.60万元，其中：市本级单位因公出国（境）费决算为0.00万元；公务用车购置及运行维护费支出决算为21.80万元。\n\n二、全县情况\n\n2025年全县公务用车购置及运行维护费支出决算96.30万元。`;
    assert.deepEqual(figureFindings(text), []);
  });
});

describe('an item’s 支出 in the details final accounts announce (restate52)', () => {
  const draft = (detail: string, announce = '具体情况如下：'): string =>
    `2025年度“三公”经费财政拨款支出决算为8.60万元，其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为6.40万元；公务接待费支出决算为2.20万元。\n\n2025年度“三公”经费财政拨款支出决算中，因公出国（境）费0万元，占0%；公务用车购置及运行维护费支出6.40万元，占74.4%；公务接待费支出2.20万元，占25.6%。${announce}\n\n1.因公出国（境）费支出0万元。\n\n2.公务用车购置及运行维护费支出${detail}万元，其中：公务用车购置支出0万元；公务用车运行维护费支出${detail}万元，主要用于车辆保险、维修和燃料。`;

  it('is the item’s 决算: the detail is compared with it', () => {
    assert.deepEqual(figureFindings(draft('6.10')), ['number-conflict 6.10万元']);
  });

  it('agrees with the item’s 决算 at the same value', () => {
    assert.deepEqual(figureFindings(draft('6.40')), []);
  });

  it('is no 决算 where the accounts announce no details: a 支出 of its own', () => {
    assert.deepEqual(figureFindings(draft('6.10', '')), []);
  });
});
