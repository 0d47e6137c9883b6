#!/usr/bin/env python3
"""Error analysis of `tifa mentions` against an annotated gold file (measuring only:
nothing it prints may feed tifa's lexicons or rules).
usage: entity-errors.py GOLD.jsonl PRED.jsonl TYPE [TOP]
TYPE: PER | LOC | ORG. Sorts misses and false mentions into causes (a boundary off on
the same type, the span read as another type, nothing overlapping) and lists the most
frequent strings of each cause with one context."""
import collections, json, sys

T = {'person': 'PER', 'place': 'LOC', 'organization': 'ORG'}
gold_path, pred_path, kind = sys.argv[1], sys.argv[2], sys.argv[3]
top = int(sys.argv[4]) if len(sys.argv) > 4 else 25
gold = [json.loads(l) for l in open(gold_path, encoding='utf-8')]
pred = {}
for i, l in enumerate(open(pred_path, encoding='utf-8'), 1):
    if l.strip():
        d = json.loads(l)
        pred[d.get('line', i)] = d.get('mentions', [])

misses = collections.defaultdict(collections.Counter)
falses = collections.defaultdict(collections.Counter)
context = {}
for n, g in enumerate(gold, 1):
    text = g['text']
    gs = {(e['type'], e['start'], e['end']) for e in g['entities']}
    ps = {(T[m['type']], m['start'], m['end']) for m in pred.get(n, []) if m.get('type') in T}
    def cause(x, others):
        same = [o for o in others if o[0] == x[0] and o[1] < x[2] and x[1] < o[2]]
        if same:
            o = same[0]
            if o[1] <= x[1] and o[2] >= x[2]: return 'inside a longer other-side span', o
            if o[1] >= x[1] and o[2] <= x[2]: return 'other side inside it (split/short)', o
            return 'crossing boundary', o
        other = [o for o in others if o[0] != x[0] and o[1] < x[2] and x[1] < o[2]]
        if other: return 'overlaps another type', other[0]
        return 'nothing overlapping', None
    for x in gs - ps:
        if x[0] != kind: continue
        c, o = cause(x, ps)
        s = text[x[1]:x[2]]
        label = s + (f'  <- pred {o[0]} {text[o[1]:o[2]]}' if o else '')
        misses[c][label] += 1
        context.setdefault(('m', c, label), text[max(0, x[1] - 12):x[2] + 12])
    for x in ps - gs:
        if x[0] != kind: continue
        c, o = cause(x, gs)
        s = text[x[1]:x[2]]
        label = s + (f'  <- gold {o[0]} {text[o[1]:o[2]]}' if o else '')
        falses[c][label] += 1
        context.setdefault(('f', c, label), text[max(0, x[1] - 12):x[2] + 12])

for title, table, tag in (('MISSED (gold, not predicted)', misses, 'm'), ('FALSE (predicted, not gold)', falses, 'f')):
    print(f'=== {kind} {title}: {sum(sum(c.values()) for c in table.values())}')
    for c, counter in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f'--- {c}: {sum(counter.values())}')
        for label, k in counter.most_common(top):
            print(f'{k:4d}  {label}    | {context[(tag, c, label)]}')
