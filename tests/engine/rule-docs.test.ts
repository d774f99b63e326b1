// Every rule's documented examples run as tests: ok examples yield nothing, not-ok examples yield exactly the
// findings listed under them, and applying the fixes of a fixable example leaves nothing to find.

import assert from 'node:assert/strict';
import { check, applyEdits, fixEdits } from '../../server/src/engine/check';
import { defaultConfig } from '../../server/src/engine/config';
import { rules } from '../../server/src/engine/rules';
import { LineIndex } from '../../server/src/engine/text';
import type { DocumentType, Finding } from '../../server/src/engine/types';
import { docExamples, readDoc, type DocExample } from './doc-examples';

function run(ruleId: string, example: DocExample, text = example.code): Finding[] {
  const config = defaultConfig(rules);
  if (example.settings.documentType) config.documentType = example.settings.documentType as DocumentType;
  return check(text, { config, only: [ruleId] }).findings;
}

/** Apply every fix, a non-overlapping batch at a time, as a writer clicking through them would. */
function applyAllFixes(ruleId: string, example: DocExample): string {
  let text = example.code;
  for (let round = 0; round < 10; round++) {
    const findings = run(ruleId, example, text).filter((f) => f.fix);
    if (findings.length === 0) break;
    text = applyEdits(text, fixEdits(findings));
  }
  return text;
}

describe('rule documentation examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      // a missing or malformed doc fails this rule's one test, not the whole run at load time
      let examples: DocExample[];
      try {
        examples = docExamples(readDoc(rule.id));
      } catch (error) {
        it(`has a readable docs/rules/${rule.id}.md`, () => {
          throw error;
        });
        return;
      }

      it('has ok and not-ok examples', () => {
        assert.ok(
          examples.some((e) => e.kind === 'ok'),
          'no ok example',
        );
        assert.ok(
          examples.some((e) => e.kind === 'not-ok' && e.expected.length > 0),
          'no not-ok example with findings',
        );
      });

      for (const example of examples) {
        it(`${example.kind} example at docs/rules/${rule.id}.md:${example.docLine}`, () => {
          const findings = run(rule.id, example);
          const lines = new LineIndex(example.code);
          const got = findings.map((f) => {
            const a = lines.lineColumn(f.offset);
            const b = lines.lineColumn(f.endOffset);
            return { at: `${a.line}:${a.column}-${b.line}:${b.column}`, message: f.message };
          });
          if (example.kind === 'ok') {
            assert.deepEqual(got, [], 'an ok example must yield no finding');
            return;
          }
          assert.deepEqual(
            got.map((g) => g.at),
            example.expected.map((e) => `${e.line}:${e.column}-${e.endLine}:${e.endColumn}`),
          );
          example.expected.forEach((e, i) => assert.ok(got[i]!.message.includes(e.messagePart), `message ${JSON.stringify(got[i]!.message)} lacks ${JSON.stringify(e.messagePart)}`));
          for (const f of findings) {
            assert.equal(f.rule, rule.id);
            assert.equal(f.docUrl.endsWith(`/docs/rules/${rule.id}.md`), true);
            if (f.fix) assert.ok(rule.fixable, 'a fix from a rule not marked fixable');
          }
        });

        if (example.kind === 'not-ok' && rule.fixable) {
          const fixable = run(rule.id, example).filter((f) => f.fix);
          if (fixable.length === 0) continue;
          it(`fixes of docs/rules/${rule.id}.md:${example.docLine} leave nothing they targeted`, () => {
            const before = run(rule.id, example);
            const fixed = applyAllFixes(rule.id, example);
            assert.notEqual(fixed, example.code);
            const after = run(rule.id, example, fixed);
            // findings without a fix (e.g. a mixed series) may remain; every fixable one must be gone
            assert.equal(after.filter((f) => f.fix).length, 0, `still fixable after fixing:\n${fixed}`);
            assert.ok(after.length <= before.filter((f) => !f.fix).length, `fixing created new findings:\n${fixed}`);
          });
        }
      }
    });
  }
});
