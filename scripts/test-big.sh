#!/usr/bin/env bash
# `make test-big`: the huge inputs of issue 9, analyzed in parts (IssuePartition), not
# loaded whole. Slow (minutes), so not in `make test` or CI.
#   1. one issue of about BIG_MB (default 1024) MB made from the sample issue
#   2. one line of about LINE_MB (default 200) MB: the sample's text without newlines
# Each must succeed; time and peak RSS are printed. RSS must stay under MAX_RSS_MB
# (default 2048): memory is bounded by the part size times the jobs, not the file.
set -euo pipefail
TIFA=${1:-.build/release/tifa}
BIG_MB=${BIG_MB:-1024}
LINE_MB=${LINE_MB:-200}
MAX_RSS_MB=${MAX_RSS_MB:-2048}
WORK=${WORK:-$(mktemp -d /tmp/tifa-big.XXXXXX)}
SAMPLE=Corpus/issue-050.txt
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/big" "$WORK/line"

python3 - "$SAMPLE" "$WORK/big/archive.txt" "$BIG_MB" "$WORK/line/line.txt" "$LINE_MB" <<'EOF'
import sys
sample, big, big_mb, line, line_mb = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
text = open(sample, encoding="utf-8").read().encode("utf-8")
with open(big, "wb") as f:
    for _ in range(big_mb * 2**20 // len(text) + 1):
        f.write(text)
flat = text.replace(b"\r", b"").replace(b"\n", b"")
with open(line, "wb") as f:
    for _ in range(line_mb * 2**20 // len(flat) + 1):
        f.write(flat)
EOF

status=0
for case in big line; do
  size=$(du -m "$WORK/$case"/*.txt | cut -f1)
  /usr/bin/time -f "%e %M" -o "$WORK/$case.time" "$TIFA" run --force --quiet --corpus "$WORK/$case" --out "$WORK/out-$case" \
    || { echo "test-big: $case: tifa run failed" >&2; status=1; continue; }
  read -r seconds rss_kb < "$WORK/$case.time"
  rss_mb=$((rss_kb / 1024))
  echo "test-big: $case: ${size} MB in ${seconds} s, peak RSS ${rss_mb} MB"
  tokens=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "tokens") c = i } NR == 2 { print $c }' "$WORK/out-$case/issues.csv")
  if [ -z "$tokens" ] || [ "$tokens" -le 0 ]; then echo "test-big: $case: no tokens counted" >&2; status=1; fi
  if [ "$rss_mb" -gt "$MAX_RSS_MB" ]; then echo "test-big: $case: peak RSS ${rss_mb} MB > ${MAX_RSS_MB} MB" >&2; status=1; fi
done
[ $status -eq 0 ] && echo "test-big: passed"
exit $status
