// Prints the number rules' precision and recall on the labelled corpus, and every miss: `npm run corpus`.
import { corpusFiles, evaluate, formatScores } from '../tests/engine/corpus';

const files = corpusFiles();
const { scores, misses, labels, findings } = evaluate(files);
console.log(`${files.length} files, ${labels} labelled errors, ${findings} findings from the number rules\n`);
console.log(formatScores(scores));
if (process.argv.includes('--misses')) {
  for (const m of misses) console.log(`\n${m.kind} ${m.rule} ${m.file}: …${m.context}…${m.message ? `\n  ${m.message}` : ''}`);
}
