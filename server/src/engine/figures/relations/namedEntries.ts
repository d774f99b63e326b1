// The entries of a local history's account of places one by one (车牛山岛此岛…, 达山岛一称…, 平山岛此岛…): each
// paragraph opened by the name of its place describes that place. restatements.ts (statedTwice) asks
// `ofOtherNamedEntries` before it compares two statements of a measure.

import type { Line } from '../../parse';
import type { Figure } from '../extract';

/**
 * The name of a place of nature opening a paragraph as its entry's head (平山岛此岛…, 达山岛一称达埝山岛…, 云台山位于…),
 * followed by the words that take it as the subject of a description: 此岛/此山, another name (一称, 又称, 亦称, 古称),
 * 位于, 地处, 包括, 由. The name's last character (岛, 山, 湖 …) is its kind.
 */
const NAMED_ENTRY = /^([\u4e00-\u9fff]{1,6}?[岛礁山峰湖河港湾])(?=此[岛礁山峰湖河港湾]|[一又亦古]称|位于|地处|包括|由)/;

/** The place a line's paragraph opens with as its entry's head, '' when it opens otherwise. */
function entryName(lines: readonly Line[], at: number): string {
  const line = lines[at];
  return line?.index === at ? (NAMED_ENTRY.exec(line.prose.trimStart())?.[1] ?? '') : '';
}

/**
 * 达山岛一称达埝山岛、褡裢山岛，包括东山、西山。东山海拔41.5米，西山海拔48.7米… ⏎ 平山岛此岛在前三岛中面积最大，…有东山、
 * 平山和西小山三座山头。…西山海拔30.2米 (heldout190/ziran-lianyungang-15): a local history describes places of one kind
 * one by one, each paragraph opened by the name of its place; a measure of a part named alike in two of them (each
 * island's own 西山) is two places' measure, not one stated twice. Only two paragraphs opened by two names of one kind
 * (two 岛, two 山), neither name within the other.
 */
export function ofOtherNamedEntries(f: Figure, g: Figure, lines: readonly Line[]): boolean {
  if (f.para.index === g.para.index) return false;
  const [s, t] = [entryName(lines, f.para.index), entryName(lines, g.para.index)];
  return s !== '' && t !== '' && s.slice(-1) === t.slice(-1) && !s.includes(t) && !t.includes(s);
}
