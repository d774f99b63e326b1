// Readings of round 32 (shares32): a list of parts separated by semicolons, each with its share, that no 其中 opens
// (事项22件，已办结6件，占比27%；正在办理16件，占比73%): the shares after the first one read are of its whole. Each case is a
// made-up text modelled on a real one: the reading keeps it silent and reports a slip in a later share; the guards keep
// silent where the later part may be a part of the part before it, or where the list is not one.

import { findingAt, noFindingAt, reports, silent } from './figure-findings';

describe('number-ratio: shares listed after a share read, without 其中 (shares32)', () => {
  const matters = '今年第三次县政府常务会议确定事项25件，截至8月31日，已办结10件，占比40%；正在办理15件，占比60%。';
  const sections = '全省320个监测评价断面中，Ⅰ-Ⅲ类水质断面合计300个，占93.8%;Ⅳ类水质断面16个，占5.0%;Ⅴ类水质断面4个，占1.3%。';
  it('reads the second share of the list against the whole of the first', () => {
    silent(matters);
    reports(matters.replace('占比60%', '占比66%'), 'number-ratio', '15件 ÷ 25件');
    findingAt(matters.replace('占比60%', '占比66%'), '66%');
  });
  it('reads on down the list after a part named with 合计', () => {
    silent(sections);
    findingAt(sections.replace('占5.0%', '占9.0%'), '9.0%');
    findingAt(sections.replace('占1.3%', '占6.3%'), '6.3%');
  });
  it('reads past the bracket of the first item', () => {
    const wenzhou = '全市60个市控断面中，水质达到Ⅲ类标准的断面有48个（其中Ⅰ类6个、Ⅱ类20个、Ⅲ类22个）、占80.0%;Ⅳ类水断面9个、占15.0%;Ⅴ类水断面3个、占5.0%。';
    silent(wenzhou);
    findingAt(wenzhou.replace('占15.0%', '占19.0%'), '19.0%');
  });
});

describe('number-ratio: where the share after a share read is not of its whole (shares32)', () => {
  it('takes a part that may be a part of the part before it against either whole', () => {
    silent('全年一般公共预算收入50亿元，税收收入40亿元，占80%；增值税15亿元，占37.5%。');
  });
  it('leaves a share whose part follows 其中', () => {
    noFindingAt('全年共受理诉求200件，办结180件，占90%；其中按期办结171件，占95%。', '95%');
  });
  it('leaves a share whose part another figure of the unit comes before', () => {
    noFindingAt('确定事项25件，已办结10件，占比40%；新增交办3件，正在办理15件，占比55%。', '55%');
  });
  it('leaves a share after a share that does not hold', () => {
    noFindingAt('确定事项25件，已办结12件，占比40%；正在办理13件，占比58%。', '58%');
  });
});
