// A whole and its part after 其中 of one value (the other parts nil), each with a figure of its own beside it in the
// same words: two figures of two measures, not one phrase written twice. restatements.ts (sameNeighbourRestatements)
// asks here before it compares two figures by the figure next to them.

import type { Figure } from '../extract';
import { meet, wholeBeforeQiZhong } from './scopes';

/**
 * “三公”经费…支出决算为16.95万元，完成预算的80.71%，其中：…公务用车购置及运行维护费支出决算为16.95万元，完成预算的82.68%
 * (heldout184/jsgk-shengtai-02): when the parts after 其中 but one are nil, that one part has the whole’s value, and the
 * words after each (完成预算的) give each its own completion, against its own budget. Two figures read by the same
 * neighbour are no restatement when one neighbour is a part after 其中 of the other (its whole before that 其中, as
 * `wholeBeforeQiZhong` reads it), the two of one value.
 */
export function partBesideItsWhole(a: Figure, b: Figure, byParagraph: ReadonlyMap<number, readonly Figure[]>): boolean {
  if (!meet(a, b) || a.para.offset !== b.para.offset) return false;
  return wholeBeforeQiZhong(a, byParagraph) === b || wholeBeforeQiZhong(b, byParagraph) === a;
}

/** The neighbour of the figure at `index` on its `side` among its paragraph's figures (undefined past either end). */
export function neighbourAt(figures: readonly Figure[], index: number, side: 'before' | 'after'): Figure | undefined {
  return figures[side === 'before' ? index - 1 : index + 1];
}
