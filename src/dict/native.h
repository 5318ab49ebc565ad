/*
 * dict/native — the native dictionary format (*.tac, docs/dictionaries.md)
 * and the English inflection rules it uses for verb lemmas and agent plurals.
 *
 * Input: UTF-8 text of one file. Output: records appended to a tac_dict_model.
 * Ownership: every string lives in the model's arena; `bytes` is not kept.
 * Complexity: O(bytes × TAC_NATIVE_MAX_PER_RECORD) at worst (duplicate
 * phrases of one record are dropped by a linear scan); O(bytes) in practice.
 * Failure: the first error stops the file; err names the byte position,
 * line and column, and err->detail starts with "name:line:col:". Limits:
 * TAC_NATIVE_MAX_BYTES per file, TAC_NATIVE_MAX_WORDS words per phrase,
 * TAC_NATIVE_MAX_WORD bytes per word, TAC_NATIVE_MAX_PER_RECORD phrases,
 * codes or patterns per record. The model may hold records of the
 * file read before the error; callers discard it on failure.
 */
#ifndef TAC_DICT_NATIVE_H
#define TAC_DICT_NATIVE_H

#include "dict/model.h"

#define TAC_NATIVE_MAX_BYTES (256u << 20)
#define TAC_NATIVE_MAX_WORDS 32
#define TAC_NATIVE_MAX_WORD  200
/* names (or forms, words) and codes and patterns of one record: bounds the
 * duplicate check, which is quadratic in them */
#define TAC_NATIVE_MAX_PER_RECORD 4096

/* Parse one native file held in memory; `name` is used in origins and
 * errors. */
tac_status tac_dict_parse_native(tac_dict_model *m, const char *name, const char *bytes,
                                 size_t len, tac_error *err);

/* Inflections of a lower-case English word into out (cap bytes); return
 * false when the result would not fit. */
bool tac_inflect_s(const char *w, char *out, size_t cap);    /* visits, tries  */
bool tac_inflect_ed(const char *w, char *out, size_t cap);   /* banned, agreed */
bool tac_inflect_ing(const char *w, char *out, size_t cap);  /* banning, lying */
/* British spelling doubles a final l after one vowel in any syllable
 * (cancel → cancelled, travel → travelling) where American does not: both
 * are generated. False when the rule does not apply. */
bool tac_inflect_british_l(const char *w, const char *suffix, char *out, size_t cap);
/* Plural of a noun; false when it has none of its own (police, forces). */
bool tac_plural(const char *w, char *out, size_t cap);

#endif
