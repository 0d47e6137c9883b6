#!/usr/bin/env bash
# Regenerates Sources/CGeneralLexicon/general_lexicon.c, the general Chinese vocabulary
# (word + frequency) the tokenizer's best-path segmentation uses, from Debian's package
# rime-data-pinyin-simp (Rime's pinyin_simp.dict.yaml, derived from the Android Pinyin IME
# dictionary, Apache-2.0) and the simplified side of OpenCC's phrase table (STPhrases,
# package libopencc1.1, read with opencc_dict of package opencc; Apache-2.0): idioms,
# terms and names the input-method list lacks. See docs/LEXICON.md for provenance and
# license.
#
#   scripts/gen-general-lexicon.sh            # uses /usr/share/rime-data if installed,
#                                             # else `apt-get download`s the package
#   DICT=path/to/pinyin_simp.dict.yaml scripts/gen-general-lexicon.sh
#
# Processing (all of it here, nothing by hand):
#   1. entries `word<TAB>pinyin<TAB>weight`; a word listed under several readings keeps its
#      highest weight; words with anything but CJK ideographs are dropped. OpenCC's phrases
#      have no frequency: one of two or more ideographs that the list lacks gets weight
#      OPENCC_WEIGHT (100, about the list's lowest quarter of words: a rare word's); a verb
#      and its directional complement (抓出, 干起来) is left out.
#   2. input-method lists hold phrases typed as one (党的, 他说, 这是, 看你): a multi-character
#      entry that starts or ends with a function character (EDGE below) and either starts
#      with a character that opens a phrase (START: pronouns,
#      adverbs, prepositions, conjunctions, particles, 些, and 年 月 日 时 个 名 次 位 in
#      two-character entries, which close the number before them: 2日电, 12个省), is an
#      edge character before a number (上千万, 前五), ends with one that closes a phrase (END: particles,
#      localizers, pronouns, complements 到 给), or holds a pronoun or 的 inside, is
#      kept only when ICU's own dictionary also keeps it whole (目的, 我们), checked with
#      `tifa tokenize --icu-only` (built here if missing). A function character only marks
#      a phrase at the edge it attaches to: 中 and 年 open words (中华民族, 年轻人), 为 and
#      向 close them (改为, 导向). An entry of three or more characters ending in a particle
#      stays too when it is more frequent than its stem without the particle: a lexicalized
#      form (意味着 over 意味), not a phrase (看着 is far rarer than 看).
#   3. written as one C string literal of `word\tweight\n` lines, sorted by word, in a
#      small C target: clang compiles it in about a second, and a moved binary needs no
#      data file.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/CGeneralLexicon/general_lexicon.c
package=rime-data-pinyin-simp
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dict=${DICT:-/usr/share/rime-data/pinyin_simp.dict.yaml}
version=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null || true)
if [ -z "${DICT:-}" ] && [ ! -f "$dict" ]; then
  (cd "$tmp" && apt-get download "$package" >/dev/null)
  deb=$(ls "$tmp"/${package}_*.deb)
  version=$(dpkg-deb -f "$deb" Version)
  dpkg-deb -x "$deb" "$tmp/x"
  dict="$tmp/x/usr/share/rime-data/pinyin_simp.dict.yaml"
fi
[ -n "$version" ] || version=unknown

stphrases=${STPHRASES:-/usr/share/opencc/STPhrases.ocd2}
if [ ! -f "$stphrases" ] || ! command -v opencc_dict >/dev/null; then
  echo "needs OpenCC's STPhrases.ocd2 and opencc_dict: apt-get install opencc" >&2
  exit 1
fi
opencc_dict -i "$stphrases" -o "$tmp/stphrases.txt" -f ocd2 -t text
opencc_version=$(dpkg-query -W -f='${Version}' libopencc1.1 2>/dev/null || echo unknown)

BIN=${TIFA_BIN:-.build/release/tifa}
if [ ! -x "$BIN" ]; then swift build -c release --product tifa; BIN=.build/release/tifa; fi

EDGE='的了着过地得在是和与及或等对把被也都就又还为从向到说将并而但却且之其这那有个们我你他她它不没很最更已曾所以于由给让使跟同以上下中内外里前后年月日时次位名些每各该此'
PRONOUNS='我你他她它您咱'
PARTICLES='的了着过地得'
START="${PRONOUNS}${PARTICLES}年月日时个名次位些在是和与及或对把被也都就又还为从向到说将并而但却且其这那有不没很最更已曾所于由给让使跟同以每各该此之等当令像谁请要会能可应仅均现再先后"
END="${PRONOUNS}${PARTICLES}在是和与及或等说有们个些上下中内外里前后年月日时次位名之于到给不也都就又还很最更将把被让使吗呢吧啊这那"

python3 - "$dict" "$tmp/all.tsv" "$tmp/edge.txt" "$EDGE" "$START" "$END" "$PRONOUNS的" "$PARTICLES" "$tmp/stphrases.txt" <<'PY'
import sys
src, all_path, edge_path, edge, start, end, inner, particles, opencc_path = sys.argv[1:10]
OPENCC_WEIGHT = 100
edge, start, end, inner, particles = set(edge), set(start), set(end), set(inner), set(particles)
units = set("年月日时个名次位")
numerals = set("一二三四五六七八九十百千万亿两零几")
def ideographic(word):
    return all(0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF or ord(c) >= 0x20000 for c in word)
weights, body = {}, False
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line == "...":
        body = True
        continue
    if not body or not line or line.startswith("#"):
        continue
    fields = line.split("\t")
    word = fields[0]
    weight = int(fields[2]) if len(fields) > 2 and fields[2].isdigit() else 0
    if ideographic(word):
        weights[word] = max(weights.get(word, 0), weight)
# A verb and its directional complement is a phrase (抓出, 制定出, 干起来): the phrase table
# lists such pairs because 出 and 干 convert ambiguously, not because they are words.
COMPLEMENTS = ("出来", "起来", "下来", "上来", "过来", "下去", "进来", "进去", "回来", "回去", "出")
def verb_and_complement(word):
    for complement in COMPLEMENTS:
        stem = word[:-len(complement)]
        if word.endswith(complement) and stem and (len(stem) == 1 or stem in weights):
            return True
    return False
for line in open(opencc_path, encoding="utf-8"):
    word = line.split("\t")[0].strip()
    if len(word) >= 2 and ideographic(word) and word not in weights and not verb_and_complement(word):
        weights[word] = OPENCC_WEIGHT
with open(all_path, "w", encoding="utf-8") as out, open(edge_path, "w", encoding="utf-8") as edges:
    for word in sorted(weights):
        out.write(f"{word}\t{weights[word]}\n")
        if len(word) < 2 or not (word[0] in edge or word[-1] in edge):
            continue
        opens = word[0] in start and not (word[0] in units and len(word) > 2)
        phrase_like = opens or any(c in inner for c in word[1:-1]) or all(c in numerals for c in word[1:])
        if not phrase_like and word[-1] in end:
            stem = word[:-1]
            lexicalized = len(word) >= 3 and word[-1] in particles and weights[word] >= weights.get(stem, weights[word] + 1)
            phrase_like = not lexicalized
        if phrase_like:
            edges.write(word + "\n")
PY
"$BIN" tokenize --icu-only "$tmp/edge.txt" > "$tmp/edge_icu.txt"
paste "$tmp/edge.txt" "$tmp/edge_icu.txt" | awk -F'\t' '$1 != $2 { print $1 }' > "$tmp/dropped.txt"

python3 - "$tmp/all.tsv" "$tmp/dropped.txt" "$out.tmp" "$package" "$version" "$opencc_version" <<'PY'
import sys
all_path, dropped_path, out_path, package, version, opencc_version = sys.argv[1:7]
dropped = set(l.strip() for l in open(dropped_path, encoding="utf-8"))
kept = 0
with open(out_path, "w", encoding="utf-8") as out:
    out.write(f"// Generated by scripts/gen-general-lexicon.sh from Debian's {package} {version}\n")
    out.write(f"// (pinyin_simp.dict.yaml) and OpenCC {opencc_version} (STPhrases), both Apache-2.0;\n")
    out.write("// see docs/LEXICON.md. Do not edit by hand.\n")
    out.write('#include "general_lexicon.h"\n\nstatic const char lexicon[] =\n')
    for line in open(all_path, encoding="utf-8"):
        word, weight = line.rstrip("\n").split("\t")
        if word in dropped:
            continue
        out.write(f'"{word}\\t{weight}\\n"\n')
        kept += 1
    out.write(";\n\n")
    out.write("const char *tifa_general_lexicon_bytes(void) { return lexicon; }\n")
    out.write("unsigned long tifa_general_lexicon_size(void) { return sizeof(lexicon) - 1; }\n")
print(f"kept {kept} entries, dropped {len(dropped)} phrase-like entries", file=sys.stderr)
PY
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
echo "now run scripts/gen-vocabulary-trie.sh (the compiled trie of the built-in lexicon)"
