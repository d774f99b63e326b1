// A rule's explanation for hovers, read from the first paragraph of “## 说明” in docs/rules/<id>.md: the same
// file the diagnostic links to and the tests run, so the hover cannot drift from the documentation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string | undefined>();

/** dist/server.js → ../docs/rules; server/src/lsp/*.ts (tests) → ../../../docs/rules. */
const DIRS = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];

export function ruleExplanation(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  if (cache.has(ruleId)) return cache.get(ruleId);
  let explanation: string | undefined;
  for (const dir of DIRS) {
    let doc: string;
    try {
      doc = readFileSync(join(dir, `${ruleId}.md`), 'utf8');
    } catch {
      continue;
    }
    explanation = firstParagraphOf(doc, '说明');
    break;
  }
  cache.set(ruleId, explanation);
  return explanation;
}

/** A list longer than this is too long for a hover (number-ratio's runs to some 2,000 characters). */
const HOVER_LIST_CHARS = 400;

/**
 * A long list whose items each open with a bold label, told by its labels: “本规则把它们重新算一遍：占比；率和它的基数；…。”.
 * The items' examples stay in the documentation the hover links to.
 */
function labelsOnly(intro: string, list: string[]): string | undefined {
  const items = list.filter((line) => /^(- |\d+\. )/.test(line));
  if (list.join('\n').length <= HOVER_LIST_CHARS) return undefined;
  const labels = items.map((item) => /^(?:- |\d+\. )\*\*([^*]+)\*\*/.exec(item)?.[1]);
  if (labels.some((label) => label === undefined)) return undefined;
  return `${intro}${labels.join('；')}。`;
}

/**
 * The first paragraph of the section headed `## <heading>`, as Markdown. A paragraph that introduces a list
 * (ends in “：”) keeps the list (a long one only its items' bold labels); one that introduces a table or an example ends
 * in “。” instead.
 */
export function firstParagraphOf(doc: string, heading: string): string | undefined {
  const lines = doc.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  let i = start + 1;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const paragraph: string[] = [];
  for (; i < lines.length && lines[i]!.trim() !== '' && !/^(#|```|\||>|- |\d+\. )/.test(lines[i]!); i++) paragraph.push(lines[i]!.trim());
  if (paragraph.length === 0) return undefined;
  let text = paragraph.join('');
  if (!text.endsWith('：')) return text;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const list: string[] = [];
  for (; i < lines.length && /^(- |\d+\. |\s+\S)/.test(lines[i]!); i++) list.push(lines[i]!);
  if (list.length > 0) return labelsOnly(text, list) ?? `${text}\n\n${list.join('\n')}`;
  text = text.slice(0, -1) + '。';
  return text;
}
