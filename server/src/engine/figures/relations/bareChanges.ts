// A change listed among changes after 其中 without its verb of change (…增加0元；公务用车…支出决算174,732.10元，增长
// 176.55%): a change, not the level of its measure. restatements.ts (statedTwice) asks here before it compares two
// statements of a measure.

import type { Figure } from '../extract';
import { underQiZhong, wordsOf } from './scopes';

/**
 * The words before 其中 that make its whole a change of an amount against a year (比2021年增加231,448.10元): 比 or 较, then
 * 增加 or 减少 and an amount (not a percentage, nor 同比 / 环比 of a level stated before: 4200件，同比增长3.1%).
 */
const WHOLE_CHANGED = /(?:(?<![同环])比|较|較)[^，,；;。]{0,12}(?:增加|减少|減少)[0-9０-９][0-9０-９,.]*[^0-9０-９,.%％]/;
/** What follows a figure that states its change in percent (，增长176.55%). */
const PERCENT_CHANGE_AFTER = /^[，,]\s*(?:同比)?(?:增长|增長|下降|减少|減少|降低|上升)[0-9０-９]/;

/**
 * 支出决算数比2021年增加231,448.10元，增长145.87%。其中：因公出国（境）费支出决算增加0元，增长0%；公务用车购置及运行费支出决算
 * 174,732.10元，增长176.55%；公务接待费支出决算增加56,716.00元 (heldout188/sgjf-xundian-01): the parts after 其中 of a
 * whole that is a change (比…增加) are changes; one written without 增加, followed by its change in percent, is a change
 * still, not the level (273,702.10元) stated elsewhere.
 */
function bareChange(f: Figure): boolean {
  if (f.unit.kind === 'percent' || f.inChange || !underQiZhong(f)) return false;
  const before = wordsOf(f, f.para.offset, f.offset);
  // (the whole is the period 其中 opens, or the one right before it when 其中 opens a period of its own: 。其中：)
  const head = before.slice(0, before.lastIndexOf('其中')).replace(/[。.]\s*$/, '');
  const whole = head.slice(head.lastIndexOf('。') + 1);
  return WHOLE_CHANGED.test(whole) && PERCENT_CHANGE_AFTER.test(wordsOf(f, f.endOffset, f.para.offset + f.para.prose.length));
}

/** One of two statements a change so listed, the other not: a change and a level, not one measure stated twice. */
export function changeBesideLevel(f: Figure, g: Figure): boolean {
  return bareChange(f) !== bareChange(g);
}
