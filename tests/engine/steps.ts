// A deterministic measure of work for the linear-time tests: V8's block coverage counts every JavaScript block a
// call executes (the engine's loops and callbacks, micromark's too), a wrapped `RegExp.prototype.exec` adds the
// characters each regular-expression search had to walk past at least, and a wrapped `Array.prototype.splice`
// the elements it moved. Counting instead of timing gives the same number on a loaded machine as on an idle one.
//
// The counts are exact only when coverage is on before any function they count is compiled, so they are taken
// in a process of their own (`measureSteps`, run by tests/engine/robustness.test.ts), which turns coverage on
// first and then loads a fresh copy of the engine for every measurement (empty caches).
//
// What it cannot see: backtracking inside one regular-expression search (the lint rules
// regexp/no-super-linear-backtracking and regexp/no-super-linear-move cover the engine's patterns) and the work
// inside other built-ins; `npm run bench:hostile` times everything at 1 MB.

import { spawn } from 'node:child_process';
import { Session } from 'node:inspector';
import { join } from 'node:path';

let session: Session | undefined;

function post<T>(method: string, params: object = {}): T {
  if (!session) {
    session = new Session();
    session.connect();
  }
  let answered = false;
  let failure: Error | null = null;
  let result: unknown;
  session.post(method, params, (error, r) => {
    answered = true;
    failure = error;
    result = r;
  });
  // a session on the main thread answers before post returns
  if (!answered) throw new Error(`inspector did not answer ${method}`);
  if (failure) throw failure;
  return result as T;
}

interface Coverage {
  result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
}

export interface Steps {
  /** Blocks executed, characters scanned by regular expressions and array elements moved by splice. */
  total: number;
  /** The functions that did most of the work, for a failure message. */
  top: string[];
}

/** Turn block coverage on: before loading what is to be counted. */
export function startCounting(): void {
  post('Profiler.enable');
  post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
}

/** Run a function and count its steps. */
export function countSteps(fn: () => void): Steps {
  post('Profiler.takePreciseCoverage'); // resets the counters
  let regexChars = 0;
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    // a sticky or ^-anchored pattern is tried at one position only
    if (this.sticky || (this.source.startsWith('^') && !this.multiline)) regexChars += m ? m[0].length + 1 : 1;
    else regexChars += (m ? m.index + m[0].length : s.length) - from + 1;
    return m;
  };
  // micromark moves its events with splice: a native loop the block counts do not see
  let moved = 0;
  const splice = Array.prototype.splice;
  Array.prototype.splice = function (this: unknown[], start: number, ...rest: unknown[]) {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
    moved += this.length - from + Math.max(0, rest.length - 1) + 1;
    return splice.apply(this, [start, ...rest] as Parameters<typeof splice>);
  } as typeof splice;
  let coverage: Coverage;
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
    Array.prototype.splice = splice;
    coverage = post<Coverage>('Profiler.takePreciseCoverage');
  }
  let blocks = 0;
  const byFunction: Array<[string, number]> = [];
  for (const script of coverage.result) {
    for (const f of script.functions) {
      let n = 0;
      for (const range of f.ranges) n += range.count;
      blocks += n;
      if (n > 0) byFunction.push([`${f.functionName || '(anonymous)'} ${script.url.replace(/^.*\/(?:node_modules|server\/src)\//, '')}`, n]);
    }
  }
  byFunction.sort((a, b) => b[1] - a[1]);
  return { total: blocks + regexChars + moved, top: byFunction.slice(0, 4).map(([name, n]) => `${name}: ${n}`) };
}

export type StepTable = Record<string, Record<number, Record<string, Steps>>>;

/**
 * Steps of the parse, the figure model and the rules (each rule with `perRule`), for each hostile input at each
 * size, counted in a child process; it runs beside the other tests.
 */
export function measureSteps(names: readonly string[], sizes: readonly number[], perRule = false): Promise<StepTable> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'steps-child.ts'), JSON.stringify({ names, sizes, perRule })]);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as StepTable) : reject(new Error(`steps-child.ts exited ${code}: ${err}`))));
  });
}
