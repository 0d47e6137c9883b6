#!/usr/bin/env python3
"""Generate a synthetic corpus for `make bench` from the sample issue.

Each synthetic issue is the sample's paragraphs (blocks between blank-line runs) shuffled
and recombined with a fixed seed, so sizes are realistic and runs are repeatable. The
layout damage of the sample (hard wraps, spaces in CJK text) is kept: the benchmark
measures the real pipeline, repair included.
"""
import argparse
import os
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", default="Corpus/issue-050.txt")
    parser.add_argument("--out", required=True)
    parser.add_argument("--issues", type=int, default=200)
    parser.add_argument("--issue-kb", type=int, default=150, help="approximate size of one issue")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=1, help="number of the first issue")
    args = parser.parse_args()

    with open(args.sample, encoding="utf-8") as f:
        lines = f.read().split("\n")
    # Blocks of about 20 lines keep hard-wrapped paragraphs mostly together.
    blocks = ["\n".join(lines[i:i + 20]) for i in range(0, len(lines), 20)]
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target = args.issue_kb * 1024
    for n in range(args.start, args.start + args.issues):
        parts, size = [], 0
        while size < target:
            block = rng.choice(blocks)
            parts.append(block)
            size += len(block.encode("utf-8")) + 1
        path = os.path.join(args.out, "issue-%04d.txt" % n)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write("\n".join(parts) + "\n")
        os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
