// A clause of 的 before a measure that names the things it counts (由中小企业供应商中标或成交的，采购金额…): two
// statements of the measure under two such clauses are of two sets of things. restatements.ts (statedTwice) asks here
// before it compares two statements of a measure.

import type { Figure } from '../extract';
import { wordsOf } from './scopes';

/** The clauses of a sentence before its figure's clause, ending in a clause of 的 (…成交的，): no figure in them. */
const ENDS_IN_DE_CLAUSE = /^[^0-9０-９]{2,60}的[，,]\s*$/;

/** The words of a figure's sentence before its clause when they end in a clause of 的, without spaces; '' otherwise. */
function qualifyingWords(f: Figure): string {
  const words = wordsOf(f, f.sentence.offset, f.clause.offset);
  return ENDS_IN_DE_CLAUSE.test(words) ? words.replace(/\s/g, '') : '';
}

/**
 * 在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额0.00万元；在其他政府采购项目中，由中小企业供应商
 * 中标或成交的，采购金额0.00万元 after 在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额1771.11万元
 * (heldout184/jsgk-yichuan-06): a clause of 的 right before a measure’s clause (由…成交的) names the things measured, a
 * subset of the whole the measure would name alone; two statements whose sentences qualify them so with other words
 * (who won, in which projects) measure two subsets.
 */
export function underOtherQualifyingClauses(f: Figure, g: Figure): boolean {
  const [a, b] = [qualifyingWords(f), qualifyingWords(g)];
  return a !== '' && b !== '' && a !== b;
}
