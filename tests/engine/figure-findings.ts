// Assertions for the readings tests: a made-up text is silent (no figure finding) where a reading holds, and draws
// a finding of a given rule where it does not.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import type { Finding } from '../../server/src/engine/types';

const FIGURE_RULES = /^(?:number|table)-/;

export function figureFindings(text: string): Finding[] {
  return check(text).findings.filter((f) => FIGURE_RULES.test(f.rule));
}

/** No figure finding at all in `text`. */
export function silent(text: string): void {
  assert.deepEqual(
    figureFindings(text).map((f) => `${f.rule}: ${f.message}`),
    [],
  );
}

/** At least one `rule` finding in `text`, one of them with `part` in its message when given. */
export function reports(text: string, rule: string, part?: string): void {
  const got = figureFindings(text).filter((f) => f.rule === rule);
  assert.ok(
    got.length > 0,
    `no ${rule} finding in ${text}\n${figureFindings(text)
      .map((f) => `${f.rule}: ${f.message}`)
      .join('\n')}`,
  );
  if (part)
    assert.ok(
      got.some((f) => f.message.includes(part)),
      got.map((f) => f.message).join('\n'),
    );
}

/** No finding of a figure rule in `text` at the figure written `at`. */
export function noFindingAt(text: string, at: string): void {
  const start = text.indexOf(at);
  assert.ok(start >= 0, at);
  const end = start + at.length;
  assert.deepEqual(
    figureFindings(text)
      .filter((f) => f.offset < end && f.endOffset > start)
      .map((f) => `${f.rule}: ${f.message}`),
    [],
  );
}

/** A finding of a figure rule at the figure written `at`. */
export function findingAt(text: string, at: string): void {
  const start = text.indexOf(at);
  assert.ok(start >= 0, at);
  const end = start + at.length;
  assert.ok(
    figureFindings(text).some((f) => f.offset < end && f.endOffset > start),
    figureFindings(text)
      .map((f) => `${f.rule}: ${f.message}`)
      .join('\n'),
  );
}

/** The rules that check arithmetic between figures (the format rule runs beside them, its findings left out). */
const ARITHMETIC_RULES = ['number-sum', 'number-ratio', 'number-conflict'];

/** The findings of the arithmetic rules in `text`, as “rule: message”. */
export function arithmeticFindings(text: string): string[] {
  return check(text, { only: [...ARITHMETIC_RULES, 'number-format'] })
    .findings.filter((f) => ARITHMETIC_RULES.includes(f.rule))
    .map((f) => `${f.rule}: ${f.message}`);
}

/**
 * Each finding of an arithmetic rule (and of the rules `also` names) in `text`, as “rule figure”: the rule and the figure
 * it stands at, [] where the readings are silent.
 */
export function arithmeticFindingTexts(text: string, also: readonly string[] = []): string[] {
  return check(text)
    .findings.filter((f) => ARITHMETIC_RULES.includes(f.rule) || also.includes(f.rule))
    .map((f) => `${f.rule} ${text.slice(f.offset, f.endOffset)}`);
}

/** No finding of an arithmetic rule in `text`. */
export function silentOnArithmetic(text: string): void {
  assert.deepEqual(arithmeticFindings(text), []);
}

/** At least one finding of an arithmetic rule in `text`, and for each of `parts` one whose message includes it. */
export function reportsArithmetic(text: string, ...parts: string[]): void {
  const got = arithmeticFindings(text);
  assert.ok(got.length > 0, `nothing reported in ${text}`);
  for (const part of parts)
    assert.ok(
      got.some((m) => m.includes(part)),
      `no finding with “${part}” in:\n${got.join('\n')}`,
    );
}

/** The text of each `rule` finding in `text`, where it stands: what a reading reports (or [] when it is silent). */
export function findingTexts(text: string, rule: string): string[] {
  return check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));
}

/** The message of each `rule` finding in `text`. */
export function findingMessages(text: string, rule: string): string[] {
  return check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.message);
}
