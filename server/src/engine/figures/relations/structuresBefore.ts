// A structure of the three industries written as where it came from (由7.3:53.5:39.2调整为7.0:53.7:39.3): last year's,
// not over this year's values added. industries.ts (`structures`) asks here of each structure before it reads its terms
// as shares, before the values are compared.

import type { Figure } from '../extract';
import { textBetween, type Paragraph } from './paragraph';

/** 由 right before a structure's first term: where the structure came from. */
const FROM_BEFORE = /由\s*$/;
/** A verb of change right after the structure's last term: 调整为, 变为, 优化为. */
const CHANGED_AFTER = /^\s*(?:调整|調整|变化|變化|优化|優化|转变|轉變|变|變)(?:为|為|到|至)/;

/**
 * 三次产业比例由7.3:53.5:39.2调整为7.0:53.7:39.3 (heldout188/tjgb-wucheng-01): a structure after 由 and before 调整为 (变为,
 * 优化为) is the one it was changed from, the year before’s; its terms are over last year’s values added, which the report
 * does not state, not this year’s: its terms are read as no shares of this year’s values, whatever the values (their sum,
 * 100, is still checked).
 */
export function structureBefore(par: Paragraph, run: readonly Figure[]): boolean {
  const [first, last] = [run[0], run[run.length - 1]];
  return !!first && !!last && FROM_BEFORE.test(textBetween(par.draft, first.clause.offset, first.offset)) && CHANGED_AFTER.test(textBetween(par.draft, last.endOffset, last.endOffset + 6));
}
