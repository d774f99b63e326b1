// Readings of the ways a list of parts is not what it looks like (round 50, post50a): titles that leave out the staff
// below them, a part's main destination after it, a second split opened by a colon, a list of the first of two totals
// named together, and a whole cost beside a year's investment.

import type { Figure } from '../extract';
import { addsUpExactly } from './totals';
import type { Breakdown } from './breakdowns';
import { bareMeasure, proseOf, textBetween, type Paragraph } from './paragraph';
import { compatible } from '../units';
import { suffixLength } from './names';
import { withRole, type Relation } from './relation';

/**
 * 科技人员31人（高级工程师5人，工程师6人，助理工程师9人） (heldout181/jianzhu-lianyungang-02): parts named by the grades of
 * one series of professional titles (高级工程师, 工程师, 助理工程师; 高级会计师, 会计师, 助理会计师), none by its bottom grade
 * (技术员, 会计员, 初级), count those of the staff holding those titles: the bottom grade and those of no title are left
 * out, so they need not be all of the staff. With the bottom grade named (高级工程师1人、工程师6人、助理工程师22人、技术员13人)
 * the grades may well be all of them.
 */
export function titleGradesAboveTheBottom(parts: readonly Figure[]): boolean {
  if (parts.length < 2) return false;
  const series = parts.map((p) => TITLE_GRADE.exec(bareMeasure(p).replace(/^有/, ''))?.[1]);
  return series.every((s) => s !== undefined && s === series[0]);
}

/** A title of a grade of one series: 高级工程师, 工程师, 助理工程师, 副高级会计师 (group 1 the series' title). */
const TITLE_GRADE = /^(?:正高级|副高级|高级|助理)?(工程师|会计师|经济师|统计师|审计师|农艺师|畜牧师|兽医师|实验师|馆员|编辑|记者)$/;

/**
 * 共有415.9万吨，其中内贸为283万吨，主要流向上海，达216万吨，温州次之 (heldout181/kouan-lianyungang-06): a figure after a part
 * whose words name where the part mainly goes or comes from (主要流向, 主要来自, 大多运往) is the share of that part going
 * there, within it, not one more part of the total.
 */
export function destinationOfThePartBefore(draft: Paragraph['draft'], previous: Figure, f: Figure): boolean {
  return DESTINATION.test(textBetween(draft, previous.endOffset, f.offset));
}

/** 主要流向上海，达 / 大部分运往日本，计 / 主要来自美国 between a part and a figure. */
const DESTINATION = /^[，,](?:主要|大部分|大多|多数)(?:流向|流往|运往|销往|发往|输往|来自|来源于|产自)[\u4e00-\u9fff]{1,12}[，,]?(?:达|为|计|共|约)?$/;

/**
 * 全市公众电报交换量125.59万份，其中出口62.13万份，进口63.46万份：市区69.19万份，赣榆22.86万份 (heldout182/dianxin-lianyungang-01):
 * a colon right after a part opens another list (the same whole, or the last part, split again by place); the total's
 * parts end before it. (Not a colon of a nested 其中： inside a part's clause: 第二产业增加值7.02亿元，…，其中：工业…；第三产业….)
 */
export function partsBeforeAColon(par: Paragraph, b: Breakdown): Breakdown {
  const k = b.parts.findIndex((p, i) => i >= 2 && /^[：:]/.test(textBetween(par.draft, b.parts[i - 1]!.endOffset, p.offset)));
  if (k < 2) return b;
  return { ...b, parts: b.parts.slice(0, k), segments: b.segments.slice(0, k) };
}

/**
 * 大会选出30名市委委员和8名候补委员。其中，有军代表15人…；群众代表7人…；地方干部8人 (heldout182/dangjian-lianyungang-03): after
 * two totals named together (A和B), a list that exceeds the nearer one and makes the first exactly is the first's. The
 * breakdown with that total; the same breakdown otherwise.
 */
export function listOfTheFirstOfAPair(par: Paragraph, b: Breakdown, used: ReadonlySet<Figure>): Breakdown {
  const { total, parts } = b;
  const first = par.figures[par.figures.indexOf(total) - 1];
  if (!first || used.has(first) || b.marker !== '其中' || first.relational || first.bracket || !compatible(first.unit, total.unit) || first.sentence.offset !== total.sentence.offset) return b;
  if (!PAIRED.test(textBetween(par.draft, first.endOffset, total.offset))) return b;
  if (total.normalized === undefined || parts.some((p) => p.normalized === undefined)) return b;
  const sum = parts.reduce((s, p) => s + p.normalized!, 0);
  if (sum <= total.normalized || !addsUpExactly(first, parts)) return b;
  return { ...b, total: first };
}

/** The words between two totals named together: 名市委委员和, 个项目及. */
const PAIRED = /^[\u4e00-\u9fff]{0,10}[和及与][\u4e00-\u9fff]{0,2}$/;

/**
 * 在建一批项目954个，年度计划投资671.4亿元，其中今年新增在建一批项目415个，总投资738.4亿元 (heldout183/zdxm-xinzhou-01): the
 * whole cost of projects (总投资, 计划总投资) is another measure than the investment planned for a year (年度计划投资): it
 * is no part of it, and may well exceed it.
 */
export function wholeCostUnderAYearsInvestment(r: Relation): boolean {
  const total = withRole(r, 'total');
  return r.kind === 'sum' && !!total && YEARS_INVESTMENT.test(bareMeasure(total)) && r.figures.some((p, k) => r.roles[k] === 'part' && WHOLE_COST.test(bareMeasure(p)));
}

/** The investment planned for a year: 年度计划投资, 本年度计划投资 (not 总投资, nor 完成投资, which may count projects whole). */
const YEARS_INVESTMENT = /^(?!.*总投资)[\u4e00-\u9fff]{0,6}(?:年度|本年度?|今年|当年|全年)计划投资(?:额)?$/;
/** The whole cost of a project: 总投资, 计划总投资, 概算总投资. */
const WHOLE_COST = /^(?:计划|概算|项目)?总投资(?:额)?$/;

/** The marker of a total after a top-up: the amount first set and what was added to it (rules/number-sum.ts words it). */
export const TOP_UP_MARKER = '追加后合计';

/**
 * 下达设计任务书，总投资609.12万元。…这项工程追加工程费51.4万元，合计国家投资685.52万元 (heldout181/dianli-lianyungang-03): a
 * total (合计, 共计) right after a top-up (追加, 追补) adds the top-up to the amount first set, the last earlier figure of
 * the paragraph named by the total's measure (投资 of 国家投资 and 总投资). The total, the amount first set and the top-up.
 */
export function topUpOfAnEarlierAmount(par: Paragraph, used: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  // (most paragraphs tell of no top-up: passed over on the paragraph's text, as this runs on every keystroke)
  if (!proseOf(par).includes('追')) return out;
  const { draft, figures } = par;
  for (let i = 1; i < figures.length; i++) {
    const [added, total] = [figures[i - 1]!, figures[i]!];
    if (used.has(total) || used.has(added) || !compatible(added.unit, total.unit) || added.relational || total.relational || added.bracket || total.bracket) continue;
    if (!TOPPED_UP.test(textBetween(draft, added.clause.offset, added.offset))) continue;
    const named = TOTAL_AFTER_TOP_UP.exec(textBetween(draft, added.endOffset, total.offset))?.[1];
    if (!named) continue;
    const first = figures
      .slice(0, i - 1)
      .reverse()
      .find((f) => !f.relational && !f.bracket && compatible(f.unit, total.unit) && suffixLength(bareMeasure(f), named) >= 2);
    if (!first || used.has(first)) continue;
    out.push({ total, parts: [first, added] });
  }
  return out;
}

/** A clause opened by a top-up: 追加工程费, 工程追加投资, 又追加 (the words before the figure). */
const TOPPED_UP = /(?:^|[^不未])(?:追加|追补|追增)[\u4e00-\u9fff]{0,8}$/;
/** A total right after the top-up: ，合计国家投资 (group 1 what it totals). */
const TOTAL_AFTER_TOP_UP = /^[，,](?:合计|共计|总计)(?:为)?([\u4e00-\u9fff]{2,8})$/;
