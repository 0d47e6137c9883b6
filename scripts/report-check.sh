#!/usr/bin/env bash
# make report-check: render report.html in a real browser (headless Chromium) to PNG, so a
# person can look at what the report shows. Installs chromium and CJK fonts when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ] || ! fc-list 2>/dev/null | grep -qi "CJK"; then
  echo "report-check: installing chromium and fonts-noto-cjk"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  browser="$(command -v chromium || command -v chromium-browser)"
fi
swift build -c release --product tifa >/dev/null
out="${REPORT_CHECK_DIR:-.report-check}"
rm -rf "$out"
mkdir -p "$out"
# The sample issue, and the test fixtures (three issues, so the trend chart has lines).
.build/release/tifa run --corpus Corpus --out "$out/sample" --quiet
.build/release/tifa run --corpus Tests/TifaKitTests/Fixtures/corpus --out "$out/fixtures" --quiet
for name in sample fixtures; do
  page="$PWD/$out/$name/report.html"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
    --screenshot="$PWD/$out/$name.png" "file://$page" >/dev/null 2>&1
  size=$(stat -c %s "$out/$name.png")
  [ "$size" -gt 20000 ] || { echo "report-check: $out/$name.png is only $size bytes" >&2; exit 1; }
  echo "report-check: $out/$name.png ($size bytes) from $page"
done
