#!/usr/bin/env python3
"""`make bench`: the pipeline's speed and memory against raw ICU, in one run.

Figures are ratios measured in the same run (machines are shared and noisy):
  icu_mb_s            raw ICU word breaking, one thread, through tifa's own shim
  pipeline_mb_s       `tifa run --force --jobs 1` over the same corpus (input MB / wall s)
  pipeline_vs_icu     pipeline_mb_s / icu_mb_s
  jobs_speedup        wall(--jobs 1) / wall(--jobs cores)
  incremental_vs_full wall(run after adding one issue) / wall(full run, --jobs cores)
  peak_rss_mb         peak resident memory of the full run (--jobs cores)
  rss_growth          peak RSS at 4x the corpus / peak RSS at 1x (--jobs cores)
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, quiet=True):
    """Runs cmd; returns (wall seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE if quiet else None)
    out, err = b"", b""
    # wait4 gives this child's own rusage (peak RSS), not the sum over all children.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read() if proc.stderr else b""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        sys.stderr.write(err.decode("utf-8", "replace"))
        raise SystemExit("bench: %s exited %d" % (" ".join(cmd), proc.returncode))
    return wall, usage.ru_maxrss / 1024.0, out.decode("utf-8", "replace")


def corpus_bytes(folder):
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder) if n.endswith(".txt"))


def make_corpus(folder, issues, issue_kb, seed=1, start=1):
    subprocess.run([sys.executable, os.path.join(HERE, "make_bench_corpus.py"), "--out", folder,
                    "--issues", str(issues), "--issue-kb", str(issue_kb), "--seed", str(seed),
                    "--start", str(start), "--sample", os.path.join(ROOT, "Corpus", "issue-050.txt")], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tifa", default=os.path.join(ROOT, ".build", "release", "tifa"))
    parser.add_argument("--work", default=os.path.join(ROOT, ".bench"))
    parser.add_argument("--issues", type=int, default=int(os.environ.get("BENCH_ISSUES", 200)))
    parser.add_argument("--issue-kb", type=int, default=int(os.environ.get("BENCH_ISSUE_KB", 150)))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-growth", action="store_true", help="skip the 4x corpus run")
    args = parser.parse_args()

    tifa = args.tifa
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    one = os.path.join(work, "corpus-1x")
    make_corpus(one, args.issues, args.issue_kb)
    size = corpus_bytes(one)
    mb = size / 1e6
    files = sorted(os.path.join(one, n) for n in os.listdir(one) if n.endswith(".txt"))

    rows = []
    # The ceiling: raw ICU word breaking of the same text, one thread, same shim.
    _, _, out = run([tifa, "bench-icu"] + files)
    fields = dict(line.split("=", 1) for line in out.split() if "=" in line)
    icu_mb_s = float(fields["icu_bytes"]) / 1e6 / float(fields["icu_seconds"])
    rows.append(("raw ICU word break (1 thread)", float(fields["icu_seconds"]), None))

    out1 = os.path.join(work, "out-jobs1")
    wall1, rss1, _ = run([tifa, "run", "--force", "--quiet", "--jobs", "1", "--corpus", one, "--out", out1])
    rows.append(("tifa run --force --jobs 1", wall1, rss1))
    outn = os.path.join(work, "out-jobsN")
    walln, rssn, _ = run([tifa, "run", "--force", "--quiet", "--jobs", str(args.jobs), "--corpus", one, "--out", outn])
    rows.append(("tifa run --force --jobs %d" % args.jobs, walln, rssn))

    # Incremental: one new issue, everything else cached.
    make_corpus(one, 1, args.issue_kb, seed=99, start=args.issues + 1)
    wall_inc, rss_inc, _ = run([tifa, "run", "--quiet", "--jobs", str(args.jobs), "--corpus", one, "--out", outn])
    rows.append(("tifa run (1 new issue)", wall_inc, rss_inc))

    growth = None
    if not args.skip_growth:
        four = os.path.join(work, "corpus-4x")
        make_corpus(four, args.issues * 4, args.issue_kb, seed=2)
        out4 = os.path.join(work, "out-4x")
        wall4, rss4, _ = run([tifa, "run", "--force", "--quiet", "--jobs", str(args.jobs), "--corpus", four, "--out", out4])
        rows.append(("tifa run --force, 4x corpus", wall4, rss4))
        growth = rss4 / rssn

    print("corpus: %d issues, %.1f MB (%d cores)" % (args.issues, mb, os.cpu_count() or 1))
    print("%-36s %10s %12s" % ("run", "seconds", "peak RSS MB"))
    for name, wall, rss in rows:
        print("%-36s %10.2f %12s" % (name, wall, "-" if rss is None else "%.1f" % rss))
    pipeline_mb_s = mb / wall1
    figures = [
        ("pipeline_mb_s", pipeline_mb_s),
        ("icu_mb_s", icu_mb_s),
        ("pipeline_vs_icu", pipeline_mb_s / icu_mb_s),
        ("jobs_speedup", wall1 / walln),
        ("incremental_vs_full", wall_inc / walln),
        ("peak_rss_mb", rssn),
    ]
    if growth is not None:
        figures.append(("rss_growth", growth))
    for name, value in figures:
        print("%s=%.3f" % (name, value))


if __name__ == "__main__":
    main()
