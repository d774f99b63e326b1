// A budget and its outturn stated one right after the other: 批准的全市2025年一般公共预算收入为53.03亿元，实际完成53.68亿元;
// 社会保险基金收入预算合计158.5亿元，实际完成202.6亿元. The first figure is the budget the congress approved, the second
// what came in (or went out): the outturn is the measure the budget's words name, the budget is set, not an outturn.
// Read once per paragraph, where figures are read (extract.ts `paraFigures`): the budget is marked `budget: 'set'`
// and takes the modality 预算 in its scope, as a plan or target does (计划, 目标), so that no family takes it for a
// level of the measure; the outturn is marked `budget: 'outturn'` and takes the name the budget's words give it.

import type { Figure } from '../extract';
import { simplified } from '../../text';

/** A measure that names a budget of income or spending (全市一般公共收入预算合计, 社会保险基金支出预算), not its outturn. */
export const BUDGET_NAMED = /(?:收入|支出)预算(?:合计|总额|总计|数)?$/;

/** The modality a budget followed by its outturn takes in its scope (`scopeOf` gives plans 计划, targets 目标). */
export const BUDGET_SCOPE = '预算';

/** The words between a budget and its outturn, asides in brackets left out: ，实际完成 (，实际执行, ，实际完成收入). */
const THEN_ACTUAL = /^[，,]实际(?:完成|执行)(?:收入|支出)?(?:数)?(?:为)?$/;

/** Asides in brackets: 43.12亿元（其中：开发区0.79亿元），实际完成57.80亿元. */
const ASIDES = /（[^（）]*）|\([^()]*\)/g;

/** The words of approval before a budget's name: 市十七届人民代表大会第四次会议批准的 (cut to 次会议批准的 in the measure). */
const APPROVED_BY = /^.*(?:批准的|调整后的?)/;

/**
 * The words of a budget after the name of the income or spending it is of: 收入预算, 收入年初预算合计, 支出预算调整,
 * 收入预算数 (the name the outturn keeps: 收入, 支出).
 */
const BUDGET_WORDS = /(收入|支出)(?:年初|调整)?预算(?:调整)?(?:合计|总额|总计|数)?$/;

/**
 * The budgets and outturns of one paragraph's figures (offsets relative to the paragraph, `text` its prose): a figure
 * followed, in its sentence and out of brackets, by one of its kind after ，实际完成 is a budget and that one its outturn.
 * `clean` is the reading's own cleaning of a measure's words (全市 and the like at its head left out).
 * The outturn is named by the budget's words without the approval and budget words (批准的全市一般公共预算收入 →
 * 一般公共预算收入, 社会保险基金收入预算 → 社会保险基金收入), and a spending budget named 支出预算 alone by the income
 * outturn's name before it in the paragraph (一般公共预算收入 … 支出预算 → 一般公共预算支出); a budget whose words name
 * no income or spending (全年任务为25万亩，实际完成25.25万亩) leaves its outturn's name as read.
 */
export function readBudgetsAndOutturns(figures: readonly Figure[], text: string, clean: (words: string) => string): void {
  if (text.includes('经汇总')) summedBudgets(figures, text);
  // the cheap exit: no 实际 in the paragraph, no outturn (nor 调整, no adjusted budget for one to open a sentence after)
  if (!text.includes('实际') && !text.includes('调整')) return;
  const context = { income: '' };
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.bracket || f.relational || f.unit.kind === 'percent' || f.budget) continue;
    let g: Figure | undefined;
    for (let j = i + 1; j < figures.length && figures[j]!.sentence.offset === f.sentence.offset; j++) {
      if (!figures[j]!.bracket) {
        g = figures[j];
        break;
      }
    }
    if (g && g.unit.kind === f.unit.kind && !g.relational && THEN_ACTUAL.test(text.slice(f.endOffset, g.offset).replace(ASIDES, '').replace(/\s/g, ''))) {
      mark(f, g, '', context, clean);
      continue;
    }
    // 支出预算调整为79.4亿元（其中：开发区9.8亿元）。实际完成74.2亿元（heldout161/yszx-zhumadian-01）: the outturn opening the
    // sentence after the budget's, the budget the last level of that sentence, named a budget by its words
    const opening = outturnOpening(figures, i, text);
    if (opening) mark(opening.budget, f, opening.name, context, clean);
  }
}

/** A sentence ending in the approval of the budgets of the levels below, then one opening with 经汇总. */
const APPROVED_BEFORE = /批准了?(?:本级|各级)?预算。$/;
const SUMMED_OPENING = /^经汇总[，,]/;

/**
 * 各县（市、区）人民代表大会相继批准了本级预算。经汇总，2025年全市一般公共预算收入为335.79亿元，一般公共预算支出为647.05
 * 亿元 (heldout165/yszx-lvliang-02): the figures of a sentence summing the budgets just approved are budgets, set, not the
 * outturns the report states later under the same names (收入完成278.26亿元).
 */
function summedBudgets(figures: readonly Figure[], text: string): void {
  for (const f of figures) {
    if (f.bracket || f.relational || f.unit.kind === 'percent' || f.budget) continue;
    if (!SUMMED_OPENING.test(text.slice(f.sentence.offset, f.offset))) continue;
    if (!APPROVED_BEFORE.test(text.slice(Math.max(0, f.sentence.offset - 30), f.sentence.offset).replace(/\s/g, ''))) continue;
    f.budget = 'set';
    f.scope = f.scope ? `${f.scope}·${BUDGET_SCOPE}` : BUDGET_SCOPE;
  }
}

/**
 * The words opening a sentence before its outturn: 实际完成 (实际执行, and the outturn's own name before them:
 * 一般公共预算支出实际完成54.45亿元, heldout161/jsbg-fuxin-02).
 */
const OPENS_WITH_ACTUAL = /^([\u4e00-\u9fff]{0,12}?)实际(?:完成|执行)(?:数)?(?:为)?$/;

/** Words saying a figure opening its sentence is an outturn, after an adjusted budget: 完成, 执行 (收入完成500500万元). */
const OUTTURN_WORDS = /完成|执行/;

/** A budget, named so: 支出预算调整, 调整后的支出预算, 预算调整 (its words, not a plan's: 计划投资). */
const NAMED_BUDGET = /预算/;

/** The clause of an adjusted budget up to its figure: 调整后的支出预算为, 预算调整为, 批准调整全县一般公共预算收入为. */
const ADJUSTED_TO = /调整(?:后的?)?[\u4e00-\u9fff]{0,16}?为$/;

/**
 * The figure at i when it opens its sentence as an outturn after a budget, the last level of the sentence before it in
 * the paragraph (no change, no bracket), of its kind: that budget, and the outturn's own name written before 实际 (or
 * ''). The outturn opens with 实际完成 after a budget named so; or, after a budget its clause says was adjusted
 * (调整后的支出预算为, 预算调整为: heldout99/sjbg-mashan-01, 县人大常委会审查批准调整全县一般公共预算收入为509990万元。2023年
 * 全县一般公共预算收入完成509990万元, heldout13/yszx-renshou-01), with 完成 or 执行 and no 其中 before it: such an outturn
 * names itself, its name is kept (name undefined).
 */
function outturnOpening(figures: readonly Figure[], i: number, text: string): { budget: Figure; name: string | undefined } | undefined {
  const g = figures[i]!;
  const previous = figures[i - 1];
  if (!previous || previous.sentence.offset === g.sentence.offset) return undefined;
  const opening = text.slice(g.sentence.offset, g.offset).replace(/\s/g, '');
  const head = OPENS_WITH_ACTUAL.exec(opening);
  if (!head && (!OUTTURN_WORDS.test(opening) || opening.includes('其中'))) return undefined;
  let budget: Figure | undefined;
  for (let j = i - 1; j >= 0 && figures[j]!.sentence.offset === previous.sentence.offset; j--) {
    const f = figures[j]!;
    if (f.bracket || f.relational || f.unit.kind === 'percent') continue;
    budget = f;
    break;
  }
  if (!budget || budget.budget || budget.range || budget.unit.kind !== g.unit.kind) return undefined;
  const clause = text.slice(budget.clause.offset, budget.offset).replace(/\s/g, '');
  const adjusted = clause.includes('预算') && ADJUSTED_TO.test(clause);
  if (!(head ? adjusted || NAMED_BUDGET.test(simplified(budget.measure)) : adjusted)) return undefined;
  // (not a budget of income for an outturn of spending, nor the other way: 一般公共预算收入年初预算安排…，预算调整为30000万元。
  // 一般公共预算支出实际完成27000万元 — the budget's sentence up to it names what it is a budget of)
  const named = text.slice(budget.sentence.offset, budget.offset);
  if ((/收入/.test(named) && /支出/.test(opening)) || (/支出/.test(named) && /收入/.test(opening))) return undefined;
  return { budget, name: head ? head[1]! : undefined };
}

/**
 * Marks f the budget and g its outturn, and names the outturn: by its own words before 实际 when they name an income
 * or spending (`own`), else by the budget's; an outturn that names itself (`own` undefined) keeps its name.
 */
function mark(f: Figure, g: Figure, own: string | undefined, context: { income: string }, clean: (words: string) => string): void {
  f.budget = 'set';
  g.budget = 'outturn';
  const words = simplified(f.measure).replace(APPROVED_BY, '');
  // (a plan or task so followed, 全年任务为25万亩，实际完成25.25万亩, is set too, its scope says so already: 任务, 计划)
  if (NAMED_BUDGET.test(words) || /(?:收入|支出)$/.test(words)) f.scope = f.scope ? `${f.scope}·${BUDGET_SCOPE}` : BUDGET_SCOPE;
  if (own === undefined) return;
  const budgetWords = BUDGET_WORDS.exec(words);
  let name = /(?:收入|支出)$/.test(own) ? own : budgetWords ? words.slice(0, budgetWords.index) + budgetWords[1]! : /(?:收入|支出)$/.test(words) ? words : '';
  if (name === '支出' && /收入$/.test(context.income)) name = context.income.replace(/收入$/, '支出');
  name = name ? clean(name) : '';
  if (!/(?:收入|支出)$/.test(name) || name.length < 4) return;
  if (/收入$/.test(name)) context.income = name;
  g.measure = name;
  // the outturn is no part of its budget (市级一般公共收入预算36.3亿元（其中：开发区4.6亿元），实际完成37.9亿元: the 其中 in
  // the budget's brackets opens no list the outturn is in)
  if (g.partOf !== undefined && g.partOf === f.measure) delete g.partOf;
  // a budget keyed by its entity or its whole keeps that key for its outturn; otherwise the name alone
  if (f.keyedBy === 'entity' || f.keyedBy === 'part') {
    g.key = `${f.key.slice(0, f.key.lastIndexOf('·'))}·${name}`;
    g.keyedBy = f.keyedBy;
  } else {
    g.key = name;
    delete g.keyedBy;
  }
}

/** The words right after a budget saying it is the one approved or filed: ，与备案预算一致 (，与年初预算相同). */
const BUDGET_AGREED = /^[，,]与[\u4e00-\u9fff]{0,8}预算数?(?:一致|相同|相符)/;

/** A figure the words right after it call the budget: 一般公共预算收入为277800万元，与备案预算一致. */
export function agreedBudget(f: Figure): boolean {
  const after = f.para.prose.slice(f.endOffset - f.para.offset, f.sentence.endOffset - f.para.offset);
  return BUDGET_AGREED.test(simplified(after).replace(/\s/g, ''));
}
