#!/usr/bin/env bash
# Scores tifa's person / place / organization mentions against the PD1998 development
# half (exact spans): extracts the documents' texts, runs `tifa mentions` over them and
# prints P/R/F1 per type with ../shared/eval/score_mentions.py. Measuring only: nothing
# from the gold file feeds tifa.
# usage: scripts/eval-entities.sh [TIFA_BINARY] [EVAL_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
TIFA="${1:-.build/release/tifa}"
EVAL="${2:-${EVAL_DIR:-../shared/eval}}"
GOLD="$EVAL/pd1998_dev.jsonl"
for f in "$GOLD" "$EVAL/score_mentions.py"; do
  [ -f "$f" ] || { echo "eval-entities: missing $f" >&2; exit 1; }
done
[ -x "$TIFA" ] || { echo "eval-entities: no tifa binary at $TIFA (build it first: swift build -c release)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 -c "import json,sys; [print(json.loads(l)['text']) for l in open(sys.argv[1], encoding='utf-8')]" "$GOLD" > "$WORK/texts.txt"
start=$(date +%s.%N)
"$TIFA" mentions "$WORK/texts.txt" > "$WORK/pred.jsonl"
end=$(date +%s.%N)
python3 "$EVAL/score_mentions.py" "$GOLD" "$WORK/pred.jsonl"
awk -v a="$start" -v b="$end" -v c="$(wc -c < "$WORK/texts.txt")" 'BEGIN { printf "time\t%.2fs for %.1f MB\n", b - a, c / 1e6 }'
if [ -n "${KEEP_PRED:-}" ]; then cp "$WORK/pred.jsonl" "$KEEP_PRED"; fi
