// Export then import gives back the same text, and the checker finds the same on the .docx as on the Markdown:
// over the examples, every shipped template filled with its examples, and the 30 corpus drafts. The export's one
// normalisation (a soft line break joins its lines, see roundtrip.ts) is applied to the draft; the rest is exact.
// `npx tsx scripts/word-roundtrip.ts` prints the figures (docs/word.md).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../server/src/engine/check';
import { asExported, findingDifferences, roundTrip, roundTripDrafts, type RoundTrip } from './roundtrip';

describe('Word round trip: export, then import', function () {
  this.timeout(120_000);
  let trips: Array<RoundTrip & { docx: Uint8Array }> = [];
  before(async () => {
    trips = [];
    for (const draft of roundTripDrafts()) trips.push(await roundTrip(draft));
  });

  it('covers the examples, every template and the corpus drafts', () => {
    const count = (prefix: string): number => trips.filter((t) => t.draft.name.startsWith(prefix)).length;
    assert.ok(count('examples/') >= 3, `${count('examples/')} examples`);
    assert.ok(count('templates/') >= 20, `${count('templates/')} templates, filled and with defaults`);
    assert.equal(count('tests/corpus/figures/'), 30);
  });

  it('gives back each draft’s text exactly, front matter, headings, numbering, tables and footnotes included', () => {
    for (const t of trips) assert.equal(t.imported, t.expected, t.draft.name);
  });

  it('normalises nothing but soft line breaks and the final line break', () => {
    const normalised = trips.filter((t) => t.expected !== t.draft.markdown.replace(/\n*$/, '\n'));
    for (const t of normalised) {
      // the same characters, but for the line breaks joined and the spaces around them
      assert.equal(t.expected.replace(/\s/g, ''), t.draft.markdown.replace(/\s/g, ''), t.draft.name);
    }
    // the check of the normaliser itself: a soft break joins, a hard break, a blank line and a heading do not
    assert.equal(asExported('第一行\n第二行\nabc\n第三行\\\n第四行\n\n## 一、标题\n正文'), '第一行第二行 abc 第三行\\\n第四行\n\n## 一、标题\n正文\n');
  });

  it('finds the same on the .docx as on the draft, but where a soft break joined two lines', () => {
    let compared = 0;
    for (const t of trips) {
      compared += t.before.length;
      const { lost, gained } = findingDifferences(t.draft.markdown, t.before, t.imported, t.after);
      if (t.expected === t.draft.markdown.replace(/\n*$/, '\n')) {
        assert.deepEqual({ lost, gained }, { lost: [], gained: [] }, t.draft.name);
        continue;
      }
      // the differences are about the joined lines: each finding lost or gained is on a line the join made
      const joined = t.expected.split('\n').filter((line) => !t.draft.markdown.split('\n').includes(line));
      for (const key of [...lost, ...gained]) {
        const words = /“(.*?)”/.exec(key)![1]!;
        assert.ok(
          joined.some((line) => line.includes(words) || words.includes(line)),
          `${t.draft.name}: ${key}`,
        );
      }
      // and on the draft as the export leaves it, the findings are the .docx's, place for place
      assert.deepEqual(check(t.expected).findings, t.after, t.draft.name);
    }
    assert.ok(compared > 200, `${compared} findings compared`);
  });

  it('gongwen check reports each .docx as it reports the Markdown import gives back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-roundtrip-'));
    try {
      trips.forEach((t, k) => {
        writeFileSync(join(dir, `${String(k).padStart(2, '0')}.docx`), t.docx);
        writeFileSync(join(dir, `${String(k).padStart(2, '0')}.md`), t.expected);
      });
      const bin = join(__dirname, '..', '..', 'bin', 'gongwen.js');
      const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.equal(r.stderr, '');
      const results = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>;
      assert.equal(results.length, trips.length * 2);
      for (let k = 0; k < trips.length; k++) {
        const of = (ext: string) => results.find((x) => x.file === join(dir, `${String(k).padStart(2, '0')}${ext}`))!.diagnostics;
        const word = of('.docx');
        assert.ok(
          word.every((d) => typeof d.place === 'string'),
          trips[k]!.draft.name,
        );
        assert.deepEqual(
          word.map(({ place: _, ...d }) => d),
          of('.md'),
          trips[k]!.draft.name,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
