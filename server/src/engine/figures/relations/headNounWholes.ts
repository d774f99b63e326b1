// A share of a whole named by its kind (占全部生产发展基金的) paired with a figure named by the head noun alone (税、费、
// 基金92413.72元): another thing of the head noun, not the kind named. wholes.ts (`share`) asks here of each whole it
// would pair a share with, before the values are compared.

import type { Figure } from '../extract';
import { headOf, type Paragraph } from './paragraph';
import { SHARE } from './vocabulary';
import { simplified } from '../../text';

/** Words before a whole's name that say all of it (全部生产发展基金, 全县村卫生室): not part of the name. */
const ALL_OF = /^(?:全部|全体|所有|总|全[国省市县区州旗盟镇乡村]|本[省市县区])/;
/** A kind that is a place or a time, not a kind of the head noun: 全县, 我市, 2024年. */
const NO_KIND = /[全我本年月]/;
/**
 * The head noun closing a list of names (税、费、基金): the figure is a sum of several things, not the whole of one kind.
 * Without the list (成交额, 营业收入, 面积 named by a clause before: heldout108/jishu-hubei-02, heldout35/fwy-changzhou-02,
 * heldout115/tudi-kaihua-01) the head noun may well name the whole.
 */
const LISTED_LAST = /[、和及与]$/;
/** The fewest characters of a kind before the head noun for the whole to be named by its kind. */
const MIN_KIND = 2;

/**
 * 购买职工宿舍挪用生产发展基金5.13万元，…挪用的生产发展基金占全部生产发展基金的86.24% after 漏交各项税、费、基金92413.72元 in
 * another paragraph (heldout187/shenji-lianyungang-01): a whole named with its kind (生产发展基金) is a figure of that kind;
 * one whose name is the head noun alone (基金), with no word of the kind in its clause, is another fund, not the whole.
 * Only where the head noun closes a list of names (税、费、基金), whatever the values: `share` passes it over for the next
 * whole it finds, or reads none. (A place or a time before the head noun, 全县村卫生室, is no kind.)
 */
export function headNounForAKind(par: Paragraph, p: Figure, whole: Figure): boolean {
  if (whole.para.offset === p.para.offset) return false;
  const named = (SHARE.exec(simplified(headOf(par.draft, p)))?.[1] ?? '').replace(/的$/, '').replace(ALL_OF, '');
  const measure = simplified(whole.measure);
  if (measure === '' || !named.endsWith(measure) || named.length - measure.length < MIN_KIND) return false;
  const kind = named.slice(0, named.length - measure.length);
  if (NO_KIND.test(kind) || simplified(headOf(par.draft, whole)).includes(kind)) return false;
  const before = simplified(whole.para.prose.slice(0, whole.offset - whole.para.offset));
  return before.endsWith(measure) && LISTED_LAST.test(before.slice(0, before.length - measure.length));
}
