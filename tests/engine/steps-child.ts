// The process tests/engine/steps.ts counts steps in: coverage goes on before the engine is loaded, and each
// measurement loads a fresh copy of the engine so its caches start empty. Prints JSON on standard output.

import { join } from 'node:path';
import { countSteps, startCounting, type Steps } from './steps';
import { HOSTILE } from './hostile';

startCounting();

type Engine = {
  parse: typeof import('../../server/src/engine/parse');
  check: typeof import('../../server/src/engine/check');
  model: typeof import('../../server/src/engine/figures/model');
  rules: typeof import('../../server/src/engine/rules');
  config: typeof import('../../server/src/engine/config');
};

const src = join(__dirname, '..', '..', 'server', 'src');

function freshEngine(): Engine {
  for (const key of Object.keys(require.cache)) if (key.startsWith(src)) delete require.cache[key];
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    parse: require('../../server/src/engine/parse'),
    check: require('../../server/src/engine/check'),
    model: require('../../server/src/engine/figures/model'),
    rules: require('../../server/src/engine/rules'),
    config: require('../../server/src/engine/config'),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Steps of the parse, of the figure model and of the rules (of each rule when `perRule`; a count costs ~30 ms). */
function measure(text: string): Record<string, Steps> {
  const e = freshEngine();
  const steps: Record<string, Steps> = {};
  let draft!: ReturnType<Engine['parse']['parseDraft']>;
  // a work report, so that the rules kept to some document types run too
  steps.parse = countSteps(() => (draft = e.parse.parseDraft(text, { documentType: 'work-report' })));
  steps.figures = countSteps(() => e.model.figureModel(draft));
  const config = e.config.defaultConfig(e.rules.rules);
  if (perRule) for (const rule of e.rules.rules) steps[rule.id] = countSteps(() => e.check.checkDraft(draft, config, [rule.id]));
  else steps.rules = countSteps(() => e.check.checkDraft(draft, config));
  return steps;
}

const { names, sizes, perRule } = JSON.parse(process.argv[2]!) as { names: string[]; sizes: number[]; perRule?: boolean };
// the first parse of a process sets up micromark: not the work of any input
measure('# 标题\n\n完成投资5亿元,增长5%。\n');
const out: Record<string, Record<number, Record<string, Steps>>> = {};
for (const name of names) {
  out[name] = {};
  for (const size of sizes) out[name][size] = measure(HOSTILE[name]!(size));
}
process.stdout.write(JSON.stringify(out));
