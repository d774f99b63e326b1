import { readFileSync } from 'node:fs';
import { parseDraft } from '../server/src/engine/parse';
const text = readFileSync('tests/corpus/real/dev2/jiaoyu-quanguo-02.md', 'utf8');
const d = parseDraft(text);
const p = d.paras.find(p => p.raw.startsWith('1. 高中'))!;
console.log(JSON.stringify(p), JSON.stringify(text.slice(p.lineStart - 30, p.lineEnd + 10)));
