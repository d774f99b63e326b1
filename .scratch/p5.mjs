import { tableDocument } from '../scripts/bench-documents.mjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');
const text = tableDocument();
for (let i = 0; i < 5; i++) engine.check(text);
let edited = text;
const times = [];
for (let e = 0; e < 60; e++) { const at = edited.indexOf('村 |', Math.floor(edited.length * ((e % 20) + 0.5) / 20)); edited = edited.slice(0, at) + '东' + edited.slice(at); const t = performance.now(); engine.check(edited); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('median', times[30].toFixed(1), 'p95', times[57].toFixed(1));
