/*
 * error.c — the first-error-wins error record and status names.
 *
 * A call may pass through several helpers that each could fail; only the
 * first failure describes the cause, so later ones never overwrite it
 * (jansson's json_error_t works the same way).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"

qawl_status qawlp_error_set(qawl_error *err, qawl_status code,
                            const char *file, unsigned long line,
                            unsigned long column, size_t offset,
                            const char *fmt, ...)
{
    va_list ap;

    if (err == NULL || err->code != QAWL_OK)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
    err->offset = offset;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

const char *qawl_status_string(qawl_status status)
{
    switch (status) {
    case QAWL_OK: return "success";
    case QAWL_ERR_NOMEM: return "out of memory";
    case QAWL_ERR_IO: return "input/output error";
    case QAWL_ERR_UTF8: return "invalid UTF-8";
    case QAWL_ERR_LEXICON: return "malformed lexicon";
    case QAWL_ERR_ICU: return "ICU error";
    case QAWL_ERR_PCRE2: return "pattern error";
    case QAWL_ERR_ARG: return "invalid argument";
    }
    return "unknown error";
}

const char *qawl_version(void)
{
    return PACKAGE_VERSION;
}
