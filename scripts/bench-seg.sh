#!/usr/bin/env bash
# `make bench-seg`: segmentation quality and speed, printed as name=value lines.
#   msr_f1_icu / msr_f1_full        F1 on the SIGHAN 2005 MSR test set (../shared/eval), raw
#                                   ICU vs the full tokenizer (built-in lexicon and rules only)
#   msr_f1_full_discover            the same with --discover over the (unsegmented) test input
#   icu_mb_s / full_mb_s / full_vs_icu  tokenizing throughput, same run, same input (MSR x20),
#                                   time spent in tokenize only, best of 5 each, interleaved
#                                   (the same file, alternating runs, so load from other
#                                   processes hits both alike)
#   sample_single_char_share_icu / _full   one-character share of CJK word tokens, sample issue
# The eval files measure only: nothing in tifa is derived from them.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TIFA_BIN:-.build/release/tifa}
EVAL=${EVAL:-../shared/eval}
SAMPLE=${SAMPLE:-Corpus/issue-050.txt}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -f "$EVAL/msr_test.utf8" ]; then
  score() { python3 "$EVAL/score.py" "$EVAL/msr_test_gold.utf8" "$1" | awk '$1=="F1"{print $2}'; }
  "$BIN" tokenize --icu-only "$EVAL/msr_test.utf8" > "$tmp/icu.txt"
  "$BIN" tokenize "$EVAL/msr_test.utf8" > "$tmp/full.txt"
  "$BIN" tokenize --discover "$EVAL/msr_test.utf8" "$EVAL/msr_test.utf8" > "$tmp/disc.txt"
  echo "msr_f1_icu=$(score "$tmp/icu.txt")"
  echo "msr_f1_full=$(score "$tmp/full.txt")"
  echo "msr_f1_full_discover=$(score "$tmp/disc.txt")"
  echo "pku_f1=unavailable (no PKU test set in $EVAL)"
  input="$EVAL/msr_test.utf8"
else
  echo "msr_f1=unavailable (no $EVAL/msr_test.utf8)"
  input="$SAMPLE"
fi

for _ in $(seq 20); do cat "$input"; done > "$tmp/big.txt"
speed() { "$BIN" tokenize $1 --stats "$tmp/big.txt" 2>&1 >/dev/null | tr ' ' '\n' | awk -F= '$1=="mb_per_s"{print $2}'; }
best_icu=0; best_full=0
for _ in 1 2 3 4 5; do
  a=$(speed --icu-only); b=$(speed "")
  best_icu=$(python3 -c "print(max($best_icu, $a))"); best_full=$(python3 -c "print(max($best_full, $b))")
done
echo "icu_mb_s=$best_icu"
echo "full_mb_s=$best_full"
echo "full_vs_icu=$(python3 -c "print(round($best_full / $best_icu, 3))")"

if [ -f "$SAMPLE" ]; then
  share() { "$BIN" tokenize $1 --stats "$SAMPLE" 2>&1 >/dev/null | tr ' ' '\n' | awk -F= '$1=="single_char_share"{print $2}'; }
  echo "sample_single_char_share_icu=$(share --icu-only)"
  echo "sample_single_char_share_full=$(share "")"
  echo "sample_single_char_share_full_discover=$(share "--discover $SAMPLE")"
fi
