// A share of a part of a part: 制造业投资占工业投资79.6%，占全部投资的25.6% says how much of all the investment 工业投资
// is, 25.6 ÷ 79.6 = 32.2%; 工业 is a part of 第二产业 (第二产业 = 工业 + 建筑业), so that is no more than the share the
// text gives 第二产业投资 (第二产业完成投资…，占全部投资的比重为31.6%). The two shares of one item and the industry's share
// cannot all be right when it is more.

import type { Figure } from '../extract';
import { exact, judge } from './arithmetic';
import { plainHead, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** What the quotient of the two shares is, and why it is bounded: the words of the finding. */
const INDUSTRY_OF_ALL = '工业投资占全部投资的比重（工业属于第二产业，不应超过第二产业投资的比重）';

/** The words of a share of 工业投资 (占工业投资79.6%). */
const OF_INDUSTRY_INVESTMENT = /^占工业投资(?:额|总额)?的?(?:比重)?(?:为|达)?$/;
/** The words of a share of all the investment (占全部投资额的25.6%, 占全部完成投资43.6%, 占全部投资的比重为31.6%). */
const OF_ALL_INVESTMENT = /^占全部(?:完成)?投资(?:额|总额)?的?(?:比重)?(?:为|达)?$/;
/** The item a 第二产业 share is stated for (第二产业完成投资同比增长16.6%，占…): its words open the item. */
const SECOND_INDUSTRY_ITEM = /^第二产业(?:完成)?投资/;

/**
 * Each item's share of 工业投资 followed in its clause run by its share of all the investment, against the one share of
 * all the investment the text gives 第二产业 (in the paragraph or the ones before it).
 */
export function sharesWithinTheSecondIndustry(par: Paragraph): Relation[] {
  const out: Relation[] = [];
  for (const [k, ofIndustry] of par.percents.entries()) {
    const ofAll = par.percents[k + 1];
    if (!ofAll || !OF_INDUSTRY_INVESTMENT.test(plainHead(par.draft, ofIndustry)) || !OF_ALL_INVESTMENT.test(plainHead(par.draft, ofAll))) continue;
    // (the two shares of one item, one clause after the other)
    if (!/^[，,]$/.test(textBetween(par.draft, ofIndustry.endOffset, ofAll.clause.offset).trim())) continue;
    const second = secondIndustryShare(par);
    if (!second || ![ofIndustry, ofAll, second].every(exact)) continue;
    const r = relation(
      'share',
      ofAll,
      [
        [ofAll, 'numerator'],
        [ofIndustry, 'denominator'],
        [second, 'percent'],
      ],
      [judge({ op: 'percent', args: [{ figure: ofAll }, { figure: ofIndustry }] }, { figure: second }, { compare: '<=', unit: 'percent' })],
      { word: INDUSTRY_OF_ALL },
    );
    if (r) out.push(r);
  }
  return out;
}

/** The one share of all the investment stated for 第二产业 in the paragraph or the ones before it. */
function secondIndustryShare(par: Paragraph): Figure | undefined {
  const found = [...par.lookups.earlier(), ...par.figures].filter((q) => q.unit.kind === 'percent' && OF_ALL_INVESTMENT.test(plainHead(par.draft, q)) && SECOND_INDUSTRY_ITEM.test(itemOf(par, q)));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The words of a figure's item: from the last industry named at the start of a clause before it (第一产业…，第二产业完成投资
 * 同比增长130.8%，占全部投资的比重为62%: the items of the industries, parted by commas or semicolons).
 */
function itemOf(par: Paragraph, q: Figure): string {
  const before = textBetween(par.draft, q.sentence.offset, q.offset).replace(/\s/g, '');
  const starts = [...before.matchAll(/(?:^|[，,；;：:])(?=第[一二三]产业)/g)];
  const last = starts[starts.length - 1];
  return last ? before.slice(last.index + last[0].length) : '';
}
