// An item's budget for a year stated twice in its paragraph under two names (2026年度预算0.12万元 … 2026年预算安排0.12万
// 元): one amount. restatements.ts (restatements) reads them here.

import type { Figure, ParagraphFigures } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { restated, type Relation } from './relation';
import { wordsOf } from './scopes';

/** The words right before a year's budget: 2026年度预算, 2026年预算数, 2026预算安排 (the year, then the name). */
const YEAR_BUDGET = /((?:19|20)[0-9]{2})(?:年度?)?预算(安排|数)?(?:为|是)?$/;

/** The year and the name (安排 or not) of a figure named as a year's budget right before it, in its clause. */
function yearBudget(f: Figure): { year: string; arranged: boolean } | undefined {
  if (f.unit.kind === 'percent' || f.bracket || !exact(f)) return undefined;
  const m = YEAR_BUDGET.exec(wordsOf(f, f.clause.offset, f.offset).replace(/\s/g, ''));
  return m ? { year: m[1]!, arranged: m[2] === '安排' } : undefined;
}

/**
 * “一般公共服务支出(类）-统计信息事务（款）-统计管理（项）”2026年度预算0.12万元，2025年度预算3.84万元，…。2025年当年预算执行数为
 * 3.39万元，2026年预算安排0.12万元，比2025年预算执行数减少96.46% (heldout189/yusuan-shiquan-01): a budget report gives
 * each item a paragraph that opens with its budget for the year (2026年度预算) and states it again when it sets it against
 * the year before (2026年预算安排). Where a paragraph names one year's budget exactly once as 年度预算 (预算, 预算数) and
 * exactly once as 预算安排, the two are one amount.
 */
export function budgetStatedTwice(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  for (const { para, figures } of groups) {
    // (a budget arranged for a year: a cheap test of the paragraph's words first)
    if (!para.prose.includes('预算安排')) continue;
    const named = figures.map((f) => ({ f, b: yearBudget(f) })).filter((x) => x.b);
    for (const later of named.filter((x) => x.b!.arranged)) {
      const same = named.filter((x) => x.b!.year === later.b!.year);
      const earlier = same.filter((x) => !x.b!.arranged);
      if (earlier.length !== 1 || same.length !== 2 || earlier[0]!.f.offset > later.f.offset) continue;
      const first = earlier[0]!.f;
      // 2025年预算安排8.61万元，比2025年预算执行数增加21.10%: a budget compared with the same year's is not that year's (the
      // year is a slip of the pen): no reading of the year
      const after = wordsOf(later.f, later.f.endOffset, later.f.sentence.endOffset);
      if (!compatible(first.unit, later.f.unit) || new RegExp(`^[，,]比${later.b!.year}年`).test(after)) continue;
      const r = restated(later.f, first, { marker: '预算安排', word: `${later.b!.year}年` });
      if (r) out.push(r);
    }
  }
  return out;
}
