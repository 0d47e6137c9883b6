#ifndef TIFA_VOCABULARY_TRIE_H
#define TIFA_VOCABULARY_TRIE_H

#include <stdint.h>

/* The built-in lexicon's trie (LexiconTrie of Lexicon.builtin) as the flat arrays the
   Swift side uses, generated ahead of time so a run does not build it: written by
   `TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests`
   (scripts/gen-vocabulary-trie.sh). Floats are stored as their IEEE bit patterns.
   `fingerprint` is the hash of the inputs the trie was built from; 0 means no snapshot. */
typedef struct {
    uint64_t fingerprint;
    int64_t word_count;
    uint64_t total_weight_bits;
    uint32_t rule_word_log_probability_bits;
    int64_t node_count;
    int64_t child_count;
    const int32_t *root_node;                  /* 65536 entries */
    const uint32_t *root_log_probability_bits; /* 65536 entries */
    const int32_t *node_first_child;
    const int32_t *node_child_count;
    const uint32_t *node_log_probability_bits;
    const uint8_t *node_terminal;
    const uint16_t *child_unit;
    const int32_t *child_node;
} tifa_vocabulary_trie;

const tifa_vocabulary_trie *tifa_vocabulary_trie_snapshot(void);

#endif
