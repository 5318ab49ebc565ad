/* The binary image: round trip, determinism, and hostile images. */
#include <criterion/criterion.h>
#include "dict/image.h"
#include "dict/native.h"
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>

static const char source[] =
    "@version image test\n"
    "actor BASHAR_AL_ASSAD\n"
    "  name   Bashar al-Assad; Assad; President_Assad\n"
    "  code   SYRGOV 20000717-20241208?\n"
    "  code   SYRELI 20241209-\n"
    "  code   SYRELI\n"
    "  kind   person\n"
    "  note   President of Syria from 2000.\n"
    "actor SYRIA\n"
    "  name   Syria; Syrian\n"
    "  code   SYR\n"
    "  kind   country\n"
    "agent TROOPS\n"
    "  name   soldier; army\n"
    "  code   ~MIL\n"
    "verb VISIT\n"
    "  lemma   visit; pay a visit\n"
    "  form    paid a visit\n"
    "  code    042\n"
    "  pattern 042  $ * +\n"
    "  pattern 043  + * BY $\n"
    "verb PONDER\n"
    "  lemma ponder\n"
    "synset CURRENCY\n"
    "  word dollar; euro\n"
    "discard SPORT\n"
    "  word football\n"
    "  story horoscope\n";

static void load_source(tac_dict_model *m)
{
    tac_error err;
    tac_dict_model_init(m);
    cr_assert_eq(tac_dict_parse_native(m, "src.tac", source, sizeof source - 1, &err), TAC_OK, "%s", err.detail);
    cr_assert(tac_dict_add_issue(m, "src.tac:1", "an issue %d", 7));
    m->verbs[0].forms[m->verbs[0].nforms - 1].head = 1;   /* as PETRARCH "wire TAP" */
}

static void eq_str(const char *a, const char *b, const char *what)
{
    if (!a || !b)
        cr_assert_eq(a, b, "%s: one is NULL", what);
    else
        cr_assert_str_eq(a, b, "%s", what);
}

static void eq_phrases(const tac_dict_phrase *a, const tac_dict_phrase *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        cr_assert_eq(a[i].nwords, b[i].nwords);
        cr_assert_eq(a[i].flags, b[i].flags);
        cr_assert_eq(a[i].head, b[i].head);
        for (uint16_t k = 0; k < a[i].nwords; k++)
            cr_assert_str_eq(a[i].words[k], b[i].words[k]);
    }
}

static void models_equal(const tac_dict_model *a, const tac_dict_model *b)
{
    cr_assert_eq(a->nactors, b->nactors);
    for (uint32_t i = 0; i < a->nactors; i++) {
        const tac_dict_actor *x = &a->actors[i], *y = &b->actors[i];
        eq_str(x->name, y->name, "actor name");
        eq_str(x->default_code, y->default_code, "default code");
        eq_str(x->note, y->note, "note");
        eq_str(x->origin, y->origin, "origin");
        cr_assert_eq(x->flags, y->flags);
        cr_assert_eq(x->nphrases, y->nphrases);
        eq_phrases(x->phrases, y->phrases, x->nphrases);
        cr_assert_eq(x->ncodes, y->ncodes);
        for (uint32_t k = 0; k < x->ncodes; k++) {
            eq_str(x->codes[k].code, y->codes[k].code, "code");
            cr_assert_eq(x->codes[k].from, y->codes[k].from);
            cr_assert_eq(x->codes[k].to, y->codes[k].to);
            cr_assert_eq(x->codes[k].flags, y->codes[k].flags);
        }
    }
    cr_assert_eq(a->nagents, b->nagents);
    for (uint32_t i = 0; i < a->nagents; i++) {
        eq_str(a->agents[i].name, b->agents[i].name, "agent");
        eq_str(a->agents[i].code, b->agents[i].code, "agent code");
        eq_str(a->agents[i].origin, b->agents[i].origin, "agent origin");
        cr_assert_eq(a->agents[i].nphrases, b->agents[i].nphrases);
        eq_phrases(a->agents[i].phrases, b->agents[i].phrases, a->agents[i].nphrases);
    }
    cr_assert_eq(a->nverbs, b->nverbs);
    for (uint32_t i = 0; i < a->nverbs; i++) {
        const tac_dict_verb *x = &a->verbs[i], *y = &b->verbs[i];
        eq_str(x->name, y->name, "verb");
        eq_str(x->code, y->code, "verb code");
        eq_str(x->origin, y->origin, "verb origin");
        cr_assert_eq(x->nforms, y->nforms);
        eq_phrases(x->forms, y->forms, x->nforms);
        cr_assert_eq(x->npatterns, y->npatterns);
        for (uint32_t k = 0; k < x->npatterns; k++) {
            eq_str(x->patterns[k].text, y->patterns[k].text, "pattern");
            eq_str(x->patterns[k].code, y->patterns[k].code, "pattern code");
            eq_str(x->patterns[k].origin, y->patterns[k].origin, "pattern origin");
        }
    }
    cr_assert_eq(a->nsynsets, b->nsynsets);
    for (uint32_t i = 0; i < a->nsynsets; i++) {
        eq_str(a->synsets[i].name, b->synsets[i].name, "synset");
        cr_assert_eq(a->synsets[i].nphrases, b->synsets[i].nphrases);
        eq_phrases(a->synsets[i].phrases, b->synsets[i].phrases, a->synsets[i].nphrases);
    }
    cr_assert_eq(a->ndiscards, b->ndiscards);
    for (uint32_t i = 0; i < a->ndiscards; i++) {
        cr_assert_eq(a->discards[i].story, b->discards[i].story);
        eq_str(a->discards[i].origin, b->discards[i].origin, "discard origin");
        eq_phrases(&a->discards[i].phrase, &b->discards[i].phrase, 1);
    }
    cr_assert_eq(a->nissues, b->nissues);
    for (uint32_t i = 0; i < a->nissues; i++) {
        eq_str(a->issues[i].origin, b->issues[i].origin, "issue origin");
        eq_str(a->issues[i].message, b->issues[i].message, "issue");
    }
    eq_str(a->version, b->version, "version");
    cr_assert_eq(a->source_hash, b->source_hash);
}

Test(image, round_trip_through_a_file)
{
    tac_dict_model a, b;
    load_source(&a);
    char path[] = "/tmp/tac-image-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    close(fd);
    tac_error err;
    cr_assert_eq(tac_dict_image_write(&a, path, &err), TAC_OK, "%s", err.detail);
    tac_dict_model_init(&b);
    cr_assert_eq(tac_dict_image_read(&b, path, &err), TAC_OK, "%s", err.detail);
    models_equal(&a, &b);
    /* and through read_path, which recognizes the magic whatever the name */
    tac_dict_model c;
    tac_dict_model_init(&c);
    cr_assert_eq(tac_dict_read_path(&c, path, &err), TAC_OK, "%s", err.detail);
    models_equal(&a, &c);
    remove(path);
    tac_dict_model_free(&a);
    tac_dict_model_free(&b);
    tac_dict_model_free(&c);
}

Test(image, deterministic_and_appendable)
{
    tac_dict_model a, b;
    load_source(&a);
    load_source(&b);
    tac_buf x, y;
    tac_error err;
    cr_assert_eq(tac_dict_image_build(&a, &x, &err), TAC_OK);
    cr_assert_eq(tac_dict_image_build(&b, &y, &err), TAC_OK);
    cr_assert_eq(x.len, y.len);
    cr_assert(!memcmp(x.data, y.data, x.len), "same model, different bytes");
    /* an image appended to a model that already holds records */
    cr_assert_eq(tac_dict_image_parse(&b, "x", x.data, x.len, 0, &err), TAC_OK, "%s", err.detail);
    cr_assert_eq(b.nactors, 2 * a.nactors);
    cr_assert_str_eq(b.actors[a.nactors].name, a.actors[0].name);
    cr_assert_eq(b.nverbs, 2 * a.nverbs);
    cr_assert_str_eq(b.verbs[a.nverbs + 1].name, "PONDER");
    tac_buf_free(&x);
    tac_buf_free(&y);
    tac_dict_model_free(&a);
    tac_dict_model_free(&b);
}

Test(image, empty_model)
{
    tac_dict_model a, b;
    tac_dict_model_init(&a);
    tac_dict_model_init(&b);
    tac_buf x;
    tac_error err;
    cr_assert_eq(tac_dict_image_build(&a, &x, &err), TAC_OK);
    cr_assert_eq(tac_dict_image_parse(&b, "x", x.data, x.len, 0, &err), TAC_OK, "%s", err.detail);
    models_equal(&a, &b);
    tac_buf_free(&x);
    tac_dict_model_free(&a);
    tac_dict_model_free(&b);
}

/* Every prefix of an image is an error naming a position inside the file. */
Test(image, truncated_at_every_byte)
{
    tac_dict_model a;
    load_source(&a);
    tac_buf x;
    tac_error err;
    cr_assert_eq(tac_dict_image_build(&a, &x, &err), TAC_OK);
    for (size_t n = 0; n < x.len; n++) {
        tac_dict_model b;
        tac_dict_model_init(&b);
        memset(&err, 0, sizeof err);
        tac_status st = tac_dict_image_parse(&b, "t", x.data, n, 0, &err);
        cr_assert_eq(st, TAC_ERR_DICT, "prefix %zu accepted", n);
        cr_assert_leq(err.position, n, "prefix %zu: position %llu", n, (unsigned long long)err.position);
        cr_assert_eq(b.nactors, 0);
        tac_dict_model_free(&b);
    }
    tac_buf_free(&x);
    tac_dict_model_free(&a);
}

/* Any changed byte is caught by the hash; with the hash check off, the
 * structural checks alone must keep the loader in bounds (ASan run). */
Test(image, corrupted_at_every_byte)
{
    tac_dict_model a;
    load_source(&a);
    tac_buf x;
    tac_error err;
    cr_assert_eq(tac_dict_image_build(&a, &x, &err), TAC_OK);
    char *copy = malloc(x.len);
    static const unsigned char flips[] = {0x01, 0x80, 0xff};
    int structural_rejects = 0;
    for (size_t i = 0; i < x.len; i++) {
        for (size_t f = 0; f < sizeof flips; f++) {
            memcpy(copy, x.data, x.len);
            copy[i] = (char)(copy[i] ^ flips[f]);
            tac_dict_model b;
            tac_dict_model_init(&b);
            cr_assert_eq(tac_dict_image_parse(&b, "t", copy, x.len, 0, &err), TAC_ERR_DICT,
                         "byte %zu ^ %02x accepted", i, flips[f]);
            cr_assert_leq(err.position, x.len);
            tac_dict_model_free(&b);
            tac_dict_model_init(&b);
            if (tac_dict_image_parse(&b, "t", copy, x.len, TAC_IMAGE_NO_HASH, &err) != TAC_OK)
                structural_rejects++;
            /* whatever loaded must be walkable */
            for (uint32_t k = 0; k < b.nactors; k++)
                for (uint32_t p = 0; p < b.actors[k].nphrases; p++)
                    for (uint16_t w = 0; w < b.actors[k].phrases[p].nwords; w++)
                        (void)strlen(b.actors[k].phrases[p].words[w]);
            tac_dict_model_free(&b);
        }
    }
    cr_assert_gt(structural_rejects, 0);
    free(copy);
    tac_buf_free(&x);
    tac_dict_model_free(&a);
}

Test(image, header_checks)
{
    tac_dict_model a;
    load_source(&a);
    tac_buf x;
    tac_error err;
    cr_assert_eq(tac_dict_image_build(&a, &x, &err), TAC_OK);
    cr_assert(tac_dict_image_is(x.data, x.len));
    tac_dict_model b;
    tac_dict_model_init(&b);
    x.data[8] = 9;   /* a format from the future */
    cr_assert_eq(tac_dict_image_parse(&b, "t", x.data, x.len, 0, &err), TAC_ERR_DICT);
    cr_assert_str_eq(err.message, "unsupported image format");
    cr_assert_eq(err.position, 8);
    x.data[8] = TAC_IMAGE_FORMAT;
    x.data[0] = 'X';
    cr_assert_eq(tac_dict_image_parse(&b, "t", x.data, x.len, 0, &err), TAC_ERR_DICT);
    cr_assert_str_eq(err.message, "not a tacitus dictionary image");
    tac_dict_model_free(&b);
    tac_buf_free(&x);
    tac_dict_model_free(&a);
}

Test(image, size_limit)
{
    tac_dict_model b;
    tac_error err;
    static const char tiny[] = "TACDICT";
    tac_dict_model_init(&b);
    cr_assert_eq(tac_dict_image_parse(&b, "t", tiny, (size_t)TAC_IMAGE_MAX_BYTES + 1, 0, &err), TAC_ERR_LIMIT);
    tac_dict_model_free(&b);
}

Test(image, read_errors)
{
    tac_dict_model b;
    tac_error err;
    tac_dict_model_init(&b);
    cr_assert_eq(tac_dict_image_read(&b, "/nonexistent.dict", &err), TAC_ERR_IO);
    cr_assert_eq(tac_dict_image_read(&b, "/tmp", &err), TAC_ERR_IO);
    tac_dict_model_free(&b);
}
