// The outline of a draft: its headings and ordinal paragraphs as nested sections (一、 → （一） → 1. → （1）).

import type { Draft, Line } from './parse';

export interface Section {
  line: Line;
  /** 1–4 for ordinals; Markdown headings without an ordinal take their depth below the title. */
  level: number;
  /** The heading words: the text after the ordinal, up to the first full stop of a run-in heading. */
  heading: string;
  /** From the heading to the start of the next section of the same or a higher level. */
  offset: number;
  endOffset: number;
  children: Section[];
}

/** The heading words of a paragraph: （一）精心组织凝聚合力。组织召开… → 精心组织凝聚合力. */
export function headingText(para: Line): string {
  const start = para.ordinal ? para.ordinal.endOffset - para.offset : 0;
  const body = para.prose.slice(start).trim();
  const stop = body.search(/[。！？；]|：(?=.)/);
  return (stop >= 0 ? body.slice(0, stop) : body).replace(/[*_#]+/g, '').trim();
}

function isHeadingLike(p: Line, draft: Draft): boolean {
  if (p === draft.title || p === draft.duplicateTitle || p.residue) return false;
  return p.ordinal !== undefined || p.headingDepth !== undefined;
}

/** Nested sections of the whole draft. */
export function outline(draft: Draft): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const heads = draft.lines.filter((p) => isHeadingLike(p, draft));
  // Markdown headings without an ordinal sit above the ordinal levels they contain.
  const plainDepths = [...new Set(heads.filter((p) => !p.ordinal).map((p) => p.headingDepth!))].sort((a, b) => a - b);
  for (const para of heads) {
    const level = para.ordinal ? para.ordinal.level : plainDepths.indexOf(para.headingDepth!) - plainDepths.length + 1;
    const section: Section = { line: para, level, heading: headingText(para), offset: para.offset, endOffset: draft.source.length, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  setEnds(roots, draft.source.length);
  return roots;
}

function setEnds(sections: Section[], end: number): void {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    s.endOffset = i + 1 < sections.length ? sections[i + 1]!.offset : end;
    setEnds(s.children, s.endOffset);
  }
}
