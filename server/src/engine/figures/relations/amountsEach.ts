// Amounts each and their totals: a count, the amount each of them gets or yields (每人1500元, 按每亩5000元计算, 补贴标准
// 为20元/亩) and the total stated right after them (共计4.05万元, 合计增加150万元): the amount each is the total over the
// count (资助27人，每人1500元，共计4.05万元: 40500 ÷ 27 = 1500).

import type { Figure } from '../extract';
import { plainWords } from '../../text';
import { exact, judge } from './arithmetic';
import { proseOf, sentenceOf, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** What an amount is each of: 每 and a measure word (每人, 每名, 每户, 每亩, 每头, 每斤, 每眼). */
const EACH = '人|名|户|戶|亩|头|頭|只|羽|斤|公斤|吨|噸|眼|口|株|张|張';
/** The 繁體 measure words the text helpers leave as written. */
const SIMPLE: Readonly<Record<string, string>> = { 戶: '户', 頭: '头', 噸: '吨', 張: '张' };
const simple = (w: string): string => SIMPLE[w] ?? w;
/** 每人, 按每亩, 每名助学金, 为每人发放岗位补贴: one 每 in the amount's clause, its measure word, not per a time as well (每人每月). */
const EACH_BEFORE = new RegExp(`^[^每]*每(${EACH})(?!每|月|年|天|日|季|次)[^每0-9]*$`);
/** 20元/亩: the measure word after the amount's unit. */
const EACH_AFTER = new RegExp(`^\\s*/\\s*(${EACH})`);
/** The words of a total after the last comma before it: 共计, 计, 合计增加, 共计总收入, 实现总产值, 总计发放补贴, 共发慰问金. */
const TOTAL = /^[^，,比较0-9]{0,4}(?:共|合计|总计|计|总)[^，,比较0-9]{0,6}$/;
/** Words that give a sentence several values of a kind, or several amounts each: which goes with which is not plain. */
const SEVERAL = /分别|分別/;

/** The people counted in 人 or 名 are either. */
const sameEach = (unit: string, each: string): boolean => simple(unit) === simple(each) || (/^[人名]$/.test(unit) && /^[人名]$/.test(each));

const usable = (f: Figure): boolean => exact(f) && !f.range && !f.ratio && f.unit.kind !== 'percent';

/** A figure stated as a change (增加1500头, 按每亩增加3000元, 合计增加210万元) or a count of what is new (新增挂果面积300亩). */
const change = (f: Figure): boolean => f.inChange || f.relational || /新增/.test(plainWords(f.measure));

/** The measure word an amount is each of, before it in its clause (每人) or after its unit (元/亩). */
function eachOf(par: Paragraph, u: Figure): string | undefined {
  const after = EACH_AFTER.exec(par.draft.prose.slice(u.endOffset, u.endOffset + 4))?.[1];
  if (after) return after;
  return EACH_BEFORE.exec(plainWords(textBetween(par.draft, u.clause.offset, u.offset)))?.[1];
}

/**
 * 2024年残疾中职学生资助27人，每人1500元，共计4.05万元 (canlian-wuhe-01); 产干茶1000斤，每斤450元，共计总收入45万元
 * (chanye-chongyi-01); 按每畝5000元計算，新增掛果面積300畝合計增加150萬元 (shouru-zhen-01): three figures in a row in one
 * sentence, the count and the amount each (either first: the amount each then in a clause 按…计算), the count in the
 * measure word the amount is each of, then the total after words of a total (共, 计, 合计, 总): the amount each is the
 * total over the count. Silent when the amount is per a time as well (每人每月50元: over how many months, the words do
 * not say), when the sentence gives several values (分别), or the figures are not in one bracket.
 */
export function amountsEach(par: Paragraph): Relation[] {
  const prose = proseOf(par);
  if (!prose.includes('每') && !prose.includes('/')) return [];
  const out: Relation[] = [];
  for (const u of par.figures) {
    if (u.unit.kind !== 'money' || !usable(u)) continue;
    const each = eachOf(par, u);
    if (!each) continue;
    const sentence = sentenceOf(par, u);
    if (SEVERAL.test(textBetween(par.draft, u.sentence.offset, u.sentence.endOffset))) continue;
    const k = sentence.indexOf(u);
    // the count right before the amount, one comma between (27人，每人1500元), or right after its clause 按…计算
    const before = sentence[k - 1];
    const after = sentence[k + 1];
    const countBefore = before && /^[^，,；;。！？]*[，,][^，,；;。！？]*$/.test(textBetween(par.draft, before.endOffset, u.offset)) ? before : undefined;
    const countAfter = after && /^(?:计算|計算)[，,][^，,；;。！？0-9]{0,12}$/.test(textBetween(par.draft, u.endOffset, after.offset).replace(/\s/g, '')) ? after : undefined;
    const n = countBefore ?? countAfter;
    if (!n || !usable(n) || !sameEach(plainWords(n.unit.text), each) || n.normalized === 0) continue;
    const t = sentence[sentence.indexOf(n === before ? u : n) + 1];
    if (!t || t.unit.kind !== 'money' || !usable(t) || t.normalized! <= u.normalized!) continue;
    if ([n, t].some((f) => f.bracket?.offset !== u.bracket?.offset)) continue;
    const last = n === before ? u : n;
    const words = plainWords(textBetween(par.draft, last.endOffset, t.offset))
      .split(/[，,]/)
      .pop()!;
    if (!TOTAL.test(words)) continue;
    // (a total of a change is of a count or an amount each stated as one, and only it: 出栏肥猪增加1500头，按每头1000元计算，
    // 合计增加150万元)
    if (change(t) !== (change(n) || change(u))) continue;
    // (其中…一般性慰问对象4名，每名助学金3000元；纾困帮扶对象23名，每名助学金5000元，计12.7万元: after another amount each in
    // its period with no total of its own, the total may be of both groups; not after one with its own total: 兑现4683.9亩，
    // 补贴标准为20元/亩，共计兑现金额93678元；自治区…兑现4683.9亩，补贴标准为20元/亩，共计兑现金额93678元)
    const period = par.periods.get(u.period) ?? [];
    const untotalled = (f: Figure): boolean => period[period.indexOf(f) + 1]?.unit.kind !== 'money';
    if (period.some((f) => f !== u && f.offset < u.offset && f.unit.kind === 'money' && eachOf(par, f) && untotalled(f))) continue;
    const reading = judge({ op: 'quotient', args: [{ figure: t }, { figure: n }], scale: n.unit.factor, scaleText: '' }, { figure: u }, { unit: 'amount', decimals: u.decimals + 1 });
    const r = relation(
      'rate',
      u,
      [
        [u, 'percent'],
        [t, 'numerator'],
        [n, 'denominator'],
      ],
      [reading],
      { word: `每${each}` },
    );
    if (r) out.push(r);
  }
  return out;
}
