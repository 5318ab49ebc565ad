/*
 * Metadata helpers: calendar dates written in prose or in page furniture
 * ("Global Research, September 25, 2023", "23 September 2023",
 * "Updated: 2008-08-13 06:56"), and small case-insensitive string tests.
 * Every function is linear in its input.
 */
#include "ingest/ingest.h"
#include <ctype.h>

bool tac_starts_with_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    if (k > n)
        return false;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)prefix[i]))
            return false;
    return true;
}

size_t tac_find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    if (k == 0)
        return 0;
    if (k > n)
        return SIZE_MAX;
    int c0 = tolower((unsigned char)needle[0]);
    /* needles are short phrases: the inner loop is bounded by their length */
    for (size_t i = 0; i + k <= n; i++) {
        if (tolower((unsigned char)s[i]) != c0)
            continue;
        size_t j = 1;
        while (j < k && tolower((unsigned char)s[i + j]) == tolower((unsigned char)needle[j]))
            j++;
        if (j == k)
            return i;
    }
    return SIZE_MAX;
}

/* Month name (full or abbreviated, optional '.') at s[i]; returns 1..12 and
 * advances *end past it, else 0. */
static int month_at(const char *s, size_t n, size_t i, size_t *end)
{
    static const char *const full[] = {"january", "february", "march", "april", "may", "june", "july",
                                       "august", "september", "october", "november", "december"};
    size_t w = i;
    while (w < n && isalpha((unsigned char)s[w]))
        w++;
    size_t len = w - i;
    if (len < 3 || len > 9)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t fl = strlen(full[m]);
        bool ok = false;
        if (len == fl && tac_starts_with_ci(s + i, len, full[m]))
            ok = true;
        /* abbreviations: first three letters, "Sept" */
        else if (len == 3 && tolower((unsigned char)s[i]) == full[m][0] &&
                 tolower((unsigned char)s[i + 1]) == full[m][1] && tolower((unsigned char)s[i + 2]) == full[m][2])
            ok = true;
        else if (len == 4 && m == 8 && tac_starts_with_ci(s + i, 4, "sept"))
            ok = true;
        if (ok) {
            if (w < n && s[w] == '.' && len < fl)
                w++;
            *end = w;
            return m + 1;
        }
    }
    return 0;
}

static int number_at(const char *s, size_t n, size_t i, size_t maxd, size_t *end)
{
    size_t j = i;
    int v = 0;
    while (j < n && isdigit((unsigned char)s[j])) {
        if (j - i == maxd)
            return -1;
        v = v * 10 + (s[j] - '0');
        j++;
    }
    if (j == i)
        return -1;
    /* ordinal suffix: 1st 2nd 3rd 4th */
    if (j + 1 < n && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) ||
                      !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2)) &&
        (j + 2 == n || !isalnum((unsigned char)s[j + 2])))
        j += 2;
    else if (j < n && isalpha((unsigned char)s[j]))
        return -1;
    *end = j;
    return v;
}

static size_t skip_sep(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
        i++;
    return i;
}

static bool word_start(const char *s, size_t i)
{
    return i == 0 || !isalnum((unsigned char)s[i - 1]);
}

bool tac_find_date(const char *s, size_t n, int32_t *days, size_t *start, size_t *end)
{
    for (size_t i = 0; i < n; i++) {
        if (!word_start(s, i))
            continue;
        size_t e;
        if (isdigit((unsigned char)s[i])) {
            /* 2023-09-25 */
            if (i + 10 <= n && s[i + 4] == '-' && s[i + 7] == '-' &&
                (i + 10 == n || !isdigit((unsigned char)s[i + 10]))) {
                int32_t dd = tac_date_parse(s + i, 10);
                if (dd != TAC_NO_DATE) {
                    *days = dd;
                    *start = i;
                    *end = i + 10;
                    return true;
                }
            }
            /* 23 September 2023 */
            int d = number_at(s, n, i, 2, &e);
            if (d < 1 || d > 31)
                continue;
            size_t j = skip_sep(s, n, e);
            if (j == e && j < n)
                continue;
            int m = month_at(s, n, j, &e);
            if (!m)
                continue;
            j = skip_sep(s, n, e);
            int y = number_at(s, n, j, 4, &e);
            if (y < 1000 || !tac_date_valid(y, (unsigned)m, (unsigned)d))
                continue;
            *days = tac_days_from_civil(y, (unsigned)m, (unsigned)d);
            *start = i;
            *end = e;
            return true;
        }
        if (isalpha((unsigned char)s[i])) {
            /* September 25, 2023 */
            int m = month_at(s, n, i, &e);
            if (!m)
                continue;
            size_t j = skip_sep(s, n, e);
            if (j == e)
                continue;
            int d = number_at(s, n, j, 2, &e);
            if (d < 1 || d > 31)
                continue;
            j = skip_sep(s, n, e);
            int y = number_at(s, n, j, 4, &e);
            if (y < 1000 || !tac_date_valid(y, (unsigned)m, (unsigned)d))
                continue;
            *days = tac_days_from_civil(y, (unsigned)m, (unsigned)d);
            *start = i;
            *end = e;
            return true;
        }
    }
    return false;
}
