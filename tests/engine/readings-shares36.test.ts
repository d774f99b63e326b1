// Readings of shares36 (issue 12, round 33): a share that names no whole of its own (占, 占比, 占总人数的) in a sentence
// opened by a group (1200名村干部中，; 在全县代表360人中，; 在这些教师中，) is of that group. Each case made up, each
// reported case failing without its reading, each silent case failing with its guard removed.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a county's village cadres, the group its figure then 中, the members' share after it
const cadres = (share: string): string => `全县党员增加到2.4万名，比上年增加300名。1200名村干部中，大专及以上学历的300人，占${share}，比上年提高1.2个百分点。`;

// made up: a conference's delegates, 在…N人中 opening the sentence and the share naming the whole as 总人数
const delegates = (share: string): string => `本次会议共收到议案120件。在县十届人大代表360人中，提出议案的代表达270人，占总人数的${share}。`;

// made up: a group named back by 这些, its figure in the sentence before, broken down by level
const staff = (share: string): string => `全县各级图书馆共有工作人员400人，其中，县级120人，乡镇级280人。在这些工作人员中，50岁以上的有100人，占${share}，35-49岁的有200人，占50%。`;

describe('a share of the group its sentence opens with (shares36)', () => {
  it('is silent when each share is the part over the group', () => {
    assert.deepEqual(findings(cadres('25%'), 'number-ratio'), []);
    assert.deepEqual(findings(delegates('75%'), 'number-ratio'), []);
    assert.deepEqual(findings(staff('25%'), 'number-ratio'), []);
  });

  it('reports a share that is not the part over the group (N名X中，)', () => {
    assert.deepEqual(findings(cadres('30%'), 'number-ratio'), ['30%']);
  });

  it('reports a share that is not the part over the group (在X N人中，…占总人数的)', () => {
    assert.deepEqual(findings(delegates('70%'), 'number-ratio'), ['70%']);
  });

  it('reports a share that is not the part over the group named back (在这些X中，)', () => {
    assert.deepEqual(findings(staff('20%'), 'number-ratio'), ['20%']);
  });

  it('is silent when 其中 narrows to a part of a part after the group', () => {
    // (the 15人 are of the 60 young cadres, not of the 200)
    const text = '200名村干部中，35岁以下的60人，其中大专及以上学历的15人，占25%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('is silent when two groups open the sentence', () => {
    const text = '全乡120名党员中，60名入党积极分子中，参加培训的45人，占75%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('is silent when 这些X may name back more than one figure', () => {
    // (小学教师2000人 is named 教师 too: the 1000 over 2000 would say 50%)
    const text = '全县共有专任教师4000人，其中，高中教师800人，初中教师1200人，小学教师2000人。在这些教师中，50岁以上的有1000人，占25%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('is silent when a count stands between the part read and the share', () => {
    // (…占25%35-49岁的有200人，占50%: the share's own part is the 200, which the share is not read with)
    const text = '全县各级图书馆共有工作人员400人，其中，县级120人，乡镇级280人。在这些工作人员中，50岁以上的有100人，占25%35-49岁的有200人，占50%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });

  it('is silent when the group counts other things than the part', () => {
    const text = '36个村中，参加培训的村干部90人，占25%。';
    assert.deepEqual(findings(text, 'number-ratio'), []);
  });
});
