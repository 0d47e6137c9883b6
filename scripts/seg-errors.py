#!/usr/bin/env python3
"""Error analysis of a segmentation against a gold segmentation (both: one line per
sentence, words separated by spaces, characters unchanged).

    python3 scripts/seg-errors.py GOLD OUTPUT [--top N] [--kind split|joined|crossed]

Prints, for each error type, how many gold words it affects and the most frequent cases:
  split    a gold word cut into several tokens            (gold 年轻人 -> 年轻 / 人)
  joined   a token made of several whole gold words       (gold 就 / 是 -> 就是)
  crossed  tokens whose boundaries cross gold boundaries  (gold 中 / 华人 -> 中华 / 人)
and, for split and joined, a breakdown by shape (lengths of the pieces), which points at
general causes (4 -> 2+2: compounds cut in halves; 1+1 -> 2: function-word phrases).

This reads evaluation data to MEASURE only: never copy words from its output into a
lexicon or a rule (held-out sets check that gains generalize).
"""
import argparse
import collections
import sys


def spans(line):
    out, pos = [], 0
    for word in line.split():
        out.append((pos, pos + len(word)))
        pos += len(word)
    return out, pos


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gold")
    parser.add_argument("output")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--kind", choices=["split", "joined", "crossed"], action="append")
    args = parser.parse_args()
    kinds = args.kind or ["split", "joined", "crossed"]

    cases = {k: collections.Counter() for k in ("split", "joined", "crossed")}
    shapes = {k: collections.Counter() for k in ("split", "joined")}
    affected = collections.Counter()
    gold_words = 0
    with open(args.gold, encoding="utf-8") as gold_file, open(args.output, encoding="utf-8") as out_file:
        for number, (gold_line, out_line) in enumerate(zip(gold_file, out_file), 1):
            text = "".join(gold_line.split())
            gold, length = spans(gold_line)
            pred, pred_length = spans(out_line)
            if length != pred_length or "".join(out_line.split()) != text:
                print(f"line {number}: characters differ, skipped", file=sys.stderr)
                continue
            gold_words += len(gold)
            gold_starts = {s for s, _ in gold} | {length}
            pred_starts = {s for s, _ in pred} | {pred_length}
            gold_set, pred_set = set(gold), set(pred)
            for s, e in gold:
                if (s, e) in pred_set:
                    continue
                inner = [p for p in range(s + 1, e) if p in pred_starts]
                if inner and s in pred_starts and e in pred_starts:
                    pieces = [s] + inner + [e]
                    shape = "+".join(str(b - a) for a, b in zip(pieces, pieces[1:]))
                    cases["split"][text[s:e] + "  ->  " + " / ".join(text[a:b] for a, b in zip(pieces, pieces[1:]))] += 1
                    shapes["split"][f"{e - s} -> {shape}"] += 1
                    affected["split"] += 1
            for s, e in pred:
                if (s, e) in gold_set:
                    continue
                inner = [p for p in range(s + 1, e) if p in gold_starts]
                crosses = any(p not in gold_starts for p in (s, e))
                if crosses and not any(gs <= s and e <= ge for gs, ge in gold):
                    # A piece of a split gold word is counted under "split" already.
                    context = text[max(0, s - 2):s] + "[" + text[s:e] + "]" + text[e:e + 2]
                    cases["crossed"][context] += 1
                    affected["crossed"] += 1
                    continue
                if crosses or not inner:
                    continue
                pieces = [s] + inner + [e]
                shape = "+".join(str(b - a) for a, b in zip(pieces, pieces[1:]))
                cases["joined"][" / ".join(text[a:b] for a, b in zip(pieces, pieces[1:])) + "  ->  " + text[s:e]] += 1
                shapes["joined"][f"{shape} -> {e - s}"] += 1
                affected["joined"] += len(pieces) - 1

    print(f"gold words {gold_words}")
    for kind in kinds:
        print(f"\n== {kind}: {affected[kind]} ({sum(cases[kind].values())} cases)")
        if kind in shapes:
            print("  shapes: " + ", ".join(f"{s} x{c}" for s, c in shapes[kind].most_common(8)))
        for case, count in cases[kind].most_common(args.top):
            print(f"  {count:5d}  {case}")


if __name__ == "__main__":
    main()
