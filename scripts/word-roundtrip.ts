// Prints the figures of the Word round trip (tests/word/roundtrip.test.ts asserts them): per group of drafts, how
// many came back with the same text, how many findings were compared, and every finding that differs.
// `npx tsx scripts/word-roundtrip.ts` (docs/word.md quotes its table).

import { findingDifferences, roundTrip, roundTripDrafts } from '../tests/word/roundtrip';

// void: a failure ends the run with its stack and exit code 1 (Node 20 exits on an unhandled rejection)
void (async () => {
  const groups = new Map<string, { files: number; exact: number; normalised: number; findings: number; lost: number; gained: number }>();
  const details: string[] = [];
  for (const draft of roundTripDrafts()) {
    const t = await roundTrip(draft);
    const group = !draft.name.includes('/')
      ? draft.name
      : draft.name.startsWith('examples/')
        ? 'examples'
        : draft.name.startsWith('templates/')
          ? draft.name.endsWith('(defaults)')
            ? 'templates, defaults'
            : 'templates, filled'
          : 'corpus drafts';
    const g = groups.get(group) ?? { files: 0, exact: 0, normalised: 0, findings: 0, lost: 0, gained: 0 };
    g.files++;
    if (t.imported === t.expected) g.exact++;
    if (t.expected !== draft.markdown.replace(/\n*$/, '\n')) g.normalised++;
    g.findings += t.before.length;
    const { lost, gained } = findingDifferences(draft.markdown, t.before, t.imported, t.after);
    g.lost += lost.length;
    g.gained += gained.length;
    for (const k of lost) details.push(`${draft.name}: − ${k}`);
    for (const k of gained) details.push(`${draft.name}: + ${k}`);
    groups.set(group, g);
  }
  console.log('| drafts | files | text back exactly | soft breaks joined | findings compared | differ |\n| --- | --- | --- | --- | --- | --- |');
  const total = { files: 0, exact: 0, normalised: 0, findings: 0, lost: 0, gained: 0 };
  for (const [name, g] of groups) {
    console.log(`| ${name} | ${g.files} | ${g.exact} | ${g.normalised} | ${g.findings} | ${g.lost} lost, ${g.gained} gained |`);
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += g[key];
  }
  console.log(`| all | ${total.files} | ${total.exact} | ${total.normalised} | ${total.findings} | ${total.lost} lost, ${total.gained} gained |`);
  for (const d of details) console.log(d);
})();
