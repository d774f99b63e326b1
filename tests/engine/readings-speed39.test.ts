// Guards of speed39 (issue 12, round 39): the readings made cheaper per keystroke read as before. A chronicle's years
// are read one block at a time, when a pair first asks (walking back to the block's first line), here in a block that
// is not the draft's first. Made up; the silent case fails without the reading, the reported one keeps it to two years.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county chronicle's paragraph wrapped as printed, after a heading and a paragraph of its own
const chronicle = (second: string): string =>
  `县妇幼保健工作\n\n一、概况\n\n全县妇幼保健工作由县卫生局主管。\n\n` +
  `    1990年至2000年，县妇幼保健所开展妇女病防治。1995年，全年接诊产妇3000人，活产2990\n` +
  `人。妇女病普查15000人，患病4000人。${second}开展宫颈癌筛查。是年接诊产妇2500人，\n` +
  `活产2495人。妇女病普查18000人，患病5000人。\n`;

describe('a chronicle’s years read by block (speed39)', () => {
  it('is silent on one measure after two years’ openings in a paragraph that is not the draft’s first', () => {
    assert.deepEqual(findings(chronicle('2000年，'), 'number-conflict'), []);
  });

  it('still compares one measure under one year there', () => {
    assert.deepEqual(findings(chronicle('此后，'), 'number-conflict'), ['18000人']);
  });
});
