// A share whose part and whole the readings found under two years of a chronicle: the whole is another year's, not
// the one the share is of. shares.ts (sharesAndRates) asks here of the shares and rates it found.

import type { Figure } from '../extract';
import { withRole, type Relation } from './relation';
import { timeFrameOf, underOtherTimeFrames } from './timeFrames';

/**
 * 1984年，市卫生局组织1947名乡村医生参加全省统考，有644人成绩合格，占参加统考人数的33.08% … 1986年，全市参加卫生厅统一考试
 * 的乡村医生共有1779人 (heldout187/weisheng-lianyungang-10): a local history writes each figure under the year last named
 * before it (`underOtherTimeFrames` over `timeFrameOf`, timeFrames.ts; read here only for a share that fails, so
 * without the per-figure memo of the draft's scopes); a share of 1984 is of 1984’s whole, and a whole found
 * by its name under 1986 is another year’s. Such a pairing is no reading of the share. Only periods each opened by its
 * year (1984年，), in two periods; a pairing that holds is taken as meant (2023年度…共反映问题126个。截至2024年11月30日，
 * 已完成整改108个，整改完成率85.7%: the progress at a later date of the year's problems).
 */
export function wholeOfAnotherYear(r: Relation): boolean {
  if ((r.kind !== 'share' && r.kind !== 'rate') || r.holds) return false;
  const [part, whole] = [withRole(r, 'numerator'), withRole(r, 'denominator')];
  return !!part && !!whole && part.period !== whole.period && opensWithAYear(part) && opensWithAYear(whole) && underOtherTimeFrames(part, whole, timeFrameOf);
}

/** A period of a chronicle, opened by its year alone: 1984年，市卫生局… (not 截至2024年11月30日, 2023年度审计工作报告). */
const YEAR_OPENING = /^\s*(?:19|20)[0-9]{2}年[，,]/;

function opensWithAYear(f: Figure): boolean {
  return YEAR_OPENING.test(f.para.prose.slice(f.period - f.para.offset));
}
