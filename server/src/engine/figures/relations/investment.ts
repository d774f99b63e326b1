// Rates of money put into a group of projects, whose count and amount both carry the rate's stem: 上报市的40个项目中，…；
// 已入资项目34个，共计入资21.66亿元，入资率21.16%. The count is of the 40 projects; the amount is of their total
// investment, stated where the 40 were first counted (全区共上报市入统招商项目40个，总投资100.2亿元). Either reading will do.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, known } from './arithmetic';
import { uniqueValue } from './cache';
import { textBetween, type Paragraph } from './paragraph';
import { quotientOver, relationAmong, type Relation } from './relation';
import { GROUP_OF_PROJECTS, TOTAL_INVESTMENT } from './vocabulary';

/**
 * A rate whose numerators are a count of projects and then an amount (已入资项目34个，共计入资21.66亿元): the count over
 * the group its period opens with (上报市的40个项目中), the amount over that group's total investment stated before.
 * Nothing when the period names no group, or the group's investment is not stated once.
 */
export function rateOfTheGroupsInvestment(par: Paragraph, p: Figure, stem: string, numerators: readonly Figure[]): Relation | undefined {
  if (numerators.length !== 2 || !exact(p)) return undefined;
  const [count, amount] = numerators as [Figure, Figure];
  if (count.unit.kind !== 'count' || amount.unit.kind !== 'money' || amount.offset < count.offset || !exact(count) || !exact(amount)) return undefined;
  const group = groupOpening(par, p, count);
  const investment = group && investmentOf(par, group, amount);
  if (!group || !investment) return undefined;
  return relationAmong(
    'rate',
    p,
    [
      {
        cast: [
          [p, 'percent'],
          [count, 'numerator'],
          [group, 'denominator'],
        ],
        reading: quotientOver(p, count, { figure: group }),
      },
      {
        cast: [
          [p, 'percent'],
          [amount, 'numerator'],
          [investment, 'denominator'],
        ],
        reading: quotientOver(p, amount, { figure: investment }),
      },
    ],
    { word: `${stem}率` },
  );
}

/**
 * The count of projects the rate's period opens with (上报市的40个项目中，…；已入资项目34个: up to 。, past the ；),
 * before the counted numerator, no smaller.
 */
function groupOpening(par: Paragraph, p: Figure, count: Figure): Figure | undefined {
  const groups = (par.periods.get(p.period) ?? []).filter(
    (f) =>
      f.offset < count.offset &&
      compatible(f.unit, count.unit) &&
      exact(f) &&
      known(f) &&
      f.normalized >= count.normalized! &&
      GROUP_OF_PROJECTS.test(textBetween(par.draft, f.endOffset, f.endOffset + 4)),
  );
  return groups.length === 1 ? groups[0] : undefined;
}

/**
 * The total investment (总投资) of a group of projects, stated right after an earlier count of the same number of
 * projects (全区共上报市入统招商项目40个，总投资100.2亿元), in its paragraph or the ones just before; of one value.
 */
function investmentOf(par: Paragraph, group: Figure, amount: Figure): Figure | undefined {
  const around = [...par.lookups.earlier(), ...par.figures].filter((f) => f.offset < group.offset);
  const found = around.filter((f, k) => {
    const count = around[k - 1];
    return (
      !!count &&
      count.normalized === group.normalized &&
      compatible(count.unit, group.unit) &&
      count.sentence.offset === f.sentence.offset &&
      TOTAL_INVESTMENT.test(f.measure) &&
      compatible(f.unit, amount.unit) &&
      exact(f) &&
      known(f) &&
      f.normalized > amount.normalized!
    );
  });
  return uniqueValue(found);
}
