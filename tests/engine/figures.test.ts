// The figure model: every form of number read with certainty, units converted, words that only look like
// numbers left out, and the measure and scope each figure is read with.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDraft } from '../../server/src/engine/parse';
import { extractFigures, readFigure } from '../../server/src/engine/figures/extract';
import { toChineseInteger } from '../../server/src/engine/figures/numerals';

function figures(text: string) {
  return extractFigures(parseDraft(text));
}

describe('figures', () => {
  describe('reading a number', () => {
    const cases: Array<[string, number | undefined, string, string?]> = [
      ['12个', 12, '个'],
      ['1,200人次', 1200, '人次'],
      ['3.5亿元', 3.5e8, '元'],
      ['3.45亿元', 345000000, '元'],
      ['1.2万', undefined, ''],
      ['1.2万人', 12000, '人'],
      ['12000万元', 1.2e8, '元'],
      ['１２个', 12, '个'],
      ['八支', 8, '支'],
      ['一百二十个', 120, '个'],
      ['两次', 2, '次'],
      ['一千二百万元', 12000000, '元'],
      ['百分之十', 10, '%'],
      ['15%', 15, '%'],
      ['41.8％', 41.8, '%'],
      ['12余个', 12, '个', '余'],
      ['20多个', 20, '个', '多'],
      ['30余万元', 300000, '元', '余'],
      ['52亿元以上', 5.2e9, '元', '以上'],
      ['5千米', 5000, '米'],
      ['3.2平方公里', 3.2e6, '平方米'],
      ['2.5个百分点', 2.5, '个百分点'],
    ];
    for (const [text, base, unit, approximate] of cases) {
      it(text, () => {
        const f = readFigure(text);
        if (base === undefined) {
          assert.equal(f, undefined);
          return;
        }
        assert.ok(f, `did not read ${text}`);
        assert.ok(Math.abs(f.base! - base) < 1e-6 * Math.max(1, base), `${f.base} ≠ ${base}`);
        assert.equal(f.unit.base, unit);
        assert.equal(f.approximate, approximate);
      });
    }

    it('reads a placeholder as a figure of unknown value', () => {
      const f = readFigure('xx亿元');
      assert.equal(f?.value, undefined);
      assert.equal(f?.unit.base, '元');
    });

    it('reads Arabic numbers with thousands separators back (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => readFigure(`${n.toLocaleString('en-US')}元`)?.base === n),
        { numRuns: 5000 },
      );
    });

    it('reads 万 and 亿 multipliers back (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 99999999 }), fc.constantFrom(['万', 1e4], ['亿', 1e8]), (n, [word, m]) => {
          const written = `${n / 1e4}${word}元`; // 1234.5678万元
          const f = readFigure(written);
          return !!f && Math.abs(f.base! - (n / 1e4) * m) <= 1e-6 * m;
        }),
        { numRuns: 5000 },
      );
    });

    it('reads Chinese numerals with a measure word back (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 1e12 }), (n) => readFigure(`${toChineseInteger(n)}个`)?.base === n),
        { numRuns: 5000 },
      );
    });

    it('converts units: 1.2亿元 and 12000万元 are the same amount', () => {
      assert.equal(readFigure('1.2亿元')!.base, readFigure('12000万元')!.base);
      assert.equal(readFigure('15亩')!.unit.kind, 'area');
    });
  });

  describe('words that look like numbers stay out', () => {
    const words = [
      '一是加强领导，二是压实责任，三是强化督导。',
      '胸怀“两个大局”，增强“四个意识”，谋划“十四五”，服务“三农”，统筹推进“五位一体”总体布局。',
      '第一季度，一把手带头，谋划一批项目，一些单位一方面统一思想，落实一岗双责和三重一大制度。',
      '2024年3月5日，按照GB/T 9704-2012排版，第3批项目在5月底开工，工作了24年，电话0931-8888888。',
      '召开三四次会议，十几个部门参加，一项一项督办。',
    ];
    for (const text of words) {
      it(text, () =>
        assert.deepEqual(
          figures(`${text}\n`).map((f) => f.text),
          [],
        ),
      );
    }
  });

  describe('measure and scope', () => {
    it('reads the noun before or after a figure', () => {
      const fs = figures('今年共安排重点建设项目36个，新开工项目14个，总投资32亿元。36个重点建设项目中民间投资项目7个。全县8支产业招商组开展活动。\n');
      assert.deepEqual(
        fs.map((f) => [f.text, f.key]),
        [
          ['36个', '重点建设项目'],
          ['14个', '新开工项目'],
          ['32亿元', '新开工项目·总投资'],
          ['36个', '重点建设项目'],
          ['7个', '民间投资项目'],
          ['8支', '产业招商组'],
        ],
      );
    });

    it('reads the time and modality of a figure', () => {
      const fs = figures('# 关于2024年上半年工作的汇报\n\n2024年完成投资20亿元。截至5月底，完成投资8亿元。去年完成投资18亿元。力争全年完成投资52亿元以上。计划投资60亿元。\n');
      assert.deepEqual(
        fs.map((f) => f.scope),
        ['', '截至5月底', '去年', '全年·力争·以上', ''],
      );
      assert.equal(fs[4]!.key, '计划投资');
    });

    it('keeps parts in brackets tied to their total', () => {
      const fs = figures('共安排重点建设项目12个（新建5个、续建7个）。\n');
      assert.deepEqual(
        fs.map((f) => f.key),
        ['重点建设项目', '重点建设项目·新建', '重点建设项目·续建'],
      );
      assert.ok(fs[1]!.bracket && !fs[0]!.bracket);
    });

    it('reads a short gloss inside a word as part of the measure', () => {
      const fs = figures('因公出国（境）费支出决算为12.02万元。共安排项目12个（新建5个）。\n');
      assert.deepEqual(
        fs.map((f) => [f.text, f.key]),
        [
          ['12.02万元', '因公出国（境）费支出决算'],
          ['12个', '项目'],
          ['5个', '项目·新建'],
        ],
      );
    });

    it('marks both ends of a range and does not do arithmetic with them', () => {
      const fs = figures('总投资9亿~16亿元，增幅15%～30%。\n');
      assert.ok(fs.every((f) => f.range));
    });
  });
});
