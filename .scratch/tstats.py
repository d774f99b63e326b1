import json, sys
from collections import Counter, defaultdict
j = json.load(open(sys.argv[1]))
subset = None
if len(sys.argv) > 2:
    subset = set(open(sys.argv[2]).read().split())
    if len(sys.argv) > 3 and sys.argv[3] == 'exclude': subset = ('exclude', subset)
def keep(e):
    if subset is None: return True
    if isinstance(subset, tuple): return e not in subset[1]
    return e in subset
res = [r for r in j['results'] if keep(r['excerpt'])]
print('excerpts', len(res), 'with tables', sum(1 for r in res if r.get('tables', 0) or any(m['kind'].startswith('table') for m in r['mutants'])))
rel = Counter(); relnot = Counter()
for r in res:
    for x in r['relations']:
        if x['kind'].startswith('table-'):
            (rel if x['holds'] else relnot)[x['kind']] += 1
print('table relations hold', dict(rel), 'not', dict(relnot))
fa = Counter(); caught = Counter(); errs = Counter(); mut = Counter(); mutc = Counter()
for r in res:
    for f in r['falseAlarms']:
        if f['rule'].startswith('table-') or f['kind'].startswith('table-'): fa[(f['rule'], f['kind'])] += 1
    for e in r['errors']:
        if e['kind'].startswith('table-'):
            errs[e['kind']] += 1
            if e['caughtBy']: caught[e['kind']] += 1
    for m in r['mutants']:
        if m['kind'].startswith('table-'):
            mut[m['kind']] += 1
            if m['caughtBy']: mutc[m['kind']] += 1
print('table FA', dict(fa))
print('table real errors caught', {k: f'{caught[k]}/{v}' for k, v in errs.items()})
print('mutants caught', {k: f'{mutc[k]}/{v} ({100*mutc[k]/v:.0f}%)' for k, v in mut.items()})
print('residue', sum(len(r['residue']) for r in res))
