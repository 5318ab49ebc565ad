/* Input formats: names, and a guess from the file name and the first bytes. */
#include "ingest/ingest.h"
#include <strings.h>

static const char *const format_names[] = {
    [TAC_FORMAT_AUTO] = "auto",
    [TAC_FORMAT_TEXT] = "text",
    [TAC_FORMAT_MARKDOWN] = "markdown",
    [TAC_FORMAT_HTML] = "html",
    [TAC_FORMAT_JSONL] = "jsonl",
};

TAC_API const char *tac_format_name(tac_format f)
{
    if ((unsigned)f < sizeof format_names / sizeof *format_names)
        return format_names[f];
    return "unknown";
}

TAC_API tac_format tac_format_from_name(const char *name)
{
    static const struct { const char *name; tac_format f; } aliases[] = {
        {"auto", TAC_FORMAT_AUTO}, {"text", TAC_FORMAT_TEXT}, {"txt", TAC_FORMAT_TEXT},
        {"plain", TAC_FORMAT_TEXT}, {"markdown", TAC_FORMAT_MARKDOWN}, {"md", TAC_FORMAT_MARKDOWN},
        {"html", TAC_FORMAT_HTML}, {"htm", TAC_FORMAT_HTML}, {"jsonl", TAC_FORMAT_JSONL},
        {"ndjson", TAC_FORMAT_JSONL}, {"json", TAC_FORMAT_JSONL},
    };
    if (!name)
        return TAC_FORMAT_AUTO;
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (!strcasecmp(name, aliases[i].name))
            return aliases[i].f;
    return (tac_format)-1;
}

static tac_format from_extension(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *base = slash ? slash + 1 : name;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        return TAC_FORMAT_AUTO;
    dot++;
    static const struct { const char *ext; tac_format f; } exts[] = {
        {"txt", TAC_FORMAT_TEXT}, {"text", TAC_FORMAT_TEXT},
        {"md", TAC_FORMAT_MARKDOWN}, {"markdown", TAC_FORMAT_MARKDOWN}, {"mdown", TAC_FORMAT_MARKDOWN},
        {"html", TAC_FORMAT_HTML}, {"htm", TAC_FORMAT_HTML}, {"xhtml", TAC_FORMAT_HTML},
        {"jsonl", TAC_FORMAT_JSONL}, {"ndjson", TAC_FORMAT_JSONL}, {"json", TAC_FORMAT_JSONL},
    };
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (!strcasecmp(dot, exts[i].ext))
            return exts[i].f;
    return TAC_FORMAT_AUTO;
}

/* Markdown cues in the first bytes: an ATX heading, a link "](", emphasis
 * "**", a setext underline or a backslash escape. One is enough: plain news
 * text has none of them. */
static bool looks_markdown(const char *s, size_t n)
{
    bool bol = true;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (bol && c == '#') {
            size_t j = i;
            while (j < n && s[j] == '#' && j - i < 7)
                j++;
            if (j < n && (s[j] == ' ' || s[j] == '\t'))
                return true;
        }
        if (bol && (c == '=' || c == '-') && i + 2 < n && s[i + 1] == c && s[i + 2] == c)
            return true;
        if (c == ']' && i + 1 < n && s[i + 1] == '(')
            return true;
        if (c == '*' && i + 1 < n && s[i + 1] == '*')
            return true;
        if (c == '\\' && i + 1 < n && strchr("*_[]#`\\$", s[i + 1]))
            return true;
        bol = c == '\n';
    }
    return false;
}

TAC_API tac_format tac_format_detect(const char *name, const char *bytes, size_t len)
{
    if (name) {
        tac_format f = from_extension(name);
        if (f != TAC_FORMAT_AUTO)
            return f;
    }
    if (!bytes)
        return TAC_FORMAT_TEXT;
    size_t n = len < 8192 ? len : 8192;
    size_t i = 0;
    if (n >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < n && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        i++;
    if (i < n && bytes[i] == '{')
        return TAC_FORMAT_JSONL;
    if (i < n && bytes[i] == '<') {
        size_t k = tac_find_ci(bytes + i, n - i, "<html");
        if (k != SIZE_MAX || tac_starts_with_ci(bytes + i, n - i, "<!doctype html") ||
            tac_find_ci(bytes + i, n - i, "<body") != SIZE_MAX ||
            tac_find_ci(bytes + i, n - i, "<p>") != SIZE_MAX)
            return TAC_FORMAT_HTML;
    }
    return looks_markdown(bytes + i, n - i) ? TAC_FORMAT_MARKDOWN : TAC_FORMAT_TEXT;
}
