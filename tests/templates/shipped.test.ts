// Every shipped template: valid front matter, renders with its defaults (only placeholders to fill) and with
// every variable filled, and the filled draft passes the checker with no findings at all.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { check } from '../../server/src/engine/check';
import { BUILTIN_TEMPLATES } from '../../client/src/templates/builtin';
import { exampleValues, initialValues, placeholderFor, renderTemplate } from '../../client/src/templates/render';
import { TemplateEnvironment } from '../../client/src/templates/environment';
import type { FormValues, TemplateFile } from '../../client/src/templates/types';
import { shippedTemplates, TEMPLATES_DIR } from './helpers';

const TODAY = new Date(2024, 6, 5);

/** Findings as readable lines, for assertion messages. */
function describeFindings(markdown: string, rules?: string[]): string[] {
  return check(markdown)
    .findings.filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${f.rule} ${JSON.stringify(markdown.slice(f.offset, f.endOffset))}: ${f.message}`);
}

describe('shipped templates', () => {
  const files = shippedTemplates();
  const env = new TemplateEnvironment(files);

  it('are the ones listed in builtin.ts, at least eight', () => {
    const names = readdirSync(TEMPLATES_DIR).filter((n) => n.endsWith('.njk')).sort();
    assert.deepEqual(names, [...BUILTIN_TEMPLATES].sort());
    assert.ok(names.length >= 8);
  });

  const render = (file: TemplateFile, values: FormValues): string => {
    const result = renderTemplate(env, file, values);
    assert.ok(result.ok, result.ok ? '' : `${file.name}: ${result.problem.message} (line ${result.problem.line})`);
    return result.markdown;
  };

  for (const file of files) {
    describe(file.name, () => {
      it('has valid front matter and an example value for every variable', () => {
        assert.deepEqual(file.problems, []);
        assert.ok(file.meta);
        for (const v of file.meta.variables) assert.notEqual(v.example, '', `${v.name} has no example`);
      });

      it('renders with its defaults: the checker finds the unfilled placeholders and nothing else', () => {
        const meta = file.meta!;
        const markdown = render(file, initialValues(meta, TODAY));
        const { findings } = check(markdown);
        assert.ok(findings.length > 0, 'an unfilled template has placeholders');
        assert.deepEqual(describeFindings(markdown).filter((f) => !f.startsWith('placeholder ')), []);
        for (const v of meta.variables.filter((v) => v.required && v.default === '')) {
          assert.ok(markdown.includes(placeholderFor(v)), `${v.name} shows ${placeholderFor(v)}`);
        }
        assert.ok(!/undefined|\[object /.test(markdown));
      });

      it('renders with every variable filled, and the checker finds nothing', () => {
        const markdown = render(file, exampleValues(file.meta!));
        assert.deepEqual(describeFindings(markdown), []);
        assert.ok(!/【|xx|undefined|\[object /.test(markdown), markdown);
        assert.match(markdown, /^# \S/, 'opens with its title');
      });

      it('leaves out what an optional variable would say when it is empty, and still passes', () => {
        const meta = file.meta!;
        const values = exampleValues(meta);
        for (const v of meta.variables) if (!v.required) values[v.name] = '';
        const markdown = render(file, values);
        assert.deepEqual(describeFindings(markdown), []);
      });

      for (const v of file.meta?.variables.filter((v) => v.type === 'choice') ?? []) {
        it(`passes with each choice of ${v.name}`, () => {
          for (const choice of v.choices) {
            const markdown = render(file, { ...exampleValues(file.meta!), [v.name]: choice });
            assert.deepEqual(describeFindings(markdown), [], choice);
          }
        });
      }
    });
  }

  describe('conventions of each kind', () => {
    const filled = (name: string): string => {
      const file = files.find((f) => f.name === name)!;
      return render(file, exampleValues(file.meta!));
    };
    const lastLines = (markdown: string, n: number): string[] => markdown.trim().split(/\n+/).slice(-n);

    it('a 报告 and a 工作汇报 end with 特此报告 and are read as reports', () => {
      for (const name of ['report.njk', 'work-report.njk']) {
        const markdown = filled(name);
        assert.ok(markdown.includes('\n特此报告。\n'), name);
        assert.equal(check(markdown).draft.documentType, 'work-report');
        assert.ok(!/请批示|妥否|请批复/.test(markdown), `${name} carries no request`);
      }
    });

    it('a 请示 ends with 妥否，请批示, and names one 主送机关', () => {
      const markdown = filled('request.njk');
      assert.ok(markdown.includes('\n妥否，请批示。\n'));
      assert.equal(check(markdown).draft.documentType, 'request');
      const addressee = markdown.split('\n').find((l) => l.endsWith('：'))!;
      assert.ok(!/[、，]/.test(addressee), addressee);
    });

    it('a 述职报告 ends with 特此报告，请予评议', () => {
      const markdown = filled('debriefing.njk');
      assert.ok(markdown.includes('\n特此报告，请予评议。\n'));
      assert.equal(check(markdown).draft.documentType, 'debriefing');
    });

    it('a 工作汇报 has 工作进展, 存在问题 and 下一步措施 in order', () => {
      const markdown = filled('work-report.njk');
      const at = ['工作进展', '存在问题', '下一步工作措施'].map((h) => markdown.indexOf(h));
      assert.ok(at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]!)), String(at));
    });

    it('each kind is read as its 文种 from its title', () => {
      const expected: Record<string, string> = {
        'work-summary.njk': 'work-report',
        'notice.njk': 'notice',
        'letter.njk': 'letter',
        'minutes.njk': 'minutes',
        'research-report.njk': 'research-report',
        'plan.njk': 'plan',
      };
      for (const [name, type] of Object.entries(expected)) assert.equal(check(filled(name)).draft.documentType, type, name);
    });

    it('a 成文日期 is written per GB/T 9704 under the 署名', () => {
      for (const file of files.filter((f) => f.meta!.variables.some((v) => v.name === 'date'))) {
        const [signature, date] = lastLines(filled(file.name).replace(/\n（联系人.*\n$/, '\n'), 2);
        assert.match(date!, /^\d{4}年[1-9]\d?月[1-9]\d?日$/, file.name);
        assert.ok(signature && !/[。：]/.test(signature), `${file.name}: ${signature}`);
      }
    });

    it('attachments follow GB/T 9704 7.3.4: 附件：1.名称, no final punctuation', () => {
      const markdown = filled('request.njk');
      assert.match(markdown, /\n附件：1\.农村学校取暖设施改造项目清单\\\n2\.取暖设施改造资金测算表\n/);
    });
  });
});
