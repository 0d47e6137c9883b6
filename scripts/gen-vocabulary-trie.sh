#!/usr/bin/env bash
# Regenerates Sources/CVocabularyTrie/vocabulary_trie.c, the built-in lexicon's trie as C
# arrays (Segment/CompiledVocabularyTrie.swift), after the general vocabulary
# (scripts/gen-general-lexicon.sh), the curated lexicon files (scripts/gen-lexicon.sh) or
# the way the trie is built changed. Until then a run ignores the stale snapshot and builds
# the trie itself (same outputs, ~185 M instructions slower) and VocabularyTrieSnapshotTests fails.
set -euo pipefail
cd "$(dirname "$0")/.."
TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests
swift test --filter VocabularyTrieSnapshotTests
echo "wrote Sources/CVocabularyTrie/vocabulary_trie.c ($(wc -c < Sources/CVocabularyTrie/vocabulary_trie.c) bytes)"
