import { tableDocument } from '../scripts/bench-documents.mjs';
import { check } from '../server/src/engine/check';
const text = tableDocument();
check(text);
let edited = text;
const t0 = performance.now();
for (let e = 0; e < 40; e++) { const at = edited.indexOf('村 |', Math.floor(edited.length * ((e % 20) + 0.5) / 20)); edited = edited.slice(0, at) + '东' + edited.slice(at); check(edited); }
console.log('per edit', ((performance.now() - t0) / 40).toFixed(1));
