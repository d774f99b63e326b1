// numeral-style: one kind of figure in one form (GB/T 15835-2011 4.3): 8支产业招商组 here and 八支产业招商组
// there is a finding; full-width digits (１２) are written half-width (5.1).

import { defineRule } from '../rule';
import { figureModel } from '../figures/model';
import { toChineseInteger } from '../figures/numerals';
import { toHalfWidth, type Figure } from '../figures/extract';

const FULL_WIDTH = /[０-９]+(?:[．.][０-９]+)?/g;

/**
 * The counts of the same kind as a count, in document order: the same unit, and measures that are equal or where
 * one (of 3 or more characters) starts the other (产业招商组 / 产业招商组作用). Looked up by measure, its prefixes
 * and its extensions rather than by comparing every pair; figures of one unit and measure share one group.
 */
function kindGroups(counts: readonly Figure[]): (f: Figure) => Figure[] {
  const byMeasure = new Map<string, Figure[]>(); // unit + measure → counts
  const extensions = new Map<string, Set<string>>(); // unit + a prefix of 3 or more characters → longer measures
  const key = (f: Figure, measure = f.measure): string => `${f.unit.text}\u0000${measure}`;
  for (const g of counts) {
    if (!g.measure) continue;
    const list = byMeasure.get(key(g));
    if (list) list.push(g);
    else byMeasure.set(key(g), [g]);
    for (let n = 3; n < g.measure.length; n++) {
      const prefix = key(g, g.measure.slice(0, n));
      const set = extensions.get(prefix) ?? new Set<string>();
      set.add(g.measure);
      extensions.set(prefix, set);
    }
  }
  const groups = new Map<string, Figure[]>();
  return (f) => {
    if (!f.measure) return [];
    let group = groups.get(key(f));
    if (!group) {
      const measures = new Set([f.measure]);
      if (f.measure.length >= 3) for (const m of extensions.get(key(f)) ?? []) measures.add(m);
      for (let n = 3; n < f.measure.length; n++) measures.add(f.measure.slice(0, n));
      group = [...measures].flatMap((m) => byMeasure.get(key(f, m)) ?? []).sort((a, b) => a.offset - b.offset);
      groups.set(key(f), group);
    }
    return group;
  };
}

export default defineRule(
  {
    id: 'numeral-style',
    title: '数字形式统一',
    titleEn: 'Consistent numeral style',
    basis: 'GB/T 15835-2011 4.3（同类数字形式一致）、5.1',
    severity: 'warning',
    fixable: true,
    safeFix: true,
    options: {},
  },
  (context) => {
    const { draft } = context;
    for (const para of draft.paras) {
      FULL_WIDTH.lastIndex = 0;
      for (let m = FULL_WIDTH.exec(para.text); m; m = FULL_WIDTH.exec(para.text)) {
        const half = toHalfWidth(m[0]);
        context.report({
          offset: para.offset + m.index,
          endOffset: para.offset + m.index + m[0].length,
          message: `全角数字“${m[0]}”应写作半角“${half}”：阿拉伯数字使用半角形式（GB/T 15835-2011 5.1）`,
          fix: [{ offset: para.offset + m.index, endOffset: para.offset + m.index + m[0].length, text: half }],
        });
      }
    }

    // counts written both ways: the minority form gives way to the majority (Arabic on a tie, 4.1.1)
    const counts = figureModel(draft).figures.filter(
      (f) => f.unit.kind === 'count' && f.value !== undefined && Number.isInteger(f.value) && f.value >= 2 && f.form !== 'placeholder',
    );
    const reported = new Set<Figure>();
    const groupOf = kindGroups(counts);
    const judged = new Set<Figure[]>(); // a group judged once has reported all its minority
    // only a Chinese-numeral count can start a mixed group; most drafts have none
    for (const f of counts) {
      if (f.form !== 'chinese' || reported.has(f)) continue;
      const group = groupOf(f);
      if (judged.has(group)) continue;
      judged.add(group);
      const chinese = group.filter((g) => g.form === 'chinese');
      const arabic = group.filter((g) => g.form === 'arabic');
      if (arabic.length === 0) continue;
      const toArabic = arabic.length >= chinese.length;
      const minority = toArabic ? chinese : arabic;
      const other = (toArabic ? arabic : chinese)[0]!;
      const line = draft.lines.lineOf(other.offset) + 1;
      for (const g of minority) {
        if (reported.has(g)) continue;
        reported.add(g);
        const numeral = draft.text.slice(g.numberOffset, g.numberEndOffset);
        const wanted = toArabic ? String(g.value) : toChineseInteger(g.value!);
        context.report({
          offset: g.numberOffset,
          endOffset: g.endOffset,
          message: `同类数字写法不一：此处“${g.text}${g.measure}”用${toArabic ? '汉字' : '阿拉伯'}数字，第${line}行“${other.text}${other.measure}”用${toArabic ? '阿拉伯' : '汉字'}数字；同一场合的同类数字应采用同一种形式，应写作“${wanted}${g.text.slice(numeral.length)}”（GB/T 15835-2011 4.3）`,
          fix: [{ offset: g.numberOffset, endOffset: g.numberEndOffset, text: wanted }],
          related: [{ offset: other.offset, endOffset: other.endOffset, message: `同类数字在此写作“${other.text}”` }],
        });
      }
    }
  },
);
