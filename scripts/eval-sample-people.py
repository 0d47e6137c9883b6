#!/usr/bin/env python3
"""Scores tifa's persons on the sample issue against the hand-checked list.

Measuring only: runs nothing itself and nothing here feeds tifa. Reads
  - the gold list scripts/sample-eval/issue-050-people.tsv (line, name, note; one row per
    mention; rows whose note starts with "doubtful" are optional: neither a miss when
    tifa leaves them out nor a false name when tifa finds them),
  - tifa's entities.csv (issue,type,name,count,roles; the person rows of the issue),
  - optionally the output of `tifa mentions ISSUE.txt` (one JSON line per input line:
    {"line":N,"mentions":[{"type":"person","start":S,"end":E,"text":...}]}).
Prints distinct-name P/R/F1, count-weighted P/R/F1 (matched = sum over names of
min(tifa count, gold count)), mention-level P/R/F1 when mentions are given (a mention
matches a gold row with the same line and name; offsets are not in the gold, so two
occurrences of one name on one line match by multiplicity), then the false and missed
names (each miss with the first gold line).

Names are compared with whitespace removed (rosters print 徐 宾 for 徐宾). A gold name
split over two lines has the line it starts on; `tifa mentions` reads line by line and
cannot find it there, so it is a mention-level miss by construction (the notes say
"split across lines"); entities.csv, built from repaired paragraphs, can.

usage: scripts/eval-sample-people.py [--gold TSV] [--issue ID] --entities CSV
                                     [--mentions JSONL] [--show N]
"""
import argparse
import collections
import csv
import json
import os
import sys


def norm(name):
    return "".join(name.split())


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(path):
    required, optional = [], []
    with open(path, encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f, delimiter="\t")):
            if not row or row[0] == "line" or row[0].startswith("#"):
                continue
            if len(row) < 2 or not row[0].isdigit():
                sys.exit(f"{path}:{i + 1}: expected line<TAB>name<TAB>note, got {row!r}")
            note = row[2] if len(row) > 2 else ""
            item = (int(row[0]), norm(row[1]))
            (optional if note.startswith("doubtful") else required).append(item)
    return required, optional


def load_entities(path, issue):
    counts = collections.Counter()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["issue"] == issue and row["type"] == "person":
                counts[norm(row["name"])] += int(row["count"])
    return counts


def load_mentions(path):
    found = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.strip()
            if not raw:
                continue
            obj = json.loads(raw)
            for m in obj.get("mentions", []):
                if m.get("type") == "person":
                    found.append((int(obj["line"]), norm(m["text"])))
    return found


def line(label, p, r, f, extra=""):
    print(f"{label:<26} P {p:.3f}  R {r:.3f}  F1 {f:.3f}{extra}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(here, "sample-eval", "issue-050-people.tsv"))
    ap.add_argument("--issue", help="issue id in entities.csv (default: from the gold file's name)")
    ap.add_argument("--entities", required=True, help="tifa's entities.csv")
    ap.add_argument("--mentions", help="output of `tifa mentions` over the same issue file")
    ap.add_argument("--show", type=int, default=200, help="list at most N false / missed names")
    args = ap.parse_args()
    issue = args.issue or os.path.basename(args.gold).split("-people")[0]

    required, optional = load_gold(args.gold)
    gold_counts = collections.Counter(name for _, name in required)
    optional_names = {name for _, name in optional} - set(gold_counts)
    first_line = {}
    for ln, name in sorted(required):
        first_line.setdefault(name, ln)

    pred_counts = load_entities(args.entities, issue)
    if not pred_counts:
        sys.exit(f"no person rows for issue {issue!r} in {args.entities}")
    pred_names = set(pred_counts) - optional_names
    gold_names = set(gold_counts)

    print(f"issue {issue}: gold {len(required)} mentions of {len(gold_names)} names "
          f"(+{len(optional)} optional rows); tifa {len(pred_names)} names")
    tp = len(pred_names & gold_names)
    line("distinct names", *prf(tp, len(pred_names), len(gold_names)),
         f"   ({tp} right, {len(pred_names - gold_names)} false, {len(gold_names - pred_names)} missed)")
    matched = sum(min(pred_counts[n], gold_counts[n]) for n in pred_names & gold_names)
    pred_total = sum(pred_counts[n] for n in pred_names)
    line("count-weighted", *prf(matched, pred_total, len(required)),
         f"   ({matched} of tifa {pred_total}, gold {len(required)})")

    if args.mentions:
        found = load_mentions(args.mentions)
        opt = collections.Counter(optional)
        kept = []
        for item in found:
            if opt[item] > 0:
                opt[item] -= 1
            else:
                kept.append(item)
        g = collections.Counter(required)
        p = collections.Counter(kept)
        tp_m = sum((g & p).values())
        line("mentions (line + name)", *prf(tp_m, len(kept), len(required)),
             f"   ({tp_m} right, {len(kept) - tp_m} false, {len(required) - tp_m} missed)")
        false_m = sorted((p - g).elements())
        missed_m = sorted((g - p).elements())
        print(f"\nfalse mentions ({len(false_m)}):")
        for ln, name in false_m[: args.show]:
            print(f"  {ln}\t{name}")
        print(f"\nmissed mentions ({len(missed_m)}):")
        for ln, name in missed_m[: args.show]:
            print(f"  {ln}\t{name}")

    false_names = sorted(pred_names - gold_names, key=lambda n: (-pred_counts[n], n))
    missed_names = sorted(gold_names - pred_names, key=lambda n: (first_line[n], n))
    print(f"\nfalse names ({len(false_names)}; name, tifa count):")
    for n in false_names[: args.show]:
        print(f"  {n}\t{pred_counts[n]}")
    print(f"\nmissed names ({len(missed_names)}; name, gold count, first gold line):")
    for n in missed_names[: args.show]:
        print(f"  {n}\t{gold_counts[n]}\tline {first_line[n]}")
    off = sorted((n for n in pred_names & gold_names if pred_counts[n] != gold_counts[n]),
                 key=lambda n: (-abs(pred_counts[n] - gold_counts[n]), n))
    print(f"\ncounts that differ ({len(off)}; name, tifa, gold):")
    for n in off[: args.show]:
        print(f"  {n}\t{pred_counts[n]}\t{gold_counts[n]}")


if __name__ == "__main__":
    main()
