// The items of a final-accounts report, each a paragraph opening with the item's name and its amount (“…（项）”257.14
// 万元，主要用于：…), then its budget and its outturn (年初预算为274.82万元，支出决算为245.53万元): the outturn is the amount
// the paragraph opens with, stated again. restatements.ts (restatements) reads them here.

import type { Figure, ParagraphFigures } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { restated, type Relation } from './relation';
import { wordsOf } from './scopes';

/**
 * A paragraph's opening: an optional list number (8. / 3、 / （二）), then an item's name, in quotation marks or ending in
 * the classification's （项）, and right after it the figure of its amount.
 */
const ITEM_OPENING = /^\s*(?:(?:[0-9]{1,3}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)])\s*)?(?:[“"][^”"]{2,80}[”"]|[^，,。；;：:“”"0-9０-９]{2,80}?[（(]项[）)])\s*$/;
/** The clause of an outturn: 支出决算为, 决算数为, 决算支出. */
const OUTTURN = /^(?:支出决算|决算支出|决算数|決算數|支出決算)(?:数|數)?(?:为|為|是)?$/;

/**
 * “社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）”257.14万元，主要用于：…。年初预算为
 * 274.82万元，支出决算为245.53万元，完成年初预算的93.57% (heldout184/jsgk-shiquan-03); 1、一般公共服务支出（类）…（项）39.99
 * 万元。…支出决算为39.99万元 (heldout184/jsgk-yichuan-02): a final-accounts report gives each item of its spending a
 * paragraph that opens with the item and the amount spent on it, then its budget and its outturn; the outturn (the one
 * figure of the paragraph named 支出决算, 决算数) is that amount stated again, and the two must be one.
 */
export function itemOutturns(groups: readonly ParagraphFigures[]): Relation[] {
  const out: Relation[] = [];
  for (const { para, figures } of groups) {
    // (an item's paragraph names its outturn: a cheap test of its words first)
    if (figures.length < 2 || !/决算|決算/.test(para.prose)) continue;
    const first = figures[0]!;
    if (!exact(first) || !ITEM_OPENING.test(wordsOf(first, para.offset, first.offset))) continue;
    const outturns = figures.filter((f: Figure) => f !== first && OUTTURN.test(wordsOf(f, f.clause.offset, f.offset).replace(/\s/g, '')));
    const later = outturns.length === 1 ? outturns[0]! : undefined;
    if (!later || !exact(later) || later.unit.kind !== first.unit.kind || !compatible(later.unit, first.unit)) continue;
    const r = restated(later, first, { marker: '条目' });
    if (r) out.push(r);
  }
  return out;
}
