// A whole found for a share under another year of a chronicle than its part: another year's whole, not the one the
// share is of. wholes.ts (`share`) asks here of each whole it would pair a share with, before the values are compared.

import type { Figure } from '../extract';
import { underOtherTimeFrames } from './timeFrames';

/**
 * 1984年，市卫生局组织1947名乡村医生参加全省统考，有644人成绩合格，占参加统考人数的33.08% … 1986年，全市参加卫生厅统一考试
 * 的乡村医生共有1779人 (heldout187/weisheng-lianyungang-10): a local history writes each figure under the year last named
 * before it (`underOtherTimeFrames` over the time frame read once per figure, `frameOf`: Lookups.timeFrame, cache.ts);
 * a share of 1984 is of 1984’s whole, and a whole found by its name under 1986 is another year’s, whatever the values:
 * `share` passes it over for the next whole it finds, or reads none. Only periods each opened by its year (1984年，),
 * the part's and the whole's (not 2023年度…共反映问题126个。截至2024年11月30日，已完成整改108个: the progress at a later
 * date of the year's problems).
 */
export function wholeOfAnotherYear(part: Figure, whole: Figure, frameOf: (x: Figure) => string): boolean {
  return part.period !== whole.period && opensWithAYear(part) && opensWithAYear(whole) && underOtherTimeFrames(part, whole, frameOf);
}

/** A period of a chronicle, opened by its year alone: 1984年，市卫生局… (not 截至2024年11月30日, 2023年度审计工作报告). */
const YEAR_OPENING = /^\s*(?:19|20)[0-9]{2}年[，,]/;

function opensWithAYear(f: Figure): boolean {
  return YEAR_OPENING.test(f.para.prose.slice(f.period - f.para.offset));
}
