// heading-sequence: the ordinals of GB/T 9704-2012 7.3.3 (一、 → （一） → 1. → （1）): gaps, repeats,
// inverted levels and the wrong mark after a marker.

import { defineRule } from '../rule';
import { quote } from '../text';
import { LEVEL_EXAMPLE, LEVEL_MARK, ordinalNumeral, type Ordinal } from '../ordinals';
import type { Line } from '../parse';
import type { TextEdit } from '../types';

const LEVEL_NAME = ['', '第一层', '第二层', '第三层', '第四层'];

interface Node {
  line: Line;
  ordinal: Ordinal;
  parent?: Node;
}

export default defineRule(
  {
    id: 'heading-sequence',
    title: '层次序数',
    titleEn: 'Heading ordinals',
    basis: 'GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3',
    severity: 'warning',
    fixable: true,
    safeFix: false,
    options: {},
  },
  (context) => {
    const { draft } = context;
    const nodes: Node[] = [];
    const stack: Node[] = [];
    for (const para of draft.lines) {
      const ordinal = para.ordinal; // the 附件 list's 1. 2. carry none (parse.ts)
      if (!ordinal || para === draft.title) continue;
      while (stack.length > 0 && stack[stack.length - 1]!.ordinal.level >= ordinal.level) stack.pop();
      const node: Node = { line: para, ordinal, parent: stack[stack.length - 1] };
      nodes.push(node);
      stack.push(node);
    }

    // The mark after the marker: 一、 （一） 1. （1）
    for (const { ordinal } of nodes) {
      const wanted = LEVEL_MARK[ordinal.level];
      const ok = ordinal.mark === wanted || (ordinal.level === 3 && ordinal.mark === '．');
      if (ok) continue;
      const written = ordinal.open + text(draft.source, ordinal) + ordinal.close + ordinal.mark;
      const example = LEVEL_EXAMPLE[ordinal.level];
      context.report({
        offset: ordinal.markOffset,
        endOffset: ordinal.markOffset + ordinal.mark.length,
        message:
          wanted === ''
            ? `序数${quote(written)}的括号后不应再加“${ordinal.mark}”：带括号的序次语后不用点号，${LEVEL_NAME[ordinal.level]}序数写作“${example}”（GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3.4）`
            : `序数${quote(written)}后应为“${wanted}”而不是“${ordinal.mark}”：${LEVEL_NAME[ordinal.level]}序数写作“${example}”（GB/T 9704-2012 7.3.3；GB/T 15834-2011 ${ordinal.level === 1 ? '4.5.3.3、附录B.3.2' : '附录B.3.3'}）`,
        fix: [{ offset: ordinal.markOffset, endOffset: markEnd(draft.source, ordinal, wanted), text: wanted }],
        safeFix: true,
      });
    }

    // Series: the markers of one level under one parent must run 1, 2, 3 …
    const series = new Map<Node | undefined, Map<number, Node[]>>();
    const childrenOf = new Map<Node | undefined, Node[]>();
    for (const node of nodes) {
      let byLevel = series.get(node.parent);
      if (!byLevel) series.set(node.parent, (byLevel = new Map()));
      const list = byLevel.get(node.ordinal.level) ?? [];
      list.push(node);
      byLevel.set(node.ordinal.level, list);
      const children = childrenOf.get(node.parent);
      if (children) children.push(node);
      else childrenOf.set(node.parent, [node]);
    }
    for (const [parent, byLevel] of series) {
      // Inverted levels: a shallower marker after a deeper one under the same parent, e.g. （一） after 1.
      const children = childrenOf.get(parent)!;
      let deepest = 0;
      const inverted = new Set<Node>();
      for (const child of children) {
        if (child.ordinal.level < deepest && !inverted.has(child)) {
          inverted.add(child);
          const deeper = children.find((c) => c.ordinal.level === deepest)!;
          context.report({
            offset: child.ordinal.offset,
            endOffset: child.ordinal.endOffset,
            message: `层次序数倒置：${LEVEL_NAME[child.ordinal.level]}序数${quote(markerText(draft.source, child.ordinal))}出现在${LEVEL_NAME[deepest]}序数${quote(markerText(draft.source, deeper.ordinal))}之后；结构层次依次用“一、”“（一）”“1.”“（1）”，可以越级但不能倒置（GB/T 9704-2012 7.3.3；GB/T 15834-2011 附录B.3.8）`,
            related: [{ offset: deeper.ordinal.offset, endOffset: deeper.ordinal.endOffset, message: `${LEVEL_NAME[deepest]}序数在此` }],
          });
          break;
        }
        deepest = Math.max(deepest, child.ordinal.level);
      }
      for (const list of byLevel.values()) checkSeries(list, draft.source, context.report);
    }
  },
);

/** A full-width mark takes no space after it: “一. 主要做法” → “一、主要做法”; “1、 x” keeps its space as “1. x”. */
function markEnd(source: string, o: Ordinal, wanted: string): number {
  let end = o.markOffset + o.mark.length;
  if (wanted !== '.') while (source[end] === ' ') end++;
  return end;
}

function text(source: string, o: Ordinal): string {
  return source.slice(o.numeralOffset, o.numeralEndOffset);
}

function markerText(source: string, o: Ordinal): string {
  return source.slice(o.offset, o.endOffset);
}

function checkSeries(list: Node[], source: string, report: (r: import('../types').Report) => void): void {
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!.ordinal;
    const expected = i + 1;
    if (o.value === expected) continue;
    const previous = list[i - 1]?.ordinal;
    const written = markerText(source, o);
    let what: string;
    if (!previous) what = `从${quote(written)}开始，缺少前面的序数`;
    else if (o.value === previous.value) what = `${quote(written)}与上一个序数重复`;
    else if (o.value > previous.value) what = `${quote(markerText(source, previous))}之后跳到了${quote(written)}，缺少中间的序数`;
    else what = `${quote(written)}排在${quote(markerText(source, previous))}之后，顺序颠倒`;
    const fix: TextEdit[] = list.slice(i).map((n, k) => ({
      offset: n.ordinal.numeralOffset,
      endOffset: n.ordinal.numeralEndOffset,
      text: ordinalNumeral(n.ordinal.level, expected + k),
    }));
    const want = ordinalNumeral(o.level, expected);
    report({
      offset: o.offset,
      endOffset: o.endOffset,
      message: `${LEVEL_NAME[o.level]}序数不连续：${what}；此处应为“${o.open}${want}${o.close}${o.mark}”，修复会依次重排本组之后的序数（GB/T 9704-2012 7.3.3）`,
      fix: fix.filter((e) => source.slice(e.offset, e.endOffset) !== e.text),
    });
    return; // one finding per series: its fix renumbers the rest
  }
}
