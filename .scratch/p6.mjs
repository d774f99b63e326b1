import { tableDocument } from '../scripts/bench-documents.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');
const text = tableDocument();
for (let i = 0; i < 10; i++) engine.check(text);
let edited = text;
const cpu = [];
const phases = { parse: [], model: [] };
for (let e = 0; e < 60; e++) {
  const at = edited.indexOf('村 |', Math.floor(edited.length * ((e % 20) + 0.5) / 20)); edited = edited.slice(0, at) + '东' + edited.slice(at);
  const c0 = process.cpuUsage(); engine.check(edited); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000);
  const p0 = process.cpuUsage(); engine.parseDraft(edited + ' '); const p = process.cpuUsage(p0); phases.parse.push((p.user + p.system) / 1000);
}
const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(1);
console.log('check cpu median', q(cpu, .5), 'p95', q(cpu, .95), '| parse cpu median', q(phases.parse, .5));
