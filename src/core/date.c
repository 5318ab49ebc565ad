/* Civil dates as days since 1970-01-01 (H. Hinnant's well-known algorithms,
 * re-derived here): O(1), valid for the whole int32 range we use. */
#include "core/core.h"
#include <stdio.h>

int32_t tac_days_from_civil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int)doe - 719468;
}

void tac_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)yoe + era * 400 + (*m <= 2);
}

int tac_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (3 with Monday = 0) */
    int w = (int)((days % 7 + 7) % 7);
    return (w + 3) % 7;
}

bool tac_date_valid(int y, unsigned m, unsigned d)
{
    static const unsigned mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    unsigned max = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        max = 29;
    return d <= max;
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

TAC_API int32_t tac_date_parse(const char *s, size_t len)
{
    int y, m, d;
    if (len >= 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 4);
        m = digits(s + 5, 2);
        d = digits(s + 8, 2);
        if (len > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't')
            return TAC_NO_DATE;
    } else if (len == 8) {
        y = digits(s, 4);
        m = digits(s + 4, 2);
        d = digits(s + 6, 2);
    } else {
        return TAC_NO_DATE;
    }
    if (y < 0 || m < 0 || d < 0 || !tac_date_valid(y, (unsigned)m, (unsigned)d))
        return TAC_NO_DATE;
    return tac_days_from_civil(y, (unsigned)m, (unsigned)d);
}

TAC_API void tac_date_format(int32_t days, char buf[11])
{
    int y;
    unsigned m, d;
    if (days == TAC_NO_DATE) {
        buf[0] = 0;
        return;
    }
    tac_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        buf[0] = 0;
        return;
    }
    /* digit by digit: the compiler cannot prove the widths of a printf */
    unsigned uy = (unsigned)y;
    buf[0] = (char)('0' + uy / 1000);
    buf[1] = (char)('0' + uy / 100 % 10);
    buf[2] = (char)('0' + uy / 10 % 10);
    buf[3] = (char)('0' + uy % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = 0;
}
