// The engine's contracts: UTF-16 offsets, inline directives, configuration, rule isolation, fix helpers.

import assert from 'node:assert/strict';
import { check, applyEdits, safeFixEdits, checkDraft } from '../../server/src/engine/check';
import { defaultConfig, nearestRuleId, resolveConfig } from '../../server/src/engine/config';
import { parseDraft } from '../../server/src/engine/parse';
import { rules } from '../../server/src/engine/rules';
import { LineIndex } from '../../server/src/engine/text';
import { outline } from '../../server/src/engine/sections';

describe('engine', () => {
  describe('offsets', () => {
    it('are UTF-16 code units, also after characters outside the BMP', () => {
      const text = '😀𠀀完成投资xx亿元。\n';
      const [f] = check(text, { only: ['placeholder'] }).findings;
      assert.ok(f);
      assert.equal(text.slice(f.offset, f.endOffset), 'xx');
      assert.equal(f.offset, 8); // two surrogate pairs (4 units) + 完成投资 (4)
      const lines = new LineIndex(text);
      assert.deepEqual(lines.lineColumn(f.offset), { line: 1, column: 9 });
    });

    it('count CRLF line ends as one break', () => {
      const text = '第一行。\r\n完成xx个。\r\n';
      const [f] = check(text, { only: ['placeholder'] }).findings;
      const lines = new LineIndex(text);
      assert.deepEqual(lines.lineColumn(f!.offset), { line: 2, column: 3 });
      assert.equal(lines.offsetAt(1, 2), f!.offset);
    });
  });

  describe('inline directives', () => {
    const body = '完成投资xx亿元。\n\n新开工xx个。\n';
    it('disable-next-line silences one rule on the next line only', () => {
      const text = `<!-- gongwen-disable-next-line placeholder -->\n${body}`;
      const found = check(text, { only: ['placeholder'] }).findings.map((f) => text.slice(f.offset, f.endOffset + 1));
      assert.deepEqual(found, ['xx个']);
    });
    it('disable-next-line names only the rules it lists', () => {
      const text = `<!-- gongwen-disable-next-line punctuation-width -->\n${body}`;
      assert.equal(check(text, { only: ['placeholder'] }).findings.length, 2);
    });
    it('disable … enable covers a range', () => {
      const text = `<!-- gongwen-disable placeholder -->\n${body}<!-- gongwen-enable placeholder -->\n\n再完成xx项。\n`;
      const found = check(text, { only: ['placeholder'] }).findings;
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0]!.offset, found[0]!.endOffset + 1), 'xx项');
    });
    it('a directive inside a code block is not a directive', () => {
      const text = '```\n<!-- gongwen-disable placeholder -->\n```\n\n完成xx个。\n';
      assert.equal(check(text, { only: ['placeholder'] }).findings.length, 1);
    });
    it('a name that is no rule is a problem where it is written, with the id it most likely meant', () => {
      const text = `<!-- gongwen-disable-next-line placehodler, number-sum -->\n${body}<!-- gongwen-disable 半角标点 foo -->\n`;
      const result = check(text);
      assert.deepEqual(
        result.directiveProblems.map((p) => [text.slice(p.offset, p.endOffset), p.name, p.suggestion]),
        [
          ['placehodler', 'placehodler', 'placeholder'],
          ['半角标点', '半角标点', 'punctuation-width'],
          ['foo', 'foo', undefined],
        ],
      );
      assert.match(result.directiveProblems[0]!.message, /^注释 gongwen-disable-next-line 中的规则“placehodler”不存在（unknown rule），是不是“placeholder”？/);
      assert.doesNotMatch(result.directiveProblems[2]!.message, /是不是/);
      // the misspelt name silences nothing: both placeholders are found
      assert.equal(result.findings.filter((f) => f.rule === 'placeholder').length, 2);
      assert.deepEqual(check(`<!-- gongwen-disable-next-line placeholder -->\n${body}`).directiveProblems, []);
    });
  });

  describe('configuration', () => {
    it('sets severities and turns rules off', () => {
      const { config, errors } = resolveConfig({ rules: { placeholder: 'warning', 'punctuation-width': 'off' } }, rules, 'test.json');
      assert.deepEqual(errors, []);
      const findings = check('完成xx个,新开工3个。\n', { config }).findings;
      assert.deepEqual(
        findings.map((f) => [f.rule, f.severity]),
        [['placeholder', 'warning']],
      );
    });

    it('adds placeholder patterns, literal and /regex/', () => {
      const { config, errors } = resolveConfig({ placeholders: ['待定', '/〔\\S+?〕/'] }, rules, 'test.json');
      assert.deepEqual(errors, []);
      const text = '会议时间待定，地点〔会议室名称〕。\n';
      const found = check(text, { config, only: ['placeholder'] }).findings.map((f) => text.slice(f.offset, f.endOffset));
      assert.deepEqual(found, ['待定', '〔会议室名称〕']);
    });

    it('fixes the document type', () => {
      const { config } = resolveConfig({ documentType: 'request' }, rules, 'test.json');
      assert.equal(check('# 关于防汛工作情况的报告\n\n妥否，请批示。\n', { config, only: ['request-in-report'] }).findings.length, 0);
      assert.equal(check('# 关于防汛工作情况的报告\n\n妥否，请批示。\n', { only: ['request-in-report'] }).findings.length, 2);
    });

    it('names the file and the problem, and keeps the defaults, on any error', () => {
      const { config, errors } = resolveConfig({ rules: { placeholder: 'off', 'no-such-rule': 'error', 'heading-sequence': 'loud' } }, rules, '/w/.gongwenrc.json');
      assert.equal(errors.length, 2);
      assert.ok(errors.every((e) => e.startsWith('/w/.gongwenrc.json：')));
      assert.ok(errors[0]!.includes('no-such-rule'));
      assert.ok(errors[1]!.includes('heading-sequence'));
      assert.deepEqual(config, defaultConfig(rules));
    });

    it('names the rule a misspelt id most likely meant', () => {
      const near = (name: string) => nearestRuleId(name, rules);
      assert.equal(near('placehodler'), 'placeholder'); // two letters swapped
      assert.equal(near('placeholders'), 'placeholder');
      assert.equal(near('punctuaton-width'), 'punctuation-width');
      assert.equal(near('Number-Sum'), 'number-sum');
      assert.equal(near('punctuation'), 'punctuation-width'); // the one id it is a part of
      assert.equal(near('sum'), undefined); // number-sum or table-sum
      assert.equal(near('residue'), 'web-residue');
      assert.equal(near('number'), undefined); // a part of five ids
      assert.equal(near('占位符'), 'placeholder'); // in the one Chinese title
      assert.equal(near('foo'), undefined);
      assert.equal(near('web'), 'web-residue');
      assert.match(
        resolveConfig({ rules: { 'punctuaton-width': 'off' } }, rules, 'c').errors[0]!,
        /规则“punctuaton-width”不存在（unknown rule），是不是“punctuation-width”？（did you mean punctuation-width\?）/,
      );
    });

    it('rejects bad placeholder regular expressions and unknown keys', () => {
      assert.equal(resolveConfig({ placeholders: ['/[/'] }, rules, 'c').errors.length, 1);
      assert.equal(resolveConfig({ rule: {} }, rules, 'c').errors.length, 1);
      assert.equal(resolveConfig([], rules, 'c').errors.length, 1);
      assert.equal(resolveConfig({ documentType: 'novel' }, rules, 'c').errors.length, 1);
      assert.equal(resolveConfig({ rules: { placeholder: ['error', { nope: 1 }] } }, rules, 'c').errors.length, 1);
    });

    it('refuses placeholder patterns that could backtrack without end, keeping the defaults, and takes ordinary ones', () => {
      for (const p of ['/(a+)+$/', '/(a|aa)*/', '/(x*)*y/', '/(\\w+\\s?)+$/', '/(.*a){12}/', '/(待)\\1/']) {
        const { config, errors } = resolveConfig({ placeholders: ['待定', p] }, rules, 'c');
        assert.equal(errors.length, 1, p);
        assert.match(errors[0]!, /占位符模式.*不能使用/);
        assert.deepEqual(config, defaultConfig(rules), p);
      }
      const { config, errors } = resolveConfig({ placeholders: ['/【[^】]*】/', '/X{2,}/', '/(?:待|另行)定/', '/〔\\S+〕/', '/(?:xx)+/', '/[(]+/'] }, rules, 'c');
      assert.deepEqual(errors, []);
      assert.equal(config.placeholders.length, 6);
    });
  });

  it('a rule that throws fails alone', () => {
    const draft = parseDraft('完成xx个,新开工3个。\n');
    const config = defaultConfig(rules);
    const broken = rules.find((r) => r.id === 'punctuation-width')!;
    const original = broken.check;
    (broken as { check: typeof original }).check = () => {
      throw new Error('boom');
    };
    try {
      const result = checkDraft(draft, config);
      assert.deepEqual(
        result.failures.map((f) => f.rule),
        ['punctuation-width'],
      );
      assert.deepEqual(
        result.findings.map((f) => f.rule),
        ['placeholder'],
      );
    } finally {
      (broken as { check: typeof original }).check = original;
    }
  });

  describe('fixes', () => {
    it('applyEdits applies non-overlapping edits from the end backwards in effect', () => {
      assert.equal(
        applyEdits('a,b,c', [
          { offset: 3, endOffset: 4, text: '，' },
          { offset: 1, endOffset: 2, text: '，' },
        ]),
        'a，b，c',
      );
    });
    it('safe fixes never overlap and change only their targets', () => {
      const text = '按照安排,现将情况汇报如下:\n';
      const findings = check(text).findings;
      const fixed = applyEdits(text, safeFixEdits(findings));
      assert.equal(fixed, '按照安排，现将情况汇报如下：\n');
    });
  });

  describe('the draft model', () => {
    it('reads the title, its type and a duplicated page heading', () => {
      const draft = parseDraft('全县工作情况的汇报\n\nxx县全县工作情况的汇报\n\n正文。\n');
      assert.equal(draft.title?.source, 'xx县全县工作情况的汇报');
      assert.equal(draft.duplicateTitle?.source, '全县工作情况的汇报');
      assert.equal(draft.documentType, 'work-report');
      assert.equal(parseDraft('# 关于拨付资金的请示\n').documentType, 'request');
      assert.equal(parseDraft('# 关于召开会议的通知\n').documentType, 'notice');
      assert.equal(parseDraft('# 2024年个人述职报告\n').documentType, 'debriefing');
    });

    it('masks code, link targets and URLs but keeps offsets', () => {
      const text = '见`a,b`和[文件](http://x.cn/a,b)及 https://y.cn/c,d 。\n';
      const draft = parseDraft(text);
      assert.equal(draft.prose.length, text.length);
      assert.ok(!draft.prose.includes(','));
      assert.ok(draft.prose.includes('文件'));
    });

    it('builds the 一、/（一）/1. outline', () => {
      const draft = parseDraft('# 题目的汇报\n\n一、甲\n\n（一）乙。正文。\n\n1. 丙\n\n（二）丁\n\n二、戊\n');
      const tree = outline(draft);
      assert.deepEqual(
        tree.map((s) => s.heading),
        ['甲', '戊'],
      );
      assert.deepEqual(
        tree[0]!.children.map((s) => s.heading),
        ['乙', '丁'],
      );
      assert.deepEqual(
        tree[0]!.children[0]!.children.map((s) => s.heading),
        ['丙'],
      );
    });
  });
});
