#!/usr/bin/env bash
# `make bench-seg`: segmentation quality and speed, printed as name=value lines.
#   msr_f1_icu / msr_f1_full        F1 on the SIGHAN 2005 MSR test set (../shared/eval), raw
#                                   ICU vs the full tokenizer (built-in lexicon and rules only)
#   msr_p_full / msr_r_full         precision and recall of the full tokenizer
#   msr_f1_full_discover            the same with --discover over the (unsegmented) test input
#   msr_f1_full_pku_standard        the full tokenizer under --standard pku (measure words apart)
#   standard                        the segmentation standard the msr_*_full figures use (msr,
#                                   tifa's default: a measure word joins its number)
#   icu_mb_s / full_mb_s / full_vs_icu / full_vs_icu_median
#                                   tokenizing throughput over the same input in ONE process
#                                   (`tifa tokenize --bench N`, N=$ROUNDS, default 20):
#                                   best round of each, their ratio, median per-round ratio
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
  "$BIN" tokenize --standard pku "$EVAL/msr_test.utf8" > "$tmp/pku.txt"
  measure() { python3 "$EVAL/score.py" "$EVAL/msr_test_gold.utf8" "$2" | awk -v k="$1" '$1==k{print $2}'; }
  echo "standard=msr"
  echo "msr_f1_icu=$(score "$tmp/icu.txt")"
  echo "msr_f1_full=$(score "$tmp/full.txt")"
  echo "msr_p_full=$(measure P "$tmp/full.txt")"
  echo "msr_r_full=$(measure R "$tmp/full.txt")"
  echo "msr_f1_full_discover=$(score "$tmp/disc.txt")"
  echo "msr_f1_full_pku_standard=$(score "$tmp/pku.txt")"
  echo "pku_f1=unavailable (no PKU test set in $EVAL)"
  input="$EVAL/msr_test.utf8"
else
  echo "msr_f1=unavailable (no $EVAL/msr_test.utf8)"
  input="$SAMPLE"
fi

# One process times raw ICU and the full tokenizer over the same lines, interleaved round
# by round: full_vs_icu is the ratio of the best rounds, full_vs_icu_median the median of
# the per-round ratios (robust to load from other processes on a shared machine).
"$BIN" tokenize --bench "${ROUNDS:-20}" "$input" | tr ' ' '\n' | grep -E '^(icu_mb_s|full_mb_s|full_vs_icu|full_vs_icu_median)='

if [ -f "$SAMPLE" ]; then
  share() { "$BIN" tokenize $1 --stats "$SAMPLE" 2>&1 >/dev/null | tr ' ' '\n' | awk -F= '$1=="single_char_share"{print $2}'; }
  echo "sample_single_char_share_icu=$(share --icu-only)"
  echo "sample_single_char_share_full=$(share "")"
  echo "sample_single_char_share_full_discover=$(share "--discover $SAMPLE")"
fi
