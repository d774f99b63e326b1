// Writing values the way a 公文 writes them: dates per GB/T 9704-2012 (2024年7月5日), Chinese ordinals.

import { ordinalNumeral } from '../../../server/src/engine';
import { NUMBER_PATTERN } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date from YYYY-MM-DD, or undefined when the string is not a real date. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** 2024-07-05 → 2024年7月5日: Arabic numerals, no leading zeros (GB/T 9704-2012 7.3.5.1; GB/T 15835-2011). */
export function gbDate(iso: string): string | undefined {
  const d = parseIsoDate(iso);
  return d && `${d.year}年${d.month}月${d.day}日`;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const GB_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** 2024-07-15 or 2024年7月15日 → 星期一. */
export function weekday(date: string): string | undefined {
  const gb = GB_DATE.exec(date.trim());
  const d = parseIsoDate(gb ? `${gb[1]}-${gb[2]!.padStart(2, '0')}-${gb[3]!.padStart(2, '0')}` : date);
  return d && '星期' + WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/** A local calendar date as YYYY-MM-DD: what a date field holds. */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 1 → 一, 12 → 十二, 23 → 二十三: the numeral of a 一、 or （一） ordinal. */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  return ordinalNumeral(1, n);
}

export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER_PATTERN.test(t) ? Number(t.replace(/,/g, '')) : undefined;
}

/** Leading ordinals a writer may have typed before a list item: 一、 （一） 1. （1） 一是 第一， 首先，. */
const LEADING_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,3}[.．、](?![0-9])|[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}[，、,]|(?:首先|其次|再次|最后)[，,])\s*/;

export function stripLeadingOrdinal(item: string): string {
  return item.replace(LEADING_ORDINAL, '');
}
