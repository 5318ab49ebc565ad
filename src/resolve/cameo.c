/* CAMEO facts of an event code: table lookup through the generated O(1)
 * index (see scripts/gen-cameo.sh) and the derived fields of an event. */
#include "resolve/cameo_table.h"

/* The index slot of a code string of 2..4 ASCII digits, or -1. */
static int cameo_slot(const char *code)
{
    int v = 0, n = 0;
    for (; code[n]; n++) {
        if (n == 4 || code[n] < '0' || code[n] > '9')
            return -1;
        v = v * 10 + (code[n] - '0');
    }
    if (n < 2)
        return -1;
    return (n == 2 ? 0 : n == 3 ? 100 : 1100) + v;
}

const tac_cameo_info *tac_cameo_lookup(const char *code)
{
    if (!code)
        return NULL;
    int slot = cameo_slot(code);
    if (slot < 0)
        return NULL;
    uint16_t row = tac_cameo_index[slot];
    return row ? &tac_cameo_rows[row - 1] : NULL;
}

size_t tac_cameo_count(void) { return tac_cameo_nrows; }

const tac_cameo_info *tac_cameo_at(size_t i)
{
    return i < tac_cameo_nrows ? &tac_cameo_rows[i] : NULL;
}

/* Codes outside CAMEO (the PETRARCH test suite's "1717", "9xx", "174K") keep
 * root = their first two characters when both are digits and get no table
 * values: quad 0, goldstein 0, plover NULL. */
bool tac_resolve_code(tac_event *ev)
{
    ev->quad = 0;
    ev->goldstein = 0.0f;
    ev->plover = NULL;
    if (ev->code[0] >= '0' && ev->code[0] <= '9' && ev->code[1] >= '0' && ev->code[1] <= '9') {
        ev->root[0] = ev->code[0];
        ev->root[1] = ev->code[1];
    } else {
        ev->root[0] = ev->root[1] = 0;
    }
    ev->root[2] = 0;
    char code[sizeof ev->code + 1];
    memcpy(code, ev->code, sizeof ev->code);
    code[sizeof ev->code] = 0;
    const tac_cameo_info *row = tac_cameo_lookup(code);
    if (!row)
        return false;
    ev->quad = row->quad;
    ev->goldstein = row->goldstein;
    ev->plover = row->plover;
    return true;
}
