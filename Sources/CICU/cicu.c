#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

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
