// Relations between figures, each with its arithmetic: a total and its parts (sums.ts), a percentage and the
// figures it comes from (shares.ts and the families it reads with: shares, rates, shares of one whole; changes.ts:
// growth, 个百分点), one measure stated twice (restatements.ts). A relation is built only from figures read with
// certainty; anything ambiguous (which total a part belongs to, which base a rate has) builds nothing and stays silent.

import type { Draft } from '../../parse';
import type { ParagraphFigures } from '../extract';
import { Lookups, paragraphRelations } from './cache';
import { changes } from './changes';
import { comparedBracketChanges } from './comparedBrackets';
import { averagePrices, dailyAverages } from './unitAverages';
import { amountsEach } from './amountsEach';
import { impliedComparands } from './impliedComparands';
import { perPeople } from './indicators';
import type { NameIndex } from './names';
import { paragraphOf, percentKinds } from './paragraph';
import {
  averagesPerCounted,
  averagesPerHead,
  averagesPerStudent,
  perHeadOfStated,
  debtRatiosByDefinition,
  growthBreadths,
  ratesOfNamedLists,
  ratesOfThePlanInTheirWords,
  ratesOfDueAndDone,
  ratesOfTheirVerb,
  ratesOverTheirGroup,
  ratesOfTheirBracket,
  ratesOverTheProjectsBefore,
  ratesOfTheProjectsNamedBefore,
  salesRatios,
  incomeRatios,
  studentTeacherRatios,
  sharesOfTheVerbsTotal,
  waterLossRates,
  insurancePayoutRates,
} from './ratios';
import type { Relation } from './relation';
import { heldOverABracketPart, heldOverAnotherBase } from './otherBases';
import { restatements, type StatementMemo } from './restatements';
import { scheduleGaps } from './schedule';
import { sharesAndRates } from './shares';
import { sharedPartsToTheRest, sums, sumsOfShares } from './sums';
import { multipleGrowths, yearlyGrowths } from './yearlyGrowth';

export type { KeptRelations, PlacedRelations } from './cache';
export { NameIndex } from './names';
export { StatementMemo } from './restatements';
export { ROLE_NAMES, type Relation, type RelationKind, type Role } from './relation';
export { difference, formatValue, renderComputed, renderExpr, renderReading, type Reading } from './arithmetic';
export { PARAGRAPHS_MARKER } from './sumParagraphs';
export { SAT_ON_BOTH_MARKER } from './totals';
export { EXCESS_OVER_TASK } from './rates';
export { MULTIPLIER_SLIP } from './multiplierSlips';
export { TOP_UP_MARKER } from './partsApart';
export { IMPLIED_GROWTH } from './impliedComparands';

/**
 * Every relation of a draft. Sums, shares, rates and changes stand within a sentence or a period, so within one
 * paragraph: those of a paragraph whose text is unchanged since the last check are kept (cache.ts), as long as
 * the figures it looked up elsewhere in the draft are the same. Restatements compare the whole draft and are
 * found again every time.
 */
export function relationsOf(draft: Draft, groups: readonly ParagraphFigures[], names: NameIndex, statements: StatementMemo): Relation[] {
  const figures = groups.flatMap((g) => g.figures);
  const lookups = new Lookups(names, groups, figures);
  const found = paragraphRelations(groups, lookups, (group) => {
    const par = paragraphOf(draft, group, lookups);
    const kinds = percentKinds(par);
    const found = [
      ...sums(par),
      ...sharesAndRates(par, kinds),
      ...changes(par, kinds),
      ...studentTeacherRatios(par),
      ...salesRatios(par),
      ...incomeRatios(par),
      ...averagesPerHead(par),
      ...averagesPerCounted(par),
      ...averagesPerStudent(par),
      ...perHeadOfStated(par),
      ...perPeople(par),
      ...dailyAverages(par),
      ...averagePrices(par),
      ...amountsEach(par),
      ...ratesOfNamedLists(par),
      ...growthBreadths(par),
      ...yearlyGrowths(par),
      ...multipleGrowths(par),
    ];
    // (a rate of handling is read only when no reading above took it)
    const read = new Set(found.map((r) => r.anchor));
    for (const rate of ratesOfTheirVerb(par, read)) {
      found.push(rate);
      read.add(rate.anchor);
    }
    for (const rate of ratesOfDueAndDone(par, read)) {
      found.push(rate);
      read.add(rate.anchor);
    }
    found.push(
      ...ratesOverTheirGroup(par, read),
      ...ratesOfTheirBracket(par, read),
      ...ratesOverTheProjectsBefore(par, read),
      ...ratesOfTheProjectsNamedBefore(par, read),
      ...ratesOfThePlanInTheirWords(par, read),
      ...debtRatiosByDefinition(par, read),
      ...waterLossRates(par, read),
      ...insurancePayoutRates(par, read),
      ...sharesOfTheVerbsTotal(par, read),
      ...scheduleGaps(par, read),
      ...comparedBracketChanges(par, read),
    );
    heldOverABracketPart(found);
    heldOverAnotherBase(par, found);
    const ofShares = sumsOfShares(found, par);
    return [...found, ...ofShares, ...sharedPartsToTheRest(par, [...found, ...ofShares])];
  });
  return [...found, ...impliedComparands(draft, figures, new Set(found.map((r) => r.anchor))), ...restatements(groups, statements, draft.lines[0]?.prose, draft.lines, lookups.timeFrame)];
}
