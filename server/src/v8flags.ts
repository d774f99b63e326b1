// V8 options of the language server and the command line, set before any of their code runs hot.
//
// TurboFan's inlining is off. With it, the optimising compiler inlines the many small readers into the few long
// functions that call them (parseDraft, figuresByParagraph, the restatement and relation passes) and then spends
// hundreds of milliseconds compiling each of them, several times over as they deoptimise and are compiled again,
// on the second of a writer's two cores, while the first keystrokes after a document opens wait. Measured on the
// 30k-character benchmark document (docs/benchmarks.md, "TurboFan inlining"): the open check and the first 60
// edits take about 40% less CPU without inlining, and later edits no more.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
