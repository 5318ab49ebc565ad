/* The one error model: status codes, static messages, byte positions. */
#include "core/core.h"
#include <stdio.h>

static const char *const status_names[] = {
    [TAC_OK] = "ok",
    [TAC_ERR_NOMEM] = "out of memory",
    [TAC_ERR_IO] = "i/o error",
    [TAC_ERR_UTF8] = "invalid UTF-8",
    [TAC_ERR_BINARY] = "binary input",
    [TAC_ERR_FORMAT] = "malformed input",
    [TAC_ERR_LIMIT] = "limit exceeded",
    [TAC_ERR_EMPTY] = "empty input",
    [TAC_ERR_ARG] = "bad argument",
    [TAC_ERR_DICT] = "dictionary error",
    [TAC_ERR_STORE] = "store error",
    [TAC_ERR_NOTFOUND] = "not found",
    [TAC_ERR_INTERNAL] = "internal error",
};

TAC_API const char *tac_status_name(tac_status s)
{
    if ((unsigned)s < sizeof status_names / sizeof *status_names && status_names[s])
        return status_names[s];
    return "unknown error";
}

tac_status tac_fail(tac_error *err, tac_status code, const char *message,
                    uint64_t position, const char *detail_fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    err->message = message ? message : tac_status_name(code);
    err->position = position;
    err->line = err->column = 0;
    err->detail[0] = 0;
    if (detail_fmt) {
        va_list ap;
        va_start(ap, detail_fmt);
        vsnprintf(err->detail, sizeof err->detail, detail_fmt, ap);
        va_end(ap);
    }
    return code;
}

TAC_API void tac_error_locate(tac_error *err, const char *input, size_t len)
{
    if (!err || !input)
        return;
    uint64_t pos = err->position < len ? err->position : len;
    uint32_t line = 1;
    size_t bol = 0;
    for (size_t i = 0; i < pos; i++) {
        if (input[i] == '\n') {
            line++;
            bol = i + 1;
        }
    }
    err->line = line;
    err->column = (uint32_t)(pos - bol + 1);
}

TAC_API const char *tac_version(void)
{
    return TAC_VERSION;
}

TAC_API void tac_limits_default(tac_limits *l)
{
    l->max_article_bytes = 16u << 20;
    l->max_line_bytes = 32u << 20;
    l->max_sentence_bytes = 4096;
    l->max_sentence_tokens = 256;
    l->max_sentences = 20000;
    l->max_events = 10000;
}
