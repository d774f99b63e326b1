// A budget and its outturn stated one right after the other: 批准的全市2025年一般公共预算收入为53.03亿元，实际完成53.68亿元;
// 社会保险基金收入预算合计158.5亿元，实际完成202.6亿元. The first figure is the budget the congress approved, the second
// what came in (or went out): the outturn is the measure the budget's words name, the budget is set, not an outturn.

import type { Draft } from '../../parse';
import type { Figure } from '../extract';
import { simplified } from '../../text';
import { textBetween } from './paragraph';

/** A measure that names a budget of income or spending (全市一般公共收入预算合计, 社会保险基金支出预算), not its outturn. */
export const BUDGET_NAMED = /(?:收入|支出)预算(?:合计|总额|总计|数)?$/;

/** The words between a budget and its outturn, asides in brackets left out: ，实际完成 (，实际执行, ，实际完成收入). */
const THEN_ACTUAL = /^[，,]实际(?:完成|执行)(?:收入|支出)?(?:数)?(?:为)?$/;

/** Asides in brackets: 43.12亿元（其中：开发区0.79亿元），实际完成57.80亿元. */
const ASIDES = /（[^（）]*）|\([^()]*\)/g;

/** The next figure after f in `figures` that stands in no bracket, in f's sentence. */
function nextOutOfBrackets(figures: readonly Figure[], f: Figure): Figure | undefined {
  const at = figures.indexOf(f);
  if (at < 0) return undefined;
  for (let i = at + 1; i < figures.length; i++) {
    const g = figures[i]!;
    if (g.sentence.offset !== f.sentence.offset) return undefined;
    if (!g.bracket) return g;
  }
  return undefined;
}

/** The outturn stated right after a budget f (…预算收入为53.03亿元，实际完成53.68亿元 → 53.68亿元), or undefined. */
export function outturnAfter(draft: Draft, figures: readonly Figure[], f: Figure): Figure | undefined {
  if (f.bracket || f.relational || f.unit.kind === 'percent') return undefined;
  const g = nextOutOfBrackets(figures, f);
  if (!g || g.unit.kind !== f.unit.kind || g.relational) return undefined;
  return THEN_ACTUAL.test(textBetween(draft, f.endOffset, g.offset).replace(ASIDES, '').replace(/\s/g, '')) ? g : undefined;
}

/** The budget an outturn f is stated right after (实际完成53.68亿元 → 53.03亿元), or undefined. */
export function budgetBefore(draft: Draft, figures: readonly Figure[], f: Figure): Figure | undefined {
  if (f.bracket) return undefined;
  for (let i = figures.indexOf(f) - 1; i >= 0; i--) {
    const g = figures[i]!;
    if (g.sentence.offset !== f.sentence.offset) return undefined;
    if (g.bracket) continue;
    return outturnAfter(draft, figures, g) === f ? g : undefined;
  }
  return undefined;
}

/** The words right after a budget saying it is the one approved or filed: ，与备案预算一致 (，与年初预算相同). */
const BUDGET_AGREED = /^[，,]与[\u4e00-\u9fff]{0,8}预算数?(?:一致|相同|相符)/;

/** A figure the words right after it call the budget: 一般公共预算收入为277800万元，与备案预算一致. */
export function agreedBudget(f: Figure): boolean {
  const after = f.para.prose.slice(f.endOffset - f.para.offset, f.sentence.endOffset - f.para.offset);
  return BUDGET_AGREED.test(simplified(after).replace(/\s/g, ''));
}
