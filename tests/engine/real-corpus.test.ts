// The real corpus (tests/corpus/real/): its annotations are consistent, as proved by the independent verifier,
// and the verifier itself reads figures, resolves references and does interval arithmetic as the format says.

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutate } from '../../scripts/real-corpus';
import { evaluateCheck, loadCorpus, parseFigure, resolveRef, resolveRelation, type AnnotationSpec } from '../corpus/real/verify';

describe('real corpus: the verifier', () => {
  it('reads Arabic figures with separators, decimals, multipliers and units', () => {
    const a = parseFigure('56.82亿元');
    assert.equal(a.value, 56.82e8);
    assert.ok(Math.abs(a.interval.lo - 56.815e8) < 1 && Math.abs(a.interval.hi - 56.825e8) < 1);
    assert.equal(a.unit, '元');
    const b = parseFigure('1,200人次');
    assert.deepEqual([b.value, b.exact, b.grouped], [1200, true, true]);
    assert.deepEqual(b.interval, { lo: 1200, hi: 1200 });
    assert.deepEqual([parseFigure('321 146件').value, parseFigure('321 146件').exact, parseFigure('321 146件').unit], [321146, true, '件']);
    const c = parseFigure('12000万元');
    assert.equal(c.value, 1.2e8);
    assert.deepEqual(c.interval, { lo: 1.2e8 - 5000, hi: 1.2e8 + 5000 });
    assert.equal(parseFigure('2.3万亿元').value, 2.3e12);
    assert.equal(parseFigure('1.5千万元').value, 1.5e7);
    assert.equal(parseFigure('500千瓦时').value, 500);
  });

  it('reads percentages, points, times, signs and Chinese numerals', () => {
    const p = parseFigure('68.2%');
    assert.deepEqual([p.value, p.form, p.decimals], [68.2, 'percent', 1]);
    assert.deepEqual([parseFigure('3.6个百分点').form, parseFigure('3.6个百分点').value], ['points', 3.6]);
    assert.equal(parseFigure('2.5倍').form, 'times');
    assert.equal(parseFigure('-1%').value, -1);
    assert.equal(parseFigure('−0.5%').value, -0.5);
    const q = parseFigure('68%');
    assert.deepEqual(q.interval, { lo: 67.5, hi: 68.5 });
    assert.deepEqual([parseFigure('三十六个').value, parseFigure('三十六个').exact], [36, true]);
    assert.equal(parseFigure('一百零五人').value, 105);
    assert.equal(parseFigure('十二项').value, 12);
    assert.equal(parseFigure('三十万人').value, 300000);
    assert.equal(parseFigure('474.5', '亿元').value, 474.5e8);
    assert.equal(parseFigure('85.3', '%').form, 'percent');
    assert.deepEqual(parseFigure('35210元', undefined, true).interval, { lo: 35209.5, hi: 35210.5 });
    assert.throws(() => parseFigure('约5亿元'), /does not start with a number/);
  });

  it('evaluates checks in interval arithmetic at every operand’s precision', () => {
    const v = (s: string, unit?: string) => parseFigure(s, unit).interval;
    // issue 12, example 5: 12.34 ÷ 20.05 = 61.546…%, and 61.56% holds within the operands' rounding
    assert.equal(evaluateCheck('p = n / d * 100', { p: v('61.56%'), n: v('12.34亿元'), d: v('20.05亿元') }).holds, true);
    assert.equal(evaluateCheck('p = n / d * 100', { p: v('61.66%'), n: v('12.34亿元'), d: v('20.05亿元') }).holds, false);
    // a change written as a difference: 0.6 ÷ (8.1 + 0.6) = 6.9%
    assert.equal(evaluateCheck('p = d / (a + d) * 100', { p: v('6.9%'), a: v('8.1亿元'), d: v('0.6亿元') }).holds, true);
    assert.equal(evaluateCheck('t = a + b + c', { t: v('56.82亿元'), a: v('5.32亿元'), b: v('11.49亿元'), c: v('40.01亿元') }).holds, true);
    assert.equal(evaluateCheck('t = a + b', { t: v('10人'), a: v('3人'), b: v('6人') }).holds, false);
    assert.equal(evaluateCheck('t >= a + b', { t: v('10人'), a: v('3人'), b: v('6人') }).holds, true);
    assert.equal(evaluateCheck('t >= a + b', { t: v('8人'), a: v('3人'), b: v('6人') }).holds, false);
    assert.equal(evaluateCheck('a = b', { a: v('1.2亿元'), b: v('12000万元') }).holds, true);
    assert.throws(() => evaluateCheck('p = a / b', { p: v('1%'), a: v('1人') }), /unknown role «b»/);
    assert.throws(() => evaluateCheck('p a', { p: v('1%'), a: v('1人') }), /exactly one of/);
    assert.throws(() => evaluateCheck('p = a = b', { p: v('1%'), a: v('1人'), b: v('1人') }), /exactly one of/);
  });

  it('resolves references to UTF-16 offsets, with #n for a repeated string', () => {
    const text = '全县完成投资𠀋12.5亿元，其中工业完成投资5亿元。\n工业完成投资5亿元';
    const r = resolveRef(text, '全县完成投资𠀋⟦12.5亿元⟧');
    assert.equal(text.slice(r.offset, r.endOffset), '12.5亿元');
    assert.equal(r.offset, 8); // 𠀋 is two code units
    assert.throws(() => resolveRef(text, '工业完成投资⟦5亿元⟧'), /ambiguous reference.*occurs 2 times/);
    const second = resolveRef(text, '工业完成投资⟦5亿元⟧#2');
    assert.equal(second.offset, text.lastIndexOf('5亿元'));
    assert.throws(() => resolveRef(text, '全市⟦3亿元⟧'), /unresolved reference/);
    assert.throws(() => resolveRef(text, '全县完成投资12.5亿元'), /exactly one ⟦figure⟧/);
  });

  it('rejects a relation whose check names an unknown role, or whose holds flag the arithmetic contradicts', () => {
    const text = '税收收入8.1亿元，比上年减收0.6亿元，下降6.9%。';
    const base = { id: 'x', kind: 'change', figures: { p: '下降⟦6.9%⟧', a: '税收收入⟦8.1亿元⟧', d: '减收⟦0.6亿元⟧' }, anchor: 'p', holds: true };
    assert.equal(resolveRelation(text, { ...base, check: 'p = d / (a + d) * 100' }).outcome.holds, true);
    assert.throws(() => resolveRelation(text, { ...base, check: 'p = d / (a + e) * 100' }), /unknown role «e»/);
    assert.throws(() => resolveRelation(text, { ...base, check: 'p = d / a * 100', kind: 'growth' }), /unknown relation kind/);
    assert.throws(() => resolveRelation(text, { ...base, check: 'p = a * 100' }), /role «d» is not used/);

    const root = mkdtempSync(join(tmpdir(), 'real-corpus-'));
    try {
      mkdirSync(join(root, 'dev0'));
      writeFileSync(join(root, 'dev0', 'ysbg-test-01.md'), `${text}\n\n${'全年财政收支平稳运行。'.repeat(30)}\n`);
      const annotation: AnnotationSpec = {
        url: 'https://example.gov.cn/',
        title: 't',
        kind: '预算执行情况',
        batch: 'dev0',
        relations: [{ ...base, check: 'p = d / (a - d) * 100', holds: true }],
      };
      writeFileSync(join(root, 'dev0', 'ysbg-test-01.json'), JSON.stringify(annotation));
      writeFileSync(join(root, 'SOURCES.md'), '| ysbg-test-01 | dev0 |\n');
      const { problems } = loadCorpus({ root });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /relation «x»: holds is true but the arithmetic says it does not hold/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('real corpus: the mutants of the scoring script', () => {
  const text = '全县重点项目年度计划92.8亿元，完成投资90.5亿元，完成率97.5%，其中工业项目完成投资36.5亿元，占40.3%；交通项目1,250万元。全县共有学校三十六所，其中高中四所、初中十二所、小学二十所。';
  const excerpt = (r: ReturnType<typeof resolveRelation>) => ({ batch: 'dev0', id: 'x-y-01', mdPath: '', text, annotation: {} as AnnotationSpec, relations: [r], tables: [] });
  const rel = (figures: Record<string, string>, check: string, anchor: string) => resolveRelation(text, { id: 'r', kind: 'sum', figures, check, anchor, holds: true });

  it('moves a percentage by 5 points (down from 95 up) and cuts an amount by a tenth, at the written decimals', () => {
    const share = rel({ p: '占⟦40.3%⟧', n: '工业项目完成投资⟦36.5亿元⟧', d: '完成投资⟦90.5亿元⟧' }, 'p = n / d * 100', 'p');
    assert.equal(share.outcome.holds, true);
    assert.equal(mutate(excerpt(share), share)!.to, '45.3%');
    const rate = rel({ p: '完成率⟦97.5%⟧', n: '完成投资⟦90.5亿元⟧', d: '年度计划⟦92.8亿元⟧' }, 'p = n / d * 100', 'p');
    assert.equal(mutate(excerpt(rate), rate)!.to, '92.5%');
    const restated = rel({ a: '年度计划⟦92.8亿元⟧', b: '交通项目⟦1,250万元⟧' }, 'a = b * 7424', 'a');
    assert.equal(mutate(excerpt(restated), restated)!.to, '83.5亿元');
    const grouped = rel({ b: '年度计划⟦92.8亿元⟧', a: '交通项目⟦1,250万元⟧' }, 'b = a * 7424', 'a');
    assert.equal(mutate(excerpt(grouped), grouped)!.to, '1,125万元');
    const sum = rel({ t: '完成投资⟦90.5亿元⟧', a: '工业项目完成投资⟦36.5亿元⟧' }, 't >= a', 't');
    const m = mutate(excerpt(sum), sum)!;
    assert.equal(m.to, '32.8亿元'); // a tenth below 36.45亿, floored to 0.1亿
    assert.equal(m.text.slice(m.spans[0]!.offset, m.spans[0]!.endOffset), '32.8亿元');
    const unbreakable = rel({ a: '交通项目⟦1,250万元⟧', b: '工业项目完成投资⟦36.5亿元⟧' }, 'a * 0 + 1 = b / b', 'a');
    assert.equal(mutate(excerpt(unbreakable), unbreakable), undefined, 'a relation the cut does not break yields no mutant');
    const schools = rel({ t: '共有学校⟦三十六所⟧', a: '高中⟦四所⟧', b: '初中⟦十二所⟧', c: '小学⟦二十所⟧' }, 't = a + b + c', 't');
    const ms = mutate(excerpt(schools), schools)!;
    assert.equal(ms.to, '三十二所');
    assert.ok(ms.text.includes('共有学校三十二所，其中高中四所'));
    assert.equal(ms.text.slice(ms.spans[3]!.offset, ms.spans[3]!.endOffset), '二十所');
  });

  it('keeps a full-width decimal point as written (175．39亿元, heldout165/yszx-datong-01)', () => {
    const wide = '一般公共预算收入175．39亿元，其中税收收入110．20亿元。';
    const r = resolveRelation(wide, { id: 'r', kind: 'sum', figures: { t: '一般公共预算收入⟦175．39亿元⟧', a: '税收收入⟦110．20亿元⟧' }, check: 't >= a', anchor: 't', holds: true });
    const m = mutate({ ...excerpt(r), text: wide }, r)!;
    assert.equal(m.to, '99．17亿元'); // a tenth below 110.195亿, floored to 0.01亿, its point full-width as written
    assert.ok(m.text.startsWith('一般公共预算收入99．17亿元，'));
  });
});

describe('real corpus: annotations', () => {
  const { excerpts, problems } = loadCorpus();

  it('every annotation resolves, parses and agrees with its arithmetic', () => {
    assert.deepEqual(problems, []);
  });

  it('has excerpts with relations', () => {
    assert.ok(excerpts.length > 0);
    for (const e of excerpts) assert.ok(e.relations.length > 0 || e.annotation.derivedFrom, `${e.batch}/${e.id} has no relation`);
  });
});
