// Prints the number rules' precision and recall on the labelled corpus, and every miss: `npm run corpus`.
import { corpusFiles, evaluate, formatScores, type CorpusSet } from '../tests/engine/corpus';

for (const set of ['tuning', 'test', 'all'] as CorpusSet[]) {
  const { scores, misses, labels, findings } = evaluate(corpusFiles(set));
  console.log(`\n## ${set}: ${corpusFiles(set).length} files, ${labels} labelled errors, ${findings} findings from the number rules\n`);
  console.log(formatScores(scores));
  if (set !== 'all' && process.argv.includes('--misses')) {
    for (const m of misses) console.log(`\n${m.kind} ${m.rule} ${m.file}: …${m.context}…${m.message ? `\n  ${m.message}` : ''}`);
  }
}
const files = corpusFiles('all');

// How many relations the engine built and found holding: the checks engage with correct figures too.
import { parseDraft } from '../server/src/engine/parse';
import { figureModel } from '../server/src/engine/figures/model';
const built = new Map<string, { holds: number; broken: number }>();
let figureCount = 0;
for (const f of files) {
  const model = figureModel(parseDraft(f.text));
  figureCount += model.figures.length;
  for (const r of model.relations) {
    const t = built.get(r.kind) ?? { holds: 0, broken: 0 };
    if (r.holds) t.holds++;
    else t.broken++;
    built.set(r.kind, t);
  }
}
console.log(`\n${figureCount} figures read; relations built (holding / not holding): ${[...built].map(([k, t]) => `${k} ${t.holds}/${t.broken}`).join(', ')}`);
