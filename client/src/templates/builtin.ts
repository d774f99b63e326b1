// The templates shipped in templates/, in the order the pick lists them (most used first). A test checks
// that this list and the folder agree.

export const BUILTIN_TEMPLATES: readonly string[] = [
  'work-report.njk', // 工作汇报（情况汇报）
  'work-summary.njk', // 工作总结
  'report.njk', // 报告（情况报告）
  'request.njk', // 请示
  'notice.njk', // 通知（会议通知）
  'letter.njk', // 函
  'minutes.njk', // 会议纪要
  'debriefing.njk', // 述职报告
  'research-report.njk', // 调研报告
  'plan.njk', // 实施方案
  'statistics.njk', // 统计分析报告
];

/** Sort key for a template of any origin: built-ins in the list's order, others by name. */
export function builtinRank(name: string): number {
  const i = BUILTIN_TEMPLATES.indexOf(name);
  return i < 0 ? BUILTIN_TEMPLATES.length : i;
}
