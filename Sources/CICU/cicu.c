#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

struct cicu_word_breaker {
    UBreakIterator *iterator;
};

static const UChar empty_text[1] = {0};

cicu_word_breaker *cicu_word_breaker_open(const char *locale, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, empty_text, 0, &status);
    if (U_FAILURE(status)) {
        if (error_code) *error_code = (int32_t)status;
        return NULL;
    }
    cicu_word_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        if (error_code) *error_code = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    if (error_code) *error_code = (int32_t)status;
    return breaker;
}

int32_t cicu_word_breaker_set_text(cicu_word_breaker *breaker, const uint16_t *text,
                                   int32_t length) {
    if (breaker == NULL || length < 0 || (text == NULL && length != 0)) {
        return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UChar *chars = text == NULL ? empty_text : (const UChar *)text;
    ubrk_setText(breaker->iterator, chars, length, &status);
    if (U_SUCCESS(status)) ubrk_first(breaker->iterator);
    return (int32_t)status;
}

int32_t cicu_word_breaker_next(cicu_word_breaker *breaker, int32_t *rule_status) {
    if (breaker == NULL) return -1;
    int32_t boundary = ubrk_next(breaker->iterator);
    if (boundary == UBRK_DONE) return -1;
    if (rule_status) *rule_status = ubrk_getRuleStatus(breaker->iterator);
    return boundary;
}

int32_t cicu_word_breaker_fill(cicu_word_breaker *breaker, int32_t *ends,
                               int32_t *rule_statuses, int32_t capacity) {
    if (breaker == NULL || ends == NULL || rule_statuses == NULL) return 0;
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) break;
        ends[count] = boundary;
        rule_statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

void cicu_word_breaker_close(cicu_word_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

const char *cicu_error_name(int32_t error_code) {
    return u_errorName((UErrorCode)error_code);
}

void cicu_version(char *buffer, int32_t capacity) {
    if (buffer == NULL || capacity <= 0) return;
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = '\0';
}

/* ---- Charset detection and conversion ---------------------------------------------- */

int32_t cicu_charset_confidence(const uint8_t *bytes, int32_t length, const char *charset,
                                char *best, int32_t best_capacity, int32_t *best_confidence) {
    if (best != NULL && best_capacity > 0) best[0] = '\0';
    if (best_confidence != NULL) *best_confidence = 0;
    if (bytes == NULL || length <= 0) return 0;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return 0;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t wanted = 0;
    if (U_SUCCESS(status) && matches != NULL) {
        for (int32_t i = 0; i < found; i++) {
            UErrorCode inner = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &inner);
            int32_t confidence = ucsdet_getConfidence(matches[i], &inner);
            if (U_FAILURE(inner) || name == NULL) continue;
            if (i == 0) {
                if (best != NULL && best_capacity > 0) {
                    strncpy(best, name, (size_t)best_capacity - 1);
                    best[best_capacity - 1] = '\0';
                }
                if (best_confidence != NULL) *best_confidence = confidence;
            }
            if (charset != NULL && strcmp(name, charset) == 0 && confidence > wanted) wanted = confidence;
        }
    }
    ucsdet_close(detector);
    return wanted;
}

/* Records where each malformed sequence started, then substitutes U+FFFD. */
typedef struct {
    const char *start;
    int32_t *offsets;
    int32_t max_offsets;
    int32_t count;
} cicu_invalid_log;

static void cicu_log_invalid(const void *context, UConverterToUnicodeArgs *args,
                             const char *code_units, int32_t length,
                             UConverterCallbackReason reason, UErrorCode *err) {
    if (reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR && reason != UCNV_UNASSIGNED) return;
    cicu_invalid_log *log = (cicu_invalid_log *)context;
    if (log->count < log->max_offsets && log->offsets != NULL) {
        /* args->source points just past the bad bytes in the one buffer we convert. */
        log->offsets[log->count] = (int32_t)((args->source - log->start) - length);
    }
    log->count++;
    (void)code_units;
    *err = U_ZERO_ERROR;
    static const UChar replacement[1] = {0xFFFD};
    ucnv_cbToUWriteUChars(args, replacement, 1, 0, err);
}

int32_t cicu_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t length,
                              uint16_t *out, int32_t capacity,
                              int32_t *invalid_offsets, int32_t max_offsets,
                              int32_t *invalid_count, int32_t *error_code) {
    if (invalid_count) *invalid_count = 0;
    if (error_code) *error_code = 0;
    if (charset == NULL || out == NULL || capacity < 0 || length < 0 || (bytes == NULL && length != 0)) {
        if (error_code) *error_code = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        if (error_code) *error_code = (int32_t)status;
        return -1;
    }
    cicu_invalid_log log = {(const char *)bytes, invalid_offsets, max_offsets, 0};
    ucnv_setToUCallBack(converter, cicu_log_invalid, &log, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        if (error_code) *error_code = (int32_t)status;
        return -1;
    }
    UChar *target = (UChar *)out;
    const char *source = (const char *)bytes;
    ucnv_toUnicode(converter, &target, (UChar *)out + capacity, &source, source + length,
                   NULL, 1, &status);
    ucnv_close(converter);
    if (invalid_count) *invalid_count = log.count;
    if (U_FAILURE(status)) {
        if (error_code) *error_code = (int32_t)status;
        return -1;
    }
    return (int32_t)(target - (UChar *)out);
}

struct cicu_transliterator {
    UTransliterator *trans;
};

cicu_transliterator *cicu_transliterator_open(const char *id, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[128];
    int32_t length = (int32_t)strlen(id);
    if (length >= (int32_t)(sizeof(uid) / sizeof(uid[0]))) {
        *error_code = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    u_charsToUChars(id, uid, length);
    UParseError parse_error;
    UTransliterator *trans = utrans_openU(uid, length, UTRANS_FORWARD, NULL, 0, &parse_error, &status);
    *error_code = status;
    if (U_FAILURE(status) || trans == NULL) {
        if (trans != NULL) utrans_close(trans);
        return NULL;
    }
    cicu_transliterator *result = malloc(sizeof(cicu_transliterator));
    if (result == NULL) {
        utrans_close(trans);
        *error_code = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->trans = trans;
    return result;
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *text, int32_t length,
                           int32_t capacity, int32_t *error_code) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->trans, (UChar *)text, &text_length, capacity, 0, &limit, &status);
    *error_code = status;
    if (status == U_BUFFER_OVERFLOW_ERROR) return -1;
    if (U_FAILURE(status)) return -1;
    return text_length;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->trans);
    free(transliterator);
}
