// The two examples: the seed draft copied from a 范文 site must yield what a careful reader finds in it, rule by
// rule; the clean report must yield nothing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, applyEdits, safeFixEdits } from '../../server/src/engine/check';

const examples = join(__dirname, '..', '..', 'examples');
const seedText = readFileSync(join(examples, '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');
const cleanText = readFileSync(join(examples, '关于2024年上半年项目建设工作情况的汇报.md'), 'utf8');

describe('examples', () => {
  describe('the seed draft', () => {
    const { findings, draft, failures } = check(seedText);
    const of = (rule: string) => findings.filter((f) => f.rule === rule);
    const spans = (rule: string) => of(rule).map((f) => seedText.slice(f.offset, f.endOffset));

    it('is read as a work report under its own title', () => {
      assert.deepEqual(failures, []);
      assert.equal(draft.documentType, 'work-report');
      assert.equal(draft.title?.source, 'xx县高质量项目推进年活动开展情况的汇报');
    });

    it('has its three parts in order', () => {
      assert.deepEqual(of('structure-sections'), []);
      assert.deepEqual(of('heading-sequence'), []);
      assert.deepEqual(of('enumeration-sequence'), []);
      assert.deepEqual(of('request-in-report'), []);
    });

    it('has 40 unfilled placeholders, every one an x run', () => {
      assert.equal(of('placeholder').length, 40);
      assert.ok(spans('placeholder').every((s) => /^[xX]+$/.test(s)));
      assert.ok(of('placeholder').every((f) => f.severity === 'error'));
    });

    it('has 140 half-width marks in its prose (none in the residue lines)', () => {
      const marks = spans('punctuation-width');
      assert.equal(marks.length, 140);
      const count = (m: string) => marks.filter((s) => s === m).length;
      assert.deepEqual([count(','), count(':'), count(';'), count('('), count(')'), count('"')], [89, 1, 2, 11, 11, 26]);
    });

    it('has seven lines of web residue', () => {
      assert.deepEqual(spans('web-residue'), [
        'SUCAI198.COM —— 专注党建行政公文写作范文',
        '县高质量项目推进年活动开展情况的汇报',
        '网络 分享 时间: 加入收藏 共计2028个字,预计阅读时长7分钟。',
        '221381',
        '领取福利',
        '微信扫码领取福利',
        '微信扫码分享',
      ]);
    });

    it('has three paragraphs broken mid-sentence', () => {
      const joined = of('broken-paragraph').map((f) => applyEdits(seedText, f.fix!).slice(f.offset - 3, f.offset + 5));
      assert.deepEqual(joined, ['批次共计xx人来', '涉及资金xx亿元', '大工作力度,尽快']);
    });

    it('writes 8支产业招商组 once as 八支: one numeral-style finding, pointing at the other form', () => {
      const [f] = of('numeral-style');
      assert.equal(of('numeral-style').length, 1);
      assert.equal(seedText.slice(f!.offset, f!.endOffset), '八支');
      assert.equal(seedText.slice(f!.related![0]!.offset, f!.related![0]!.endOffset), '8支');
    });

    it('has no figure that disagrees: every figure is still an xx slot', () => {
      for (const rule of ['number-sum', 'number-ratio', 'number-conflict', 'number-format']) assert.deepEqual(of(rule), [], rule);
    });

    it('after fix-all has no half-width marks left and its text otherwise unchanged', () => {
      const fixed = applyEdits(seedText, safeFixEdits(findings));
      const after = check(fixed).findings;
      assert.equal(after.filter((f) => f.rule === 'punctuation-width' || f.rule === 'numeral-style').length, 0);
      const strip = (s: string) => s.replace(/[,:;()"，：；（）“”]/g, '');
      assert.equal(strip(fixed), strip(seedText).replace('八支', '8支'));
    });
  });

  it('the clean report yields no finding', () => {
    const { findings, failures, draft } = check(cleanText);
    assert.deepEqual(failures, []);
    assert.equal(draft.documentType, 'work-report');
    assert.deepEqual(
      findings.map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });
});
