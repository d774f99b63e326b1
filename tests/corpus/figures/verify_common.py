"""Helpers shared by verify_heldout.py (drafts 17–24) and verify_test.py (drafts 25–30): each check states a
relation found in a draft and what the corpus expects of it; check_set() then checks the whole set of drafts."""
import re, os, sys, glob, collections

D = os.path.dirname(os.path.abspath(__file__))
RULES = {'number-sum', 'number-ratio', 'number-conflict', 'numeral-style', 'number-format'}
MARK = re.compile(r'⟦([a-z-]+)⟧')

results = []
cur = None
FRAGS = collections.defaultdict(list)


def F(name):
    global cur
    cur = name


def path():
    return os.path.join(D, [f for f in os.listdir(D) if f.startswith(cur + '-') and f.endswith('.md')][0])


def raw():
    return open(path(), encoding='utf-8').read()


def plain():
    return MARK.sub('', raw())


def must(frags):
    t = raw()
    FRAGS[cur].extend(frags)
    for fr in frags:
        if fr not in t:
            print(f'!! {cur}: fragment not found: {fr}')
            results.append(False)


def rec(ok, expect, desc):
    good = ok == expect
    results.append(good)
    print(('   ' if good else '!! ') + f'{cur}: {"OK " if ok else "ERR"} (expect {"ok" if expect else "err"}) {desc}')


def dec(p):
    return len(p.split('.')[1]) if '.' in p else 0


def sum_(frags, total, parts, expect=True):
    """Bracketed, 分别为, 合计 or 其余 parts: they must add up exactly."""
    must(frags)
    s = sum(parts)
    rec(abs(s - total) < 1e-9, expect, f'sum {parts} = {s:g} vs {total:g}')


def sub(frags, total, parts, expect=True):
    """Parts after 其中: they may leave a remainder, only exceeding the total is wrong."""
    must(frags)
    s = sum(parts)
    rec(s <= total + 1e-9, expect, f'其中 {parts} = {s:g} <= {total:g}')


def ratio(frags, num, den, pct, expect=True):
    must(frags)
    v = num / den * 100
    tol = 0.5 * 10 ** -dec(pct)
    rec(abs(v - float(pct)) < tol - 1e-9, expect, f'ratio {num:g}/{den:g} = {v:.4f}% vs {pct}% (tol {tol:g})')


def growth(frags, now, before, pct, expect=True):
    """pct is signed: '-25.0' for 下降25.0%."""
    must(frags)
    v = (now - before) / before * 100
    tol = 0.5 * 10 ** -dec(pct.lstrip('-'))
    rec(abs(v - float(pct)) < tol - 1e-9, expect, f'growth ({now:g} - {before:g}) / {before:g} = {v:.4f}% vs {pct}%')


def shares(frags, pcts, expect=True):
    must(frags)
    s = sum(float(p) for p in pcts)
    rec(s <= 100 + 1e-9, expect, f'shares {pcts} sum {s:g}%')


def eq(frags, a, b, desc, expect=True, tol=1e-9):
    must(frags)
    rec(abs(a - b) <= tol, expect, f'{desc}: {a:g} vs {b:g}')


def true(frags, cond, desc, expect=True):
    must(frags)
    rec(bool(cond), expect, desc)


def style(majority, minority, n_major, n_minor):
    """numeral-style: the same count (same noun and classifier) in two forms; the minority form is labelled."""
    t = plain()
    a, b = t.count(majority), t.count(minority)
    must(['⟦numeral-style⟧' + minority])
    rec(a == n_major and b == n_minor and a > b, True,
        f'numeral-style: {majority} ×{a} vs {minority} ×{b} (the minority form carries the marker)')




def check_set(expected, max_chars):
    """Every marker names a rule and has a check, the counts per file match `expected`, drafts are 1,800 to
    max_chars Chinese characters, full-width digits stand only behind a numeral-style marker, and no date is
    later than the 成文日期 on the last line. Exits 0 when everything holds."""
    CN = re.compile(r'[\u4e00-\u9fff]')
    DATE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')
    count = collections.Counter()
    for p in sorted(glob.glob(os.path.join(D, '[0-9][0-9]-*.md'))):
        name = os.path.basename(p)[:2]
        if name not in expected:
            continue
        text = open(p, encoding='utf-8').read()
        per = collections.Counter()
        for r in MARK.findall(text):
            if r not in RULES:
                print('!! unknown rule', r, 'in', p)
                results.append(False)
            per[r] += 1
        count.update(per)
        if dict(per) != expected[name]:
            print(f'!! {name}: markers {dict(per)} differ from the expected {expected[name]}')
            results.append(False)
        for m in MARK.finditer(text):
            key = text[m.start():m.end() + 3]
            if not any(key in fr for fr in FRAGS[name]):
                print('!! marker without a check:', name, key)
                results.append(False)
        stripped = MARK.sub('', text)
        n = len(CN.findall(stripped))
        ok = 1800 <= n <= max_chars
        results.append(ok)
        print(('   ' if ok else '!! ') + f'{name}: {n} Chinese characters')
        # full-width digits only where a numeral-style marker stands right before them
        for m in re.finditer(r'[０-９]+', text):
            if not text[:m.start()].endswith('⟦numeral-style⟧'):
                print('!! unlabelled full-width digits in', name, m.group())
                results.append(False)
        # the 成文日期 is the last line; no well-formed date in the text may be later
        last = stripped.strip().splitlines()[-1]
        md = DATE.fullmatch(last.strip())
        if not md:
            print('!! no 成文日期 on the last line of', name)
            results.append(False)
            continue
        sign = tuple(int(x) for x in md.groups())
        for d in DATE.finditer(stripped):
            if tuple(int(x) for x in d.groups()) > sign:
                print('!! date later than the 成文日期 in', name, d.group())
                results.append(False)

    if set(expected) - {os.path.basename(p)[:2] for p in glob.glob(os.path.join(D, '[0-9][0-9]-*.md'))}:
        print('!! a draft of the set is missing')
        results.append(False)
    print(dict(count), sum(count.values()), 'markers')
    print('ALL GOOD' if all(results) else 'FAILURES: %d' % results.count(False))
    sys.exit(0 if all(results) else 1)
