// The first item of a statement of account (一般公共预算收入X。加上级补助收入…，收入总量Z), when the last figure before
// 加上 is not it but a part of it.

import type { Figure } from '../extract';
import { headOf, textBetween, type Paragraph } from './paragraph';
import { BUDGET_REVENUE, BUDGET_REVENUE_PARTS, SHARE } from './vocabulary';

/**
 * 一般公共预算收入实际完成124,062万元…，税收收入完成111,948万元，占一般公共预算收入比重为90.24%。加上级补助收入…等收入
 * 213,410万元，收入总量337,472万元: the last figure before 加上 is a part of the account's first item, as its share of it
 * (占…比重) says, or as its name does (税收收入 and 非税收入 are inside 一般公共预算收入 by definition). The first item is
 * then the earlier figure so named; with none such, the account's first item is unread (undefined: stay silent).
 * The opener itself where nothing makes it a part.
 */
export function accountOpener(par: Paragraph, before: readonly Figure[], opener: Figure, plusAt: number): Figure | undefined {
  const whole = wholeNamed(par, opener, plusAt);
  if (whole === undefined) return opener;
  const earlier = before.filter((f) => f.offset < opener.offset);
  return earlier.filter((f) => headOf(par.draft, f).includes(whole)).pop();
}

/** The whole the opener is a part of, by its share stated after it (before 加上) or by its name; undefined if none. */
function wholeNamed(par: Paragraph, opener: Figure, plusAt: number): string | undefined {
  const { draft, figures } = par;
  for (const p of figures) {
    if (p.offset <= opener.offset || p.offset >= plusAt || p.unit.kind !== 'percent') continue;
    // (its own clause or the one right after it: 税收收入完成X，占一般公共预算收入比重为90.24%)
    if (/[。；;]/.test(textBetween(draft, opener.endOffset, p.offset))) break;
    // (the opener's own share only, its clause opening with 占: 税收收入占县级一般公共预算收入的57.7% after the opener
    // is another item's share of it; of a revenue or a spending other than the opener: 占地区生产总值比重 makes no
    // item of the account a part)
    const head = headOf(draft, p);
    const named = SHARE.exec(head)?.[1];
    if (named && named.length >= 2 && head.startsWith('占') && /收入|支出/.test(named) && !headOf(draft, opener).includes(named)) return named;
  }
  return BUDGET_REVENUE_PARTS.test(headOf(draft, opener)) ? BUDGET_REVENUE : undefined;
}
