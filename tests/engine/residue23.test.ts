// One judgement for two rules (residue23): parse marks the lines that are cells of a table pasted one cell per line
// (`Line.cell`), and web-residue and broken-paragraph both read that mark instead of four readings of their own. Each
// case is a made-up text; its twin without the table's shape is still reported.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { parseDraft } from '../../server/src/engine/parse';

const lines = (ls: readonly string[]): string => ls.join('\n\n') + '\n';
const cells = (text: string): string[] =>
  parseDraft(text)
    .lines.filter((l) => l.cell)
    .map((l) => l.prose.trim());
const found = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('cells of a table pasted one cell per line, marked once by parse (residue23)', () => {
  const tasks = (first: string, after: readonly string[] = []): string =>
    lines(['今年重点工作任务分解如下，请各单位对照抓好落实', first, '目标任务', '责任单位', '7', '改造农村公路12公里，年底前全部完工', '交通股', ...after]);

  it('marks a table under 序号 from its headings to the next heading, and both rules leave its lines alone', () => {
    const text = tasks('序号', ['## 二、下步打算', '明年继续抓好农村公路改造，确保按期完成']);
    assert.deepEqual(cells(text), ['序号', '目标任务', '责任单位', '7', '改造农村公路12公里，年底前全部完工', '交通股']);
    assert.deepEqual(found(text, 'web-residue'), []);
    assert.deepEqual(found(text, 'broken-paragraph'), []);
  });

  it('reads the same lines without 序号 as prose: the lone 7 is residue, the cut sentences are broken', () => {
    const text = tasks('各项工作');
    assert.deepEqual(cells(text), []);
    assert.deepEqual(found(text, 'web-residue'), ['7']);
    assert.deepEqual(found(text, 'broken-paragraph'), ['实\n\n各', '工\n\n交']);
  });

  it('keeps the page’s furniture after such a table as residue, though the table runs on to the next heading', () => {
    const text = tasks('序号', ['扫码关注本站公众号']);
    assert.ok(!cells(text).includes('扫码关注本站公众号'));
    assert.deepEqual(found(text, 'web-residue'), ['扫码关注本站公众号']);
  });

  it('marks figures alone on their lines under as many headings, and no more', () => {
    const under = (headings: readonly string[]): string => lines(['全村养老保险参保情况如下。', ...headings, '441', '93%', '全村共同努力，把好事做好。']);
    assert.deepEqual(cells(under(['应参保人数', '完成率'])), ['441', '93%']);
    assert.deepEqual(found(under(['应参保人数', '完成率']), 'web-residue'), []);
    // one heading over two figures: a stray counter may stand there
    assert.deepEqual(cells(under(['完成率'])), []);
    assert.deepEqual(found(under(['完成率']), 'web-residue'), ['441']);
  });

  it('does not count a figure of an earlier run as a heading of the next', () => {
    const text = lines(['全村养老保险参保情况如下。', '应参保人数', '441', '完成率', '411', '93%', '全村共同努力，把好事做好。']);
    assert.deepEqual(cells(text), []);
    assert.deepEqual(found(text, 'web-residue'), ['441', '411']);
  });

  it('marks a run of labels, units and figures alone as a table’s cells, and a figure among sentences as none', () => {
    // rows left unfilled (2、飞播造林 has no figure, 1、人工造林 no unit): no pasted table, but a table's cells all the same
    const rows = ['一、造林面积', '公顷', '1530', '1、人工造林', '1530', '2、飞播造林', '公顷', '3、封山育林', '公顷', '320', '二、森林抚育', '4820'];
    const form = lines(['全县林业生产情况如下。', ...rows]);
    assert.deepEqual(cells(form), rows);
    assert.deepEqual(found(form, 'web-residue'), []);
    const stray = lines(['今年以来，全县完成人工造林1530公顷。', '1328', '全县森林覆盖率达到62.5%。']);
    assert.deepEqual(cells(stray), []);
    assert.deepEqual(found(stray, 'web-residue'), ['1328']);
  });

  it('marks the rest of a table read up to a row it could not place', () => {
    const text = ['某县林业生产情况（2023年）', '计量单位', '2023', '一、造林面积', '公顷', '1530', '1、人工造林', '公顷', '1530', '2、飞播造林', '公顷', '二、森林抚育面积', '公顷', '4820', ''].join(
      '\n',
    );
    assert.deepEqual(cells(text), ['2、飞播造林', '公顷', '二、森林抚育面积', '公顷', '4820']);
    assert.deepEqual(found(text, 'web-residue'), []);
  });

  it('marks a figure beside a lone pipe', () => {
    const text = '全市水果生产稳中有增。\n\n2.梨\n\n|\n\n27512\n\n|\n';
    assert.ok(cells(text).includes('27512'));
    assert.deepEqual(found(text, 'web-residue'), []);
    assert.deepEqual(found('全市水果生产稳中有增。\n\n2.梨\n\n27512\n', 'web-residue'), ['27512']);
  });
});

describe('broken-paragraph: captions and notes that name or close what stands beside them (residue23)', () => {
  const breaks = (text: string): string[] => found(text, 'broken-paragraph');

  it('reads a numbered caption of a chart or table as a caption, not a sentence going on', () => {
    assert.deepEqual(breaks(lines(['图1：全市热线平台服务量占比', '从诉求来源渠道看，全市热线平台共呼入来电19668个。'])), []);
    assert.deepEqual(breaks(lines(['全县拆除违法建设1.2万处。', '表一：全县违法建设治理工作进度总表', '（截至8月15日，全县已拆除150461㎡）', '表二：城关镇违法建设治理工作进度表'])), []);
    // a sentence that cites a table has clauses, and may wrap
    assert.equal(breaks(lines(['表1显示，全县一般公共预算收入比上年增长5.2%，税收收入占', '比达到78.6%。'])).length, 1);
  });

  it('reads a caption closed by its unit as a caption', () => {
    assert.deepEqual(breaks(lines(['2019-2023年全县地区生产总值及增长速度 单位：亿元、%', '2023年全年新增市场主体8146户。'])), []);
  });

  it('reads a line wholly in brackets, and a note after a full stop, as complete', () => {
    assert.deepEqual(breaks(lines(['（2024年1月25日政协某某自治县第十届委员会第二次全体会议通过）', '县政协十届二次会议期间，共收到提案223件。'])), []);
    assert.deepEqual(breaks(lines(['（截至8月15日，全县已拆除违法建设150461㎡）', '城关镇拆除违法建设23681㎡。'])), []);
    assert.deepEqual(breaks(lines(['三次产业结构调整为22.8:21.2:56.0。（图1）', '全年居民消费价格比上年上涨0.1%。'])), []);
    // a bracket that closes before the line ends is no note: （据初步统计）…增长 still wraps
    assert.equal(breaks(lines(['（据初步统计）全县一般公共预算收入12.5亿元，比上年增长', '5.2%。'])).length, 1);
  });
});
