// The rest of one kind, not of the total: a list after 其中 that ends with 其他 is all of its total when the rest it
// names is the rest of the total's own things (其他收入, 其他案件, 其他类); but 其他技师 after 中医师、西医师、护师、中西药师
// (heldout177/quxian-yuntai-04) names a kind beside the others, the technicians not listed, and the staff of other
// grades (医士, 护士) may be left out: the list need not be all of 医卫技术人员.

import type { Figure } from '../extract';
import { commonSuffix, suffixLength } from './names';
import { bareMeasure, partMeasure } from './paragraph';

/** The rest word a part's name opens with: 其他, 其它, 其余. */
const REST_WORD = /^(?:其他|其它|其余)/;

/**
 * Whether the last part names the rest of one kind beside the parts before it: 其他技师 after 中医师、西医师、护师、
 * 中西药师 (each named by a title ending alike, 师, none ending with the rest's own kind, 技师), under a total named
 * otherwise (医卫技术人员, no ending in common). 其他案件 after 侵权案件、渎职案件 is the rest of the cases the parts all
 * are, and closes the list.
 */
export function restOfOneKind(total: Figure, parts: readonly Figure[]): boolean {
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2 || !REST_WORD.test(partMeasure(last))) return false;
  const kind = partMeasure(last).replace(REST_WORD, '');
  if (kind.length < 2 || suffixLength(kind, bareMeasure(total)) > 0) return false;
  const others = parts.slice(0, -1).map(partMeasure);
  return others.every((name) => !name.endsWith(kind) && suffixLength(name, kind) >= 1);
}

/**
 * Whether the list so far ends with its catch-all and `name` is no kind of it but something said of the total: the
 * parts, the rest among them, all end alike (侵权案件、渎职案件、其他案件: 案件, two characters or more), the next name
 * ends otherwise, and it takes up the words of the total's own name (免于起诉 after 审查起诉52件: an outcome of the
 * prosecution, not one more kind of case). A rest in the middle of a list leaves it open: 留城待业青年，其他待业人员，
 * 回城知识青年 (names ending unlike); 卫生技术人员，其他技术人员，管理人员 (管理人员 ends as the staff do); 项目资金，其他
 * 扶贫资金，部门整合 (a source of funds, nothing of 总投资 in its name).
 */
export function pastTheRest(parts: readonly Figure[], name: string, totals: readonly Figure[]): boolean {
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last || !REST_WORD.test(partMeasure(last))) return false;
  const ending = commonSuffix(parts.map(partMeasure));
  if (ending.length < 2 || suffixLength(name, ending) > 0) return false;
  return totals.some((t) => sharesAWord(name, bareMeasure(t)));
}

/** Whether two names have two characters running in common (免于起诉 and 审查起诉: 起诉). */
function sharesAWord(a: string, b: string): boolean {
  for (let k = 0; k + 2 <= a.length; k++) if (b.includes(a.slice(k, k + 2))) return true;
  return false;
}
