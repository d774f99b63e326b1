// A share whose part and whole the readings found under two years of a chronicle: the whole is another year's, not
// the one the share is of. shares.ts (sharesAndRates) asks here of the shares and rates it found.

import { withRole, type Relation } from './relation';
import { underOtherTimeFrames } from './timeFrames';

/**
 * 1984年，市卫生局组织1947名乡村医生参加全省统考，有644人成绩合格，占参加统考人数的33.08% … 1986年，全市参加卫生厅统一考试
 * 的乡村医生共有1779人 (heldout187/weisheng-lianyungang-10): a local history writes each figure under the year last named
 * before it (`underOtherTimeFrames`, timeFrames.ts, used as it is); a share of 1984 is of 1984’s whole, and a whole found
 * by its name under 1986 is another year’s. Such a pairing is no reading of the share.
 */
export function wholeOfAnotherYear(r: Relation): boolean {
  if (r.kind !== 'share' && r.kind !== 'rate') return false;
  const [part, whole] = [withRole(r, 'numerator'), withRole(r, 'denominator')];
  return !!part && !!whole && underOtherTimeFrames(part, whole);
}
