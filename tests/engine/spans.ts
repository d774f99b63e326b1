// Sound spans: inside the text and on code point boundaries. Shared by the robustness and fix-safety tests.

import type { CheckResult } from '../../server/src/engine/check';
import type { Span } from '../../server/src/engine/types';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

export function spanProblem(text: string, span: Span, what: string): string | undefined {
  const { offset, endOffset } = span;
  if (!(Number.isInteger(offset) && Number.isInteger(endOffset) && 0 <= offset && offset <= endOffset && endOffset <= text.length)) {
    return `${what} [${offset}, ${endOffset}) outside the text of ${text.length}`;
  }
  if (splitsPair(text, offset) || splitsPair(text, endOffset)) return `${what} [${offset}, ${endOffset}) splits a surrogate pair`;
  return undefined;
}

/** Everything wrong with a check result: rule failures and unsound spans of findings, related spans and fixes. */
export function problems(text: string, result: CheckResult): string[] {
  const found = result.failures.map((f) => `rule ${f.rule} threw: ${String((f.error as Error)?.stack ?? f.error)}`);
  for (const f of result.findings) {
    const spans: Array<[Span, string]> = [[f, `${f.rule} finding`]];
    for (const r of f.related ?? []) spans.push([r, `${f.rule} related span`]);
    for (const e of f.fix ?? []) spans.push([e, `${f.rule} fix edit`]);
    for (const [span, what] of spans) {
      const problem = spanProblem(text, span, what);
      if (problem) found.push(`${problem}: ${f.message}`);
    }
  }
  return found;
}
