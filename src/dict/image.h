/*
 * dict/image — the compiled dictionary: one versioned binary file holding a
 * whole tac_dict_model (layout in docs/dictionaries.md, "The binary image").
 *
 * Input: a model (write) or the bytes of an image (read).
 * Output: a file; or the model's arrays, whose strings point into one copy
 * of the image kept in the model's arena (no allocation per string).
 * Complexity: O(size) both ways; loading is one read plus pointer fix-ups.
 * Failure: a short, corrupt or foreign file is TAC_ERR_DICT naming the byte
 * position; the model is left unchanged (no records added) on failure.
 */
#ifndef TAC_DICT_IMAGE_H
#define TAC_DICT_IMAGE_H

#include "dict/model.h"

#define TAC_IMAGE_MAGIC "TACDICT"          /* 8 bytes with its NUL          */
#define TAC_IMAGE_FORMAT 2u
#define TAC_IMAGE_MAX_BYTES (1u << 30)

/* Skip the check of the file hash: lets the fuzzer reach the structural
 * validation, which must hold on its own. */
#define TAC_IMAGE_NO_HASH 0x1

/* Whether bytes start with the image magic. */
bool tac_dict_image_is(const void *bytes, size_t len);

/* Serialize m into a heap buffer (caller frees out->data with tac_buf_free).
 * Same model → same bytes. */
tac_status tac_dict_image_build(const tac_dict_model *m, tac_buf *out, tac_error *err);

/* Append the records of an image held in memory to m (bytes are copied into
 * m's arena). `name` is only used in error details. */
tac_status tac_dict_image_parse(tac_dict_model *m, const char *name, const void *bytes, size_t len,
                                unsigned flags, tac_error *err);

#endif
