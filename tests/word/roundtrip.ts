// The round trip Markdown → Word export → Word import, over the project's drafts: the examples, every shipped
// template filled with its example values and with its defaults (as tests/templates/shipped.test.ts renders them), a
// 请示 with every 版头 and 版记 element in its front matter, and the 30 drafts of the
// labelled figures corpus with their labels stripped. Shared by tests/word/roundtrip.test.ts and
// scripts/word-roundtrip.ts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TemplateEnvironment } from '../../client/src/templates/environment';
import { exampleValues, initialValues, renderTemplate } from '../../client/src/templates/render';
import { check } from '../../server/src/engine/check';
import type { Finding } from '../../server/src/engine/types';
import { exportDocx } from '../../server/src/word/export';
import { importDocxBytes } from '../../server/src/word/import';
import { CORPUS_DIR, readLabelled } from '../engine/corpus';
import { shippedTemplates } from '../templates/helpers';

export interface Draft {
  /** Where it comes from: examples/…, templates/…, tests/corpus/figures/…. */
  name: string;
  markdown: string;
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');
/** The day a template's default date is taken from (as in tests/templates/shipped.test.ts). */
const TEMPLATE_DAY = new Date(2024, 6, 5);

export function roundTripDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const name of readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    drafts.push({ name: `examples/${name}`, markdown: readFileSync(join(EXAMPLES, name), 'utf8') });
  }
  const templates = shippedTemplates();
  const env = new TemplateEnvironment(templates);
  // filled with their example values (no findings), and as inserted, with their defaults (placeholders to fill)
  for (const [values, suffix] of [
    [exampleValues, ''],
    [(meta: Parameters<typeof exampleValues>[0]) => initialValues(meta, TEMPLATE_DAY), ' (defaults)'],
  ] as const) {
    for (const file of templates) {
      const rendered = renderTemplate(env, file, values(file.meta!));
      if (!rendered.ok) throw new Error(`${file.name}: ${rendered.problem.message}`);
      drafts.push({ name: `templates/${file.name}${suffix}`, markdown: rendered.markdown });
    }
  }
  drafts.push({ name: 'an upward 请示 with every 版头 and 版记 element', markdown: EVERY_LAYOUT_FIELD });
  for (const name of readdirSync(CORPUS_DIR)
    .filter((n) => /^\d\d-.*\.md$/.test(n))
    .sort()) {
    drafts.push({ name: `tests/corpus/figures/${name}`, markdown: readLabelled(name, readFileSync(join(CORPUS_DIR, name), 'utf8')).text });
  }
  return drafts;
}

/** Front matter with every key Word export lays out, 签发人 as a list (an upward document's 版头). */
const EVERY_LAYOUT_FIELD = `---
份号: "000018"
密级和保密期限: 秘密★1年
紧急程度: 特急
发文机关标志: 临河县人民政府文件
发文字号: 临政〔2024〕12号
签发人:
  - 张三
  - 李四
抄送: 市财政局，市应急管理局
印发机关: 临河县人民政府办公室
印发日期: 2024年7月10日
---

# 关于请求拨付防汛救灾资金的请示

市政府：

今年6月以来，我县遭受3轮强降雨，直接经济损失2.6亿元。为尽快恢复灾后生产生活秩序，恳请市政府拨付防汛救灾资金3000万元。

妥否，请批示。

临河县人民政府

2024年7月5日
`;

/** Characters between which the export drops a line break inside a paragraph (server/src/word/page.ts). */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·]/;

/**
 * The draft as Word export leaves it, the text import should give back exactly:
 * - a line break inside a paragraph (a soft break) is no break in Word: the lines join, with nothing between two
 *   Chinese characters or full-width marks and a space elsewhere (the page shows it so);
 * - the draft ends with one line break.
 * Everything else (front matter, headings, numbering, tables, footnotes, hard breaks, escapes) must come back as
 * written.
 */
export function asExported(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\n*$/, '').split('\n');
  const out: string[] = [];
  let inFrontMatter = lines[0] === '---';
  let previousJoins = false;
  lines.forEach((line, k) => {
    if (k > 0 && inFrontMatter && line === '---') inFrontMatter = false;
    const continues = previousJoins && !isBlockStart(line);
    if (continues) {
      const before = out[out.length - 1]!.replace(/[ \t]+$/, '');
      const after = line.replace(/^[ \t]+/, '');
      out[out.length - 1] = before + (WIDE.test(before.slice(-1)) && WIDE.test(after[0] ?? '') ? '' : ' ') + after;
    } else {
      out.push(line);
    }
    // the next line joins this one when this is a paragraph's line that does not end in a hard break
    previousJoins = !inFrontMatter && isParagraphLine(line);
  });
  return out.join('\n') + '\n';
}

function isBlockStart(line: string): boolean {
  return /^\s*$/.test(line) || /^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|\||```|~~~|\[\^[^\]]+\]:)/.test(line);
}

function isParagraphLine(line: string): boolean {
  return !/^\s*$/.test(line) && !/^ {0,3}(?:#{1,6}(?:\s|$)|\||---\s*$)/.test(line) && !/\\$/.test(line) && !/ {2,}$/.test(line);
}

export interface RoundTrip {
  draft: Draft;
  /** What Word import gave back. */
  imported: string;
  /** The draft as the export leaves it (asExported). */
  expected: string;
  /** Findings on the draft as written and on the .docx (the imported Markdown). */
  before: Finding[];
  after: Finding[];
}

const DATE = new Date('2024-07-05T00:00:00Z');

export async function roundTrip(draft: Draft): Promise<RoundTrip & { docx: Uint8Array }> {
  const docx = await exportDocx(draft.markdown, { date: DATE });
  const imported = importDocxBytes(docx).markdown;
  return { draft, docx, imported, expected: asExported(draft.markdown), before: check(draft.markdown).findings, after: check(imported).findings };
}

/** A finding as the writer reads it: rule, the words it is on, the message (not where: the soft breaks move it). */
export function findingKey(text: string, f: Finding): string {
  return `${f.rule} “${text.slice(f.offset, f.endOffset)}” ${f.message}`;
}

/** Findings of `a` not in `b` and of `b` not in `a`, as multisets of keys. */
export function findingDifferences(aText: string, a: Finding[], bText: string, b: Finding[]): { lost: string[]; gained: string[] } {
  const counts = new Map<string, number>();
  for (const f of a) counts.set(findingKey(aText, f), (counts.get(findingKey(aText, f)) ?? 0) + 1);
  const gained: string[] = [];
  for (const f of b) {
    const key = findingKey(bText, f);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else gained.push(key);
  }
  const lost = [...counts].flatMap(([key, n]) => Array<string>(n).fill(key));
  return { lost, gained };
}
