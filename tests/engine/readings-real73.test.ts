// Readings of shares (issue 12, round 25, real73): a composition report cuts one whole again and again (new and
// continued members, party and non-party members, then groups and women), each cut a run of parts with their shares;
// once the shares before have been read against the whole, the shares that go on after them in the paragraph, naming no
// whole, are of it too. Each case is a made-up text.

import { noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: shares going on after a cut of one whole (real73)', () => {
  const members = (groups: string): string =>
    '青山县政协委员构成情况\n\n' + `新一届县政协委员总数287名。其中，新提名的161名，占56.10%；继续提名的126名，占43.90%。中共党员112名，占39.02%；非中共党员175名，占60.98%。${groups}`;

  // 98 ÷ 287 = 34.15%, 4 ÷ 287 = 1.39%, 13 ÷ 287 = 4.53%; the other five are computed on 288 (21 ÷ 288 = 7.29%, not 7.32%)
  const groups = (shares: readonly string[]): string =>
    ['民主党派成员98名', '无党派人士21名', '宗教界人士4名', '港澳委员12名', '非公有制经济人士41名', '新的社会阶层人士54名', '妇女83名', '少数民族13名']
      .map((g, i) => `${g}，占${shares[i]!}`)
      .join('；') + '。';
  const onAnotherBase = groups(['34.15%', '7.29%', '1.39%', '4.17%', '14.24%', '18.75%', '28.82%', '4.53%']);

  it('reads the later groups against the whole the cuts before were of', () => {
    silent(members(groups(['34.15%', '7.32%', '1.39%', '4.18%', '14.29%', '18.82%', '28.92%', '4.53%'])));
  });

  it('reports the groups’ shares computed on another base than the stated whole', () => {
    const text = members(onAnotherBase);
    reports(text, 'number-ratio', '7.29%');
    reports(text, 'number-ratio', '28.82%');
    noFindingAt(text, '34.15%');
  });

  it('stays silent when none of the later shares holds against the whole (another base, not stated)', () => {
    silent(members(groups(['38.43%', '8.24%', '1.57%', '4.71%', '16.08%', '21.18%', '32.55%', '5.10%'])));
  });

  it('stays silent when another figure stands between the cuts and the later shares', () => {
    silent(members(`另有特邀委员12名。${onAnotherBase}`));
  });

  it('stays silent on shares after 其中 (parts of a part, maybe of another whole)', () => {
    silent(members(`其中，${onAnotherBase}`));
  });
});

describe('number-ratio: a completion of the year’s task written without 的 (real73)', () => {
  const parking = (done: string): string => `青山县民生实事完成情况\n\n2022年全县计划新增停车位1100个，完成1008个，${done}。`;

  it('reads 完成年度任务91.64% as the done over the task', () => {
    silent(parking('完成年度任务91.64%'));
  });

  it('reports a completion cut, not rounded (1008 ÷ 1100 = 91.636%, rounded 91.64%, GB/T 8170)', () => {
    reports(parking('完成年度任务91.63%'), 'number-ratio', '91.636%');
  });

  it('reports a completion that does not hold', () => {
    reports(parking('完成全年任务95.6%'), 'number-ratio', '95.6%');
  });

  it('leaves alone the excess over the task (超额完成年度任务20%)', () => {
    silent('青山县民生实事完成情况\n\n2022年全县计划新增停车位1100个，完成1320个，超额完成年度任务20%。');
  });
});
