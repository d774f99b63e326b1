// Readings of table restatements learnt from the first run on heldout14 (branch post-j): a monthly report of
// complaints restates its table of 同比 changes in the text, next to changes on the month before (环比), changes of
// the three kinds together, and changes of a part of one kind. Every example is made up; each reported variant shows
// the link is still made where the words make it certain, and each silent one is reported without the reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const restated = (text: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === 'table-restatement')
    .map((f) => text.slice(f.offset, f.endOffset));

const table = [
  '表1 2024年6月投诉、举报、咨询数量同比变化表',
  '',
  '| 类型 | 2024年6月（件） | 2023年6月（件） | 同比（%） |',
  '|---|---|---|---|',
  '| 投诉 | 520 | 400 | 30.00 |',
  '| 举报 | 150 | 200 | -25.00 |',
  '| 咨询 | 600 | 610 | -1.64 |',
  '',
].join('\n');

describe('readings of table restatements (post-j)', () => {
  it('does not read a change on the month before (环比) as the table’s 同比 change', () => {
    const text = (yearOn: string): string => `其中，投诉520件，同比上升${yearOn}，环比降低8.5%；举报150件，同比降低25%，环比上升4.2%。\n\n${table}`;
    assert.deepEqual(restated(text('30%')), []);
    // (the table's row bears its 30.00 out, so the finding is at the text's figure)
    assert.deepEqual(restated(text('31%')), ['31%']);
  });

  it('reads a change after the names of several rows together (投诉举报咨询) as theirs, not the last row’s', () => {
    assert.deepEqual(restated(`6月共接收投诉举报咨询1270件，同比降低2.5%。\n\n${table}`), []);
    assert.deepEqual(restated(`6月共接收投诉、举报和咨询1270件，同比降低2.5%。\n\n${table}`), []);
    assert.deepEqual(restated(`6月共接收咨询600件，同比降低2.5%。\n\n${table}`), ['2.5%']);
  });

  it('reads a change after another measure’s amount (受理480件) as that measure’s, not the row’s', () => {
    assert.deepEqual(restated(`6月共接收投诉520件，受理480件，同比上升22.4%。\n\n${table}`), []);
    assert.deepEqual(restated(`6月共接收投诉520件，同比上升22.4%。\n\n${table}`), ['22.4%']);
  });
});
