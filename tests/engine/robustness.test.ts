// The engine on hostile and random text (docs/robustness.md): it never throws and no rule fails, every span lies
// inside the text on code point boundaries, and the work grows linearly with the size of the text, shown by
// counting steps (tests/engine/steps.ts), not by timing.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check, type CheckResult } from '../../server/src/engine/check';
import { resolveConfig } from '../../server/src/engine/config';
import { rules } from '../../server/src/engine/rules';
import { quote } from '../../server/src/engine/text';
import { bracketsOf } from '../../server/src/engine/figures/extract';
import { limitNesting, MAX_CONTAINER_COLUMN } from '../../server/src/engine/nesting';
import { parseMarkdown } from '../../server/src/engine/markdown';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Span } from '../../server/src/engine/types';
import { HOSTILE } from './hostile';
import { problems } from './spans';
import { measureSteps, type StepTable } from './steps';

const root = join(__dirname, '..', '..');
const SEED = 20_261_126;

function assertSound(text: string, label: string): void {
  let result: CheckResult;
  try {
    result = check(text);
  } catch (error) {
    assert.fail(`${label}: check threw ${String((error as Error)?.stack ?? error)}`);
  }
  assert.deepEqual(problems(text, result), [], label);
}

// ---- random text -----------------------------------------------------------------------------------------

const drafts = [
  ...readdirSync(join(root, 'examples')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
  ...readdirSync(join(root, 'tests', 'corpus', 'figures'))
    .filter((f) => /^\d.*\.md$/.test(f))
    .map((f) => readFileSync(join(root, 'tests', 'corpus', 'figures', f), 'utf8').replace(/⟦[a-z-]+⟧/g, '')),
];
const lines = drafts.flatMap((d) => d.split(/(?<=[。；\n])/)).filter((l) => l.trim() !== '');

/** Single UTF-16 units: lone surrogates, NUL, BOM, line ends, markup and the marks the rules look at. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\uFEFF', '\r', '\n', '\r\n', '\u2028', '\t', ' ', '　', '😀', '𠀀', '👨‍👩‍👧', '\ud800', '\udfff'),
  fc.constantFrom(',', '.', ';', ':', '(', ')', '"', '（', '）', '“', '”', '《', '》', '、', '。', '，', '-', '>', '#', '*', '`', '<!--', '-->', '[', ']'),
  fc.constantFrom('x', 'xx', '××', '5', '12.5', '亿元', '个', '%', '一是', '二是', '第一', '一、', '（一）', '1.', '其中', '占', '分别为', '增长', '合计', '某某'),
);
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(unit, { maxLength: 200 }).map((u) => u.join('')),
  // drafts' sentences shuffled and cut, joined by any line end, with hostile units between them
  fc.array(fc.oneof(fc.constantFrom(...lines), unit, fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n- ', '\n> ', '\n# ')), { maxLength: 40 }).map((p) => p.join('')),
);

describe('robustness', () => {
  describe('on random text', () => {
    it('never throws, no rule fails, every span is sound', () => {
      fc.assert(
        fc.property(randomText, (text) => {
          assertSound(text, JSON.stringify(text.slice(0, 200)));
        }),
        { seed: SEED, numRuns: 400 },
      );
    });

    it('and the same on drafts with hostile characters put anywhere', () => {
      fc.assert(
        fc.property(fc.constantFrom(...drafts), fc.array(fc.tuple(fc.nat(), unit), { minLength: 1, maxLength: 12 }), (draft, insertions) => {
          let text = draft;
          for (const [at, u] of insertions) {
            const k = at % (text.length + 1);
            text = text.slice(0, k) + u + text.slice(k);
          }
          assertSound(text, JSON.stringify(insertions));
        }),
        { seed: SEED, numRuns: 60 },
      );
    });
  });

  describe('next to characters outside the BMP', () => {
    it('a paragraph broken after an emoji: the finding takes the whole emoji', () => {
      // broken-paragraph reported [p.endOffset - 1, …): half of the 😀
      const text = '完成工作，推进各项工作落实到位😀\n\n完成投资5亿元，增长5%。\n';
      const [f] = check(text).findings.filter((x) => x.rule === 'broken-paragraph');
      assert.equal(text.slice(f!.offset, f!.endOffset), '😀\n\n完');
      assert.match(f!.message, /^段落在“项工作落实到位😀”处中断/);
    });

    it('a configured placeholder pattern matching half an emoji: the finding takes the whole emoji', () => {
      const config = resolveConfig({ placeholders: ['/\\ud83d/'] }, rules, 'test').config;
      const text = '完成😀工作\n';
      const f = check(text, { config }).findings.find((x) => x.rule === 'placeholder');
      assert.equal(text.slice(f!.offset, f!.endOffset), '😀');
    });

    it('quotes in messages are never cut inside a surrogate pair', () => {
      assert.equal(quote('一二三四五六七八九十一二三四五六七八九十一二😀😀', 24), '“一二三四五六七八九十一二三四五六七八九十一二…”');
    });

    it('random prose lines ending or starting on astral characters', () => {
      const astral = fc.constantFrom('😀', '𠀀', '👨‍👩‍👧', '🇨🇳', '\ud83d', '\ude00', '');
      const prose = fc.constantFrom('完成工作，推进各项工作落实到位', '完成投资5亿元，增长5%', '一是抓项目，二是抓招商', '（一）抓项目', '加入收藏', 'xx个', '2024.3.5', '三、四天');
      const line = fc.tuple(astral, prose, astral).map((p) => p.join(''));
      const separator = fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\r', ',', '(', ')', '');
      fc.assert(
        fc.property(fc.array(fc.tuple(line, separator), { maxLength: 12 }), (parts) => {
          const text = parts.map((p) => p.join('')).join('');
          assertSound(text, JSON.stringify(text));
        }),
        { seed: SEED, numRuns: 500 },
      );
    });
  });

  describe('blank lines', () => {
    it('are not handed to micromark, and the tree is the one a whole parse gives', () => {
      const whole = unified().use(remarkParse);
      for (const text of ['', '\n', ' \t\r\n\r\n  \n', '\n'.repeat(5000) + '完成,', '段一。\n\n\n\n段二。\n\n   \n\t\n段三。\r\n\r\n', '- 项\n\n\n\n  续行。\n\n正文。\n']) {
        assert.deepEqual(parseMarkdown(text), whole.parse(text), JSON.stringify(text.slice(0, 40)));
      }
    });
  });

  describe('a byte order mark', () => {
    it('at the start: the findings of the draft without it, one unit later (the title kept whole)', () => {
      // micromark dropped the mark and counted offsets without it: 「关于工作的汇报」 was read as 「关于工作的汇」,
      // a work report as 'other', and structure-sections fell silent
      const shift = (text: string, by: number) => check(text).findings.map((f) => [f.rule, f.offset + by, f.endOffset + by, f.message]);
      for (const draft of [...drafts, '# 关于工作的汇报\n\n一、主要做法\n\n三、下一步\n']) assert.deepEqual(shift('\uFEFF' + draft, 0), shift(draft, 1));
    });
  });

  describe('on the hostile inputs', () => {
    for (const name of Object.keys(HOSTILE)) {
      it(`${name}: never throws, no rule fails, every span is sound`, () => {
        assertSound(HOSTILE[name]!(20_000), name);
      });
    }
    it('the 100,000-character line, 10,000-deep lists and quotes and a million x, at full size', () => {
      assertSound(HOSTILE['long-line']!(100_000), 'long-line');
      assertSound(HOSTILE['nested-lists']!(60_000), 'nested-lists');
      assertSound(HOSTILE['nested-quotes']!(60_000), 'nested-quotes');
      assertSound(HOSTILE['million-x']!(1_000_000), 'million-x');
    });
  });

  describe('limits that keep hostile text linear', () => {
    it('blanks list and quote markers past the column limit, keeping length and line breaks', () => {
      const deep = '- '.repeat(100) + 'x\r\n' + '> '.repeat(100) + 'y\n\n正文。';
      const limited = limitNesting(deep);
      assert.equal(limited.length, deep.length);
      assert.deepEqual(limited.match(/\r\n|\n/g), deep.match(/\r\n|\n/g));
      assert.equal(limited.slice(0, MAX_CONTAINER_COLUMN), deep.slice(0, MAX_CONTAINER_COLUMN));
      assert.match(limited, /^(?:- ){20} +x\r\n(?:> ){20} +y\n\n正文。$/);
      const draft = '# 标题\n\n- 一项\n  - 二项\n    > 引用\n\n1. 一\n2. 二\n';
      assert.equal(limitNesting(draft), draft);
    });

    it('finds the brackets around each offset as scanning back and forth from it does', () => {
      // the scan bracketsOf replaced: back to the first unmatched open bracket, then on to its close
      const scan = (text: string, offset: number): Span | undefined => {
        let depth = 0;
        for (let i = offset - 1; i >= 0; i--) {
          if (text[i] === '）' || text[i] === ')') depth++;
          else if (text[i] === '（' || text[i] === '(') {
            if (depth-- > 0) continue;
            let k = offset;
            for (let d = 0; k < text.length; k++) {
              if (text[k] === '（' || text[k] === '(') d++;
              else if ((text[k] === '）' || text[k] === ')') && d-- === 0) break;
            }
            return { offset: i + 1, endOffset: k };
          }
        }
        return undefined;
      };
      fc.assert(
        fc.property(fc.array(fc.constantFrom('（', '）', '(', ')', '5', '个'), { maxLength: 30 }), (chars) => {
          const text = chars.join('');
          const brackets = bracketsOf(text);
          for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(brackets(offset), scan(text, offset), `${text} @${offset}`);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  });

  describe('linear time, by counting steps', function () {
    this.timeout(300_000);
    const SMALL = 4_000;
    const names = Object.keys(HOSTILE);
    // counted in a child process started now, while the other tests run
    const counted = measureSteps(names, [SMALL, 4 * SMALL]);
    counted.catch(() => undefined); // reported by the test below
    /** The parts whose steps grew more than ×6 for ×4 the text. */
    const slowParts = (table: StepTable, name: string): string[] => {
      const small = table[name]![SMALL]!;
      const large = table[name]![4 * SMALL]!;
      return Object.keys(small)
        .filter((part) => large[part]!.total > 6 * Math.max(small[part]!.total, SMALL)) // below a step a character, growth is constant work
        .map((part) => `${part}: ${small[part]!.total} → ${large[part]!.total} steps (${large[part]!.top.join('; ')})`);
    };
    it('every hostile input: ×4 the text, at most ×6 the steps of the parse, the figure model and the rules', async () => {
      const table = await counted;
      const slow = names.filter((name) => slowParts(table, name).length > 0);
      if (slow.length === 0) return;
      // count again rule by rule to name the culprits
      const detail = await measureSteps(slow, [SMALL, 4 * SMALL], true);
      assert.deepEqual(Object.fromEntries(slow.map((name) => [name, slowParts(detail, name)])), {});
    });
  });
});
