/*
 * tac_dict_read_path: one entry point for every way a dictionary set is
 * given — a compiled image (recognized by its magic, whatever its name), a
 * single text file (*.txt PETRARCH/TABARI, anything else native), or a
 * directory walked recursively in byte order of names, reading *.tac
 * (native) and *.txt (PETRARCH) and skipping other files (README.md,
 * CODES.md …) and hidden entries. Name order makes the model, and so the
 * compiled image, the same on every machine.
 */
#include "dict/model.h"
#include "dict/native.h"
#include "dict/image.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#define MAX_DEPTH 32
#define MAX_FILES 100000

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !strcmp(s + n - k, suf);
}

/* Chain the bytes of a file into m->source_hash (the native reader does
 * this itself; PETRARCH files are hashed here). */
static void hash_file(tac_dict_model *m, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    tac_buf b;
    tac_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        tac_buf_put(&b, chunk, n);
    fclose(f);
    if (!b.failed)
        m->source_hash = tac_hash_seed(b.data ? b.data : "", b.len, m->source_hash);
    tac_buf_free(&b);
}

/* PETRARCH/TABARI files: the coding engine's reader (petrarch.c). */
static tac_status read_petrarch(tac_dict_model *m, const char *path, tac_error *err)
{
    tac_status st = tac_dict_read_petrarch(m, path, err);
    if (st == TAC_OK)
        hash_file(m, path);
    return st;
}

static bool starts_with_magic(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char head[8];
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return tac_dict_image_is(head, n);
}

static tac_status read_file(tac_dict_model *m, const char *path, tac_error *err)
{
    if (starts_with_magic(path))
        return tac_dict_image_read(m, path, err);
    if (has_suffix(path, ".txt"))
        return read_petrarch(m, path, err);
    return tac_dict_read_native(m, path, err);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static tac_status read_dir(tac_dict_model *m, const char *dir, int depth, uint32_t *nfiles,
                           tac_error *err)
{
    if (depth > MAX_DEPTH)
        return tac_fail(err, TAC_ERR_LIMIT, "dictionary directories nested too deeply", 0, "%s", dir);
    DIR *d = opendir(dir);
    if (!d)
        return tac_fail(err, TAC_ERR_IO, "cannot open dictionary directory", 0, "%s", dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    tac_status st = TAC_OK;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            char **p = realloc(names, nc * sizeof *p);
            if (!p) {
                st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, "%s", dir);
                break;
            }
            names = p;
            cap = nc;
        }
        if (!(names[n] = strdup(e->d_name))) {
            st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, "%s", dir);
            break;
        }
        n++;
    }
    closedir(d);
    if (st == TAC_OK)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n && st == TAC_OK; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(len);
        if (!path) {
            st = tac_fail(err, TAC_ERR_NOMEM, NULL, 0, "%s", dir);
            break;
        }
        snprintf(path, len, "%s%s%s", dir, has_suffix(dir, "/") ? "" : "/", names[i]);
        struct stat sb;
        if (stat(path, &sb) != 0) {
            st = tac_fail(err, TAC_ERR_IO, "cannot stat dictionary file", 0, "%s", path);
        } else if (S_ISDIR(sb.st_mode)) {
            st = read_dir(m, path, depth + 1, nfiles, err);
        } else if (S_ISREG(sb.st_mode) && (has_suffix(path, ".tac") || has_suffix(path, ".txt"))) {
            if (++*nfiles > MAX_FILES)
                st = tac_fail(err, TAC_ERR_LIMIT, "too many dictionary files", 0, "more than %d under %s",
                              MAX_FILES, dir);
            else if (has_suffix(path, ".tac"))
                st = tac_dict_read_native(m, path, err);
            else
                st = read_petrarch(m, path, err);
        }
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

tac_status tac_dict_read_path(tac_dict_model *m, const char *path, tac_error *err)
{
    struct stat sb;
    if (!path || stat(path, &sb) != 0)
        return tac_fail(err, TAC_ERR_IO, "no such dictionary file or directory", 0, "%s",
                        path ? path : "(null)");
    if (S_ISDIR(sb.st_mode)) {
        uint32_t nfiles = 0;
        return read_dir(m, path, 0, &nfiles, err);
    }
    return read_file(m, path, err);
}
