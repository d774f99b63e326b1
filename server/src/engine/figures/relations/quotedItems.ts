// Paragraphs that each open with the quoted name of an item and its amount (a final-accounts report's items, one
// paragraph each): the figures of each paragraph are its own item's. restatements.ts (statedTwice) asks here before it
// compares two statements of a measure.

import type { Figure } from '../extract';

/**
 * A paragraph's opening: an optional list number (8. / 3、 / （二）), then a name in quotation marks followed right by a
 * figure (“节能环保支出（类）污染减排（款）减排专项支出（项）”150万元). Group 1 is the name.
 */
const QUOTED_ITEM = /^\s*(?:(?:[0-9]{1,3}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[）)])\s*)?[“"]([^”"]{2,80})[”"]\s*[0-9０-９]/;

/** The name of the item a figure's paragraph opens with, '' when it opens with none. */
function quotedItem(f: Figure): string {
  return QUOTED_ITEM.exec(f.para.prose)?.[1] ?? '';
}

/**
 * “社会保障和就业支出（类）就业补助（款）公益性岗位补贴（项）”200.18万元，…年初预算为256万元，支出决算为200.18万元 …
 * 8.“节能环保支出（类）污染减排（款）减排专项支出（项）”150万元，…年初预算为0，支出决算为150万元 (heldout184/jsgk-shiquan-04):
 * a paragraph that opens with the quoted name of an item and its amount tells of that item: its 年初预算 and 支出决算 are the
 * item’s, and two paragraphs opening with two items’ names state two items’ measures, not one measure twice (whether or
 * not another measure of the two paragraphs, 年初预算为0 without its unit, shows them parallel).
 */
export function ofOtherQuotedItems(f: Figure, g: Figure): boolean {
  if (f.para.offset === g.para.offset) return false;
  const [a, b] = [quotedItem(f), quotedItem(g)];
  return a !== '' && b !== '' && a !== b;
}
