// structure-sections: a work report runs 工作进展 → 存在问题 → 下一步措施; a part missing or out of order is a finding.

import { defineRule } from '../rule';
import { quote } from '../text';
import { outline, type Section } from '../sections';

export type PartKind = 'progress' | 'problems' | 'measures';

const PART_NAMES: Record<PartKind, string> = {
  progress: '工作进展',
  problems: '存在问题',
  measures: '下一步措施',
};

/** Future-facing words: a part about what comes next. */
const MEASURES_TIME = /下一步|下步|下阶段|下一阶段|今后|明年|来年|新的一年|打算|努力方向|展望|工作思路|工作计划|工作安排|改进方向|整改方向/;
/** Words of a part about what will be done, when no progress word stands beside them. */
const MEASURES_PLAIN = /措施|对策|建议|举措|思路|计划|安排/;
const PROBLEMS = /问题|不足|困难|短板|差距|挑战|薄弱|瓶颈|隐患|教训|矛盾/;
const PROGRESS = /进展|成效|成绩|成果|做法|开展情况|完成情况|落实情况|推进情况|进展情况|工作情况|执行情况|运行情况|主要工作|重点工作完成|履职情况|工作回顾|取得|亮点|经验|基本情况|总体情况|工作开展/;

/** The parts a heading names, in the order it names them: “存在问题及下一步打算” → problems, measures. */
export function partsOf(heading: string): PartKind[] {
  const hits: Array<[number, PartKind]> = [];
  const at = (re: RegExp): number => {
    const m = re.exec(heading);
    return m ? m.index : -1;
  };
  const time = at(MEASURES_TIME);
  const problems = at(PROBLEMS);
  const progress = at(PROGRESS);
  if (time >= 0) hits.push([time, 'measures']);
  // “下一步解决问题的措施” names measures only; “问题及下一步打算” names both
  if (problems >= 0 && (time < 0 || problems < time)) hits.push([problems, 'problems']);
  if (progress >= 0 && (time < 0 || progress < time)) hits.push([progress, 'progress']);
  if (hits.length === 0) {
    const plain = at(MEASURES_PLAIN);
    if (plain >= 0) hits.push([plain, 'measures']);
  }
  return hits.sort((a, b) => a[0] - b[0]).map(([, kind]) => kind);
}

export default defineRule(
  {
    id: 'structure-sections',
    title: '工作汇报结构',
    titleEn: 'Work report structure',
    basis: '工作汇报、工作总结的惯例结构（起草惯例）',
    severity: 'warning',
    fixable: false,
    safeFix: false,
    options: {},
    documentTypes: ['work-report', 'debriefing'],
  },
  (context) => {
    const { draft } = context;
    const sections = outline(draft); // the parts: the top of the outline
    // A draft not divided into parts (a short 情况报告) is not held to the three parts.
    if (sections.length < 2) return;
    const seen = new Map<PartKind, Section>();
    const order: Array<{ kind: PartKind; section: Section }> = [];
    for (const section of sections) {
      let kinds = partsOf(section.heading);
      // Topic headings (一、坚持党建引领…) before any problems part report the work done.
      if (kinds.length === 0 && !seen.has('problems') && !seen.has('measures')) {
        kinds = ['progress'];
      }
      for (const kind of kinds) {
        if (!seen.has(kind)) {
          seen.set(kind, section);
          order.push({ kind, section });
        }
      }
    }
    const missing = (Object.keys(PART_NAMES) as PartKind[]).filter((k) => !seen.has(k));
    if (missing.length > 0) {
      const anchor = draft.title ?? sections[0]!.line;
      const present = order.map((o) => `${quote(o.section.heading, 14)}（${PART_NAMES[o.kind]}）`).join('、');
      context.report({
        offset: anchor.offset,
        endOffset: anchor.endOffset,
        message:
          `工作汇报缺少“${missing.map((k) => PART_NAMES[k]).join('”“')}”部分：工作汇报、总结通常依次写工作进展、存在问题、下一步措施三部分` +
          (present ? `，本文只有${present}` : '') +
          '；请补写缺少的部分（起草惯例）',
      });
    }
    const rank: Record<PartKind, number> = { progress: 0, problems: 1, measures: 2 };
    for (let i = 1; i < order.length; i++) {
      const current = order[i]!;
      const later = order.slice(0, i).find((o) => rank[o.kind] > rank[current.kind]);
      if (!later) continue;
      const para = current.section.line;
      context.report({
        offset: para.offset,
        endOffset: para.endOffset,
        message: `${quote(current.section.heading, 16)}（${PART_NAMES[current.kind]}）应放在${quote(later.section.heading, 16)}（${PART_NAMES[later.kind]}）之前：工作汇报按工作进展、存在问题、下一步措施的顺序行文（起草惯例）`,
        related: [{ offset: later.section.line.offset, endOffset: later.section.line.endOffset, message: `“${PART_NAMES[later.kind]}”部分在此` }],
      });
    }
  },
);
