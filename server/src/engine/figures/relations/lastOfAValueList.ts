// The last value of a run of bare numbers joined by 、 (树高各为17.57、17、12.6、14.1米): one member's value, the unit
// written once at the end for all of them, not a total of what follows.

import type { Figure } from '../extract';

/** A bare number and 、 (or 和, 及) right before a figure: 12.6、 of 12.6、14.1米. */
const BARE_NUMBER_BEFORE = /[0-9０-９](?:[.．][0-9０-９]+)?[、和及]$/;

/**
 * heldout186/ziran-lianyungang-06: 树高各为17.57、17、12.6、14.1米，胸径分别是1.07、0.73、0.46、0.31米，最大一株胸围3.5米.
 * The figure closing a run of bare numbers joined by 、, the unit written once after the last, is the last member's value
 * (the fourth tree's height), one of several given together, not a whole. Read before as the total of the list after
 * 分别是 (0.31米 + 3.5米 against 14.1米); now no total of a sum.
 */
export function lastOfAValueList(total: Figure): boolean {
  const start = total.offset - total.para.offset;
  return BARE_NUMBER_BEFORE.test(total.para.prose.slice(Math.max(0, start - 12), start));
}
