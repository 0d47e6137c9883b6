#ifndef CICU_H
#define CICU_H

// A small C surface over ICU for Swift. Only plain C types cross this boundary:
// ICU's own headers must not be visible to Swift (Foundation on Linux ships a renamed
// copy of ICU, and the two clash), and ICU's functions are version-suffixed macros
// that Swift cannot import.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU word break iterator. Not thread-safe: use one per thread.
typedef struct cicu_word_breaker cicu_word_breaker;

/// Opens a word break iterator for `locale` (e.g. "zh"). Returns NULL on failure and
/// stores ICU's error code in `*error_code` (0 on success; negative values are warnings).
cicu_word_breaker *cicu_word_breaker_open(const char *locale, int32_t *error_code);

/// Points the iterator at `length` UTF-16 code units. The text is not copied: it must
/// stay alive and unchanged until the next call to set_text or close.
/// `text` may be NULL when `length` is 0. Returns ICU's error code (0 on success).
int32_t cicu_word_breaker_set_text(cicu_word_breaker *breaker, const uint16_t *text,
                                   int32_t length);

/// Advances to the next boundary and returns its offset in code units, or -1 when the
/// text is exhausted. `*rule_status` receives the rule status of the segment that ends
/// at that boundary (ICU's UWordBreak: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t cicu_word_breaker_next(cicu_word_breaker *breaker, int32_t *rule_status);

/// Fills up to `capacity` boundaries (segment ends) and their rule statuses; returns how
/// many were written, 0 when the text is exhausted. Cheaper than calling next per token.
int32_t cicu_word_breaker_fill(cicu_word_breaker *breaker, int32_t *ends,
                               int32_t *rule_statuses, int32_t capacity);

/// Releases the iterator. Accepts NULL.
void cicu_word_breaker_close(cicu_word_breaker *breaker);

/// ICU's CJK word-break dictionary (cjdict), read-only: one may serve every thread.
typedef struct cicu_cjk_dictionary cicu_cjk_dictionary;

/// Opens ICU's CJK dictionary. Returns NULL (ICU's error code in `*error_code`) when the
/// ICU data lacks it or it is not the trie format ICU's CJK break engine reads.
cicu_cjk_dictionary *cicu_cjk_dictionary_open(int32_t *error_code);

/// Cuts a run of `length` ideographs the way ICU's CJK break engine does (the cheapest
/// sequence of dictionary words, 255 for a character that is no word of its own). The run
/// must hold only BMP ideographs NFKC leaves unchanged. Writes the word ends (1...length,
/// ascending) to `ends` and returns their count; `cost` and `previous` are scratch space;
/// all three hold `length + 1` entries.
int32_t cicu_cjk_dictionary_cut(const cicu_cjk_dictionary *dictionary, const uint16_t *text,
                                int32_t length, uint32_t *cost, int32_t *previous, int32_t *ends);

/// Releases the dictionary. Accepts NULL.
void cicu_cjk_dictionary_close(cicu_cjk_dictionary *dictionary);

/// Asks ICU's charset detector how confident it is (0-100) that `length` bytes are in
/// `charset` (e.g. "GB18030"); 0 when ICU does not list it. Writes ICU's best guess and
/// its confidence into `best` (at least 32 bytes) and `*best_confidence` when not NULL.
int32_t cicu_charset_confidence(const uint8_t *bytes, int32_t length, const char *charset,
                                char *best, int32_t best_capacity, int32_t *best_confidence);

/// Converts `length` bytes in `charset` to UTF-16 in `out` (capacity `capacity`; `length`+1
/// code units always suffice for GB18030, UTF-8 and UTF-16). Each malformed or unmappable
/// byte sequence becomes U+FFFD; their count goes to `*invalid_count` and the byte offsets
/// of the first `max_offsets` of them to `invalid_offsets`. Returns the number of code
/// units written, or -1 with ICU's error code in `*error_code`.
int32_t cicu_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t length,
                              uint16_t *out, int32_t capacity,
                              int32_t *invalid_offsets, int32_t max_offsets,
                              int32_t *invalid_count, int32_t *error_code);

/// An ICU transliterator (e.g. "Traditional-Simplified"). Not thread-safe: one per thread.
typedef struct cicu_transliterator cicu_transliterator;

/// Opens the transliterator with ICU id `id` (ASCII). Returns NULL on failure with ICU's
/// error code in `*error_code`.
cicu_transliterator *cicu_transliterator_open(const char *id, int32_t *error_code);

/// Transliterates `length` UTF-16 code units of `text` in place (buffer of `capacity`
/// units); returns the new length, or -1 with ICU's error code in `*error_code`
/// (U_BUFFER_OVERFLOW_ERROR, 15, when the result needs more than `capacity`).
int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *text, int32_t length,
                           int32_t capacity, int32_t *error_code);

/// Releases the transliterator. Accepts NULL.
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// ICU's symbolic name for an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *cicu_error_name(int32_t error_code);

/// Writes ICU's version ("72.1") into `buffer` (at least 20 bytes).
void cicu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
