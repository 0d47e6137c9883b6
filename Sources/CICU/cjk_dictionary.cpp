// ICU's CJK word-break dictionary (cjdict), read directly. ICU's break iterator hands every
// run of ideographs to its CJK break engine, which cuts the run by the cheapest sequence of
// dictionary words (CjkBreakEngine::divideUpDictionaryRange). Doing the same walk here over
// the same dictionary gives the same cuts without the iterator's per-run machinery (UText,
// normalization check, vectors, rule tables), which costs several times the walk itself.
// Only runs the engine would see unchanged are given here: BMP ideographs that NFKC leaves
// alone (the caller keeps compatibility ideographs, kana and Hangul away).

#include "cicu.h"

#include <stdlib.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/utypes.h>

namespace {
// The trie's first step from each ideograph of U+3400...U+9FFF, taken once at open: the
// root is the trie's widest branch (a binary search over every first character), so this
// saves the costliest step of every lookup.
const int32_t kFirstStepStart = 0x3400;
const int32_t kFirstStepCount = 0x9FFF - 0x3400 + 1;
struct FirstStep {
    uint64_t state;  // getState64() after the step, when it matched
    int32_t value;   // the word's cost, when the character is a word
    UStringTrieResult result;
};
}  // namespace

struct cicu_cjk_dictionary {
    UDataMemory *memory;
    const char16_t *trie;
    FirstStep *firstSteps;
};

namespace {
// DictionaryData's index slots and trie types (ICU's dictionarydata.h).
const int32_t kStringTrieOffset = 0;
const int32_t kTrieType = 4;
const int32_t kTrieTypeMask = 7;
const int32_t kTrieTypeUChars = 1;
const int32_t kTrieHasValues = 8;
// CjkBreakEngine's constants: the longest word it looks up (code points) and the cost of a
// character the dictionary does not hold as a word of its own.
const int32_t kMaxWordSize = 20;
const uint32_t kMaxCost = 255;
}  // namespace

extern "C" cicu_cjk_dictionary *cicu_cjk_dictionary_open(int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    UDataMemory *memory = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
    if (U_FAILURE(status) || memory == nullptr) {
        if (error_code) *error_code = (int32_t)(U_FAILURE(status) ? status : U_MISSING_RESOURCE_ERROR);
        return nullptr;
    }
    const int32_t *indexes = (const int32_t *)udata_getMemory(memory);
    int32_t type = indexes[kTrieType];
    if ((type & kTrieTypeMask) != kTrieTypeUChars || (type & kTrieHasValues) == 0) {
        udata_close(memory);
        if (error_code) *error_code = (int32_t)U_INVALID_FORMAT_ERROR;
        return nullptr;
    }
    cicu_cjk_dictionary *dictionary = (cicu_cjk_dictionary *)malloc(sizeof *dictionary);
    if (dictionary == nullptr) {
        udata_close(memory);
        if (error_code) *error_code = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return nullptr;
    }
    dictionary->memory = memory;
    dictionary->trie = (const char16_t *)((const uint8_t *)indexes + indexes[kStringTrieOffset]);
    dictionary->firstSteps = (FirstStep *)malloc(sizeof(FirstStep) * kFirstStepCount);
    if (dictionary->firstSteps == nullptr) {
        udata_close(memory);
        free(dictionary);
        if (error_code) *error_code = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return nullptr;
    }
    icu::UCharsTrie trie(dictionary->trie);
    for (int32_t k = 0; k < kFirstStepCount; k++) {
        FirstStep &step = dictionary->firstSteps[k];
        step.result = trie.first(kFirstStepStart + k);
        step.state = step.result == USTRINGTRIE_NO_MATCH ? 0 : trie.getState64();
        step.value = USTRINGTRIE_HAS_VALUE(step.result) ? trie.getValue() : 0;
    }
    if (error_code) *error_code = 0;
    return dictionary;
}

extern "C" int32_t cicu_cjk_dictionary_cut(const cicu_cjk_dictionary *dictionary, const uint16_t *text,
                                           int32_t length, uint32_t *cost, int32_t *previous, int32_t *ends) {
    if (dictionary == nullptr || text == nullptr || length <= 0) return 0;
    cost[0] = 0;
    for (int32_t i = 1; i <= length; i++) {
        cost[i] = UINT32_MAX;
        previous[i] = -1;
    }
    icu::UCharsTrie trie(dictionary->trie);
    for (int32_t i = 0; i < length; i++) {
        if (cost[i] == UINT32_MAX) continue;
        const uint32_t base = cost[i];
        // Every dictionary word starting at i (UCharsDictionaryMatcher::matches), each a
        // candidate; distinct lengths, so the order of relaxing them does not matter.
        bool singleFound = false;
        const int32_t firstIndex = (int32_t)text[i] - kFirstStepStart;
        const FirstStep *first =
            firstIndex >= 0 && firstIndex < kFirstStepCount ? &dictionary->firstSteps[firstIndex] : nullptr;
        if (first == nullptr) trie.reset();
        for (int32_t k = i; k < length; k++) {
            UStringTrieResult result;
            if (k > i) {
                result = trie.next(text[k]);
            } else if (first != nullptr) {
                result = first->result;
                if (result != USTRINGTRIE_NO_MATCH) trie.resetToState64(first->state);
            } else {
                result = trie.first(text[k]);
            }
            int32_t matched = k + 1 - i;
            if (USTRINGTRIE_HAS_VALUE(result)) {
                uint32_t candidate = base + (uint32_t)(k == i && first != nullptr ? first->value : trie.getValue());
                if (candidate < cost[k + 1]) {
                    cost[k + 1] = candidate;
                    previous[k + 1] = i;
                }
                if (matched == 1) singleFound = true;
                if (result == USTRINGTRIE_FINAL_VALUE) break;
            } else if (result == USTRINGTRIE_NO_MATCH) {
                break;
            }
            if (matched >= kMaxWordSize) break;
        }
        if (!singleFound) {
            uint32_t candidate = base + kMaxCost;
            if (candidate < cost[i + 1]) {
                cost[i + 1] = candidate;
                previous[i + 1] = i;
            }
        }
    }
    // Word ends from the last back to the first, then reversed.
    int32_t count = 0;
    for (int32_t i = length; i > 0; i = previous[i]) ends[count++] = i;
    for (int32_t a = 0, b = count - 1; a < b; a++, b--) {
        int32_t swap = ends[a];
        ends[a] = ends[b];
        ends[b] = swap;
    }
    return count;
}

extern "C" void cicu_cjk_dictionary_close(cicu_cjk_dictionary *dictionary) {
    if (dictionary == nullptr) return;
    udata_close(dictionary->memory);
    free(dictionary->firstSteps);
    free(dictionary);
}
