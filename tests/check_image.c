/*
 * check_image.c — tests of the compiled lexicon image (lexicon.c,
 * "compiled image"; lexicons/README.md).
 *
 * An image written for a copy of the shipped files gives a lexicon set
 * equal, table by table, to the one their text gives, before and after a
 * user file is added; and the text is loaded instead whenever the image
 * must not be trusted: none, a text file edited after it was made,
 * another build's image, an image cut short, damaged or lengthened, or
 * one whose tables point outside themselves under a right checksum.
 */
#include <config.h>

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

/* A fresh directory holding a copy of every shipped .txt file; caller
 * removes it with remove_dir. */
static char *copy_lexicons(void)
{
    const char *tmp = getenv("TMPDIR");
    char *dir = malloc(4096), from[4096], to[4096];
    DIR *d;
    struct dirent *de;

    ck_assert_ptr_nonnull(dir);
    snprintf(dir, 4096, "%s/qawl-image-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    d = opendir(QAWL_TEST_LEXICONS);
    ck_assert_ptr_nonnull(d);
    while ((de = readdir(d)) != NULL) {
        size_t n = strlen(de->d_name);
        FILE *in, *out;
        char buf[65536];
        size_t got;
        if (n <= 4 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        snprintf(from, sizeof from, "%s/%s", QAWL_TEST_LEXICONS, de->d_name);
        snprintf(to, sizeof to, "%s/%s", dir, de->d_name);
        in = fopen(from, "rb");
        out = fopen(to, "wb");
        ck_assert_ptr_nonnull(in);
        ck_assert_ptr_nonnull(out);
        while ((got = fread(buf, 1, sizeof buf, in)) > 0)
            ck_assert_uint_eq(fwrite(buf, 1, got, out), got);
        fclose(in);
        ck_assert_int_eq(fclose(out), 0);
    }
    closedir(d);
    return dir;
}

static void remove_dir(char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char path[4096];

    ck_assert_ptr_nonnull(d);
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
    free(dir);
}

static void image_path(const char *dir, char *path, size_t n)
{
    snprintf(path, n, "%s/%s", dir, QAWLP_LEXICON_IMAGE);
}

/* Writes DIR's image, as the build does. */
static void write_image(const char *dir)
{
    char path[4096];
    qawl_error err;

    memset(&err, 0, sizeof err);
    image_path(dir, path, sizeof path);
    ck_assert_msg(qawlp_lexicon_image_write(dir, path, &err) == QAWL_OK,
                  "%s:%lu: %s", err.file, err.line, err.message);
}

static void same_string(const char *a, const char *b, const char *what,
                        size_t i)
{
    ck_assert_msg((a == NULL) == (b == NULL) && (a == NULL || !strcmp(a, b)),
                  "%s of %zu differs: %s / %s", what, i, a ? a : "(null)",
                  b ? b : "(null)");
}

static void same_entry(const qawlp_entry *a, const qawlp_entry *b, size_t i)
{
    size_t k;

    same_string(a->written, b->written, "written", i);
    same_string(a->form, b->form, "form", i);
    same_string(a->target, b->target, "target", i);
    same_string(a->prep, b->prep, "prep", i);
    same_string(a->file, b->file, "file", i);
    for (k = 0; k < QAWLP_MAX_WORDS; k++)
        same_string(a->key[k], b->key[k], "key", i);
    ck_assert_mem_eq(a->key_len, b->key_len, sizeof a->key_len);
    ck_assert_uint_eq(a->nwords, b->nwords);
    ck_assert_uint_eq(a->section, b->section);
    ck_assert_int_eq(a->gender, b->gender);
    ck_assert_int_eq(a->number, b->number);
    ck_assert_uint_eq(a->clause_only, b->clause_only);
    ck_assert_uint_eq(a->verb_next, b->verb_next);
    ck_assert_uint_eq(a->voice, b->voice);
    ck_assert_uint_eq(a->present_u, b->present_u);
    ck_assert(a->weight == b->weight);
    ck_assert(a->factor == b->factor);
    ck_assert_int_eq(a->scope, b->scope);
    ck_assert_uint_eq(a->frame, b->frame);
    ck_assert_uint_eq(a->participle, b->participle);
    ck_assert_uint_eq(a->charge, b->charge);
    ck_assert_uint_eq(a->decides, b->decides);
    ck_assert_uint_eq(a->role, b->role);
    ck_assert_uint_eq(a->form_len, b->form_len);
    ck_assert_uint_eq(a->name_count, b->name_count);
    ck_assert_uint_eq(a->other_count, b->other_count);
    ck_assert_uint_eq(a->line, b->line);
    ck_assert_int_eq(a->next, b->next);
    /* a pattern's compiled state */
    ck_assert((a->re == NULL) == (b->re == NULL));
    ck_assert_uint_eq(a->word_start, b->word_start);
    ck_assert_uint_eq(a->first, b->first);
    ck_assert((a->second == NULL) == (b->second == NULL));
    if (a->second)
        ck_assert_mem_eq(a->second, b->second, 64 * sizeof *a->second);
    ck_assert((a->third == NULL) == (b->third == NULL));
    if (a->third) {
        size_t pairs = 0;
        for (k = 0; k < 64; k++)
            pairs += (size_t)__builtin_popcountll(a->second[k]);
        ck_assert_mem_eq(a->third, b->third, (64 + pairs) * sizeof *a->third);
    }
    ck_assert((a->prefix == NULL) == (b->prefix == NULL));
    if (a->prefix) {        /* the automata, word for word as saved */
        size_t na = qawlp_prefix_save(a->prefix, NULL);
        uint64_t *wa = malloc(na * sizeof *wa), *wb;
        ck_assert_uint_eq(na, qawlp_prefix_save(b->prefix, NULL));
        wb = malloc(na * sizeof *wb);
        ck_assert(wa != NULL && wb != NULL);
        qawlp_prefix_save(a->prefix, wa);
        qawlp_prefix_save(b->prefix, wb);
        ck_assert_mem_eq(wa, wb, na * sizeof *wa);
        free(wa);
        free(wb);
    }
}

/* Whether the sets A and B hold the same entries, tables and indexes. */
static void same_lexicon(const qawl_lexicon *a, const qawl_lexicon *b)
{
    size_t i, npairs;

    ck_assert_uint_eq(a->entries.n, b->entries.n);
    for (i = 0; i < a->entries.n; i++)
        same_entry(&a->entries.v[i], &b->entries.v[i], i);
    ck_assert_uint_eq(a->nslots, b->nslots);
    ck_assert_uint_eq(a->used, b->used);
    for (i = 0; i < a->nslots; i++) {
        const qawlp_slot *x = &a->slots[i], *y = &b->slots[i];
        same_string(x->key, y->key, "slot key", i);
        if (x->key == NULL)
            continue;
        ck_assert_int_eq(x->first, y->first);
        ck_assert_uint_eq(x->sections, y->sections);
        ck_assert_uint_eq(x->len, y->len);
        ck_assert_uint_eq(x->link, y->link);
        ck_assert_uint_eq(x->nlinks, y->nlinks);
        for (size_t k = 0; k < x->nlinks; k++) {
            const qawlp_link *l = &a->links[x->link + k],
                             *m = &b->links[y->link + k];
            ck_assert_int_eq(l->entry, m->entry);
            ck_assert_uint_eq(l->section, m->section);
            ck_assert_uint_eq(l->nwords, m->nwords);
            ck_assert_uint_eq(l->run, m->run);
            ck_assert_int_eq(l->next_slot, m->next_slot);
            ck_assert_uint_eq(l->next_len, m->next_len);
            ck_assert_uint_eq(l->next_tag, m->next_tag);
        }
    }
    ck_assert_uint_eq(a->namelike_cells, b->namelike_cells);
    ck_assert_uint_eq(a->namelike_used, b->namelike_used);
    ck_assert_mem_eq(a->namelike, b->namelike,
                     a->namelike_cells * sizeof *a->namelike);
    /* the clitics' part of the struct, conj to the article */
    ck_assert_mem_eq((const char *)a + offsetof(qawl_lexicon, conj),
                     (const char *)b + offsetof(qawl_lexicon, conj),
                     offsetof(qawl_lexicon, patterns) -
                         offsetof(qawl_lexicon, conj));
    ck_assert_uint_eq(a->patterns.n, b->patterns.n);
    ck_assert_mem_eq(a->patterns.v, b->patterns.v,
                     a->patterns.n * sizeof *a->patterns.v);
    ck_assert_uint_eq(a->pattern_sections, b->pattern_sections);
    ck_assert_mem_eq(a->by_pair_at, b->by_pair_at,
                     (64 * 64 + 1) * sizeof *a->by_pair_at);
    npairs = a->by_pair_at[64 * 64];
    for (i = 0; i < npairs; i++) {
        ck_assert_int_eq(a->by_pair[i].entry, b->by_pair[i].entry);
        ck_assert_uint_eq(a->by_pair[i].section, b->by_pair[i].section);
        ck_assert_uint_eq(a->by_pair[i].third, b->by_pair[i].third);
    }
    ck_assert_uint_eq(a->files.n, b->files.n);
    for (i = 0; i < a->files.n; i++)
        ck_assert_str_eq(a->files.v[i], b->files.v[i]);
}

/* DIR's set as LOADER gives it, which must succeed. */
static qawl_lexicon *load_with(qawl_lexicon *(*loader)(const char *, qawl_error *),
                               const char *dir)
{
    qawl_error err;
    qawl_lexicon *lex;

    memset(&err, 0, sizeof err);
    lex = loader(dir, &err);
    ck_assert_msg(lex != NULL, "%s:%lu: %s", err.file, err.line,
                  err.message);
    return lex;
}

/* DIR's set as qawl_lexicon_load gives it (the image when it holds). */
static qawl_lexicon *load(const char *dir)
{
    return load_with(qawl_lexicon_load, dir);
}

/* DIR's set read from the text files, never from the image. */
static qawl_lexicon *load_text(const char *dir)
{
    return load_with(qawlp_lexicon_load_text, dir);
}

START_TEST(test_image_same_as_text)
{
    static const char user[] =
        "#+format: 1\n#+language: ar\n#+kind: reporting_verbs\n\n[verb]\n"
        "قال\tgender=f\tnumber=s\n"
        "همس|يهمس\tgender=m\tnumber=s\n";
    char *dir = copy_lexicons(), *path = test_write_temp(user, strlen(user));
    qawl_lexicon *img, *text;
    qawl_error err;

    write_image(dir);
    img = load(dir);
    text = load_text(dir);
    ck_assert_uint_eq(img->from_image, 1);
    ck_assert_uint_eq(text->from_image, 0);
    ck_assert_uint_ne(img->serial, text->serial);
    same_lexicon(img, text);
    /* a user file replaces and adds entries alike in both */
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(qawl_lexicon_add_file(img, path, &err), QAWL_OK);
    ck_assert_int_eq(qawl_lexicon_add_file(text, path, &err), QAWL_OK);
    same_lexicon(img, text);
    qawl_lexicon_free(img);
    qawl_lexicon_free(text);
    unlink(path);
    free(path);
    remove_dir(dir);
}
END_TEST

START_TEST(test_image_missing)
{
    char *dir = copy_lexicons();
    qawl_lexicon *lex = load(dir);

    ck_assert_uint_eq(lex->from_image, 0);
    qawl_lexicon_free(lex);
    remove_dir(dir);
}
END_TEST

/* A text file edited after the image was made: the edit is seen. */
START_TEST(test_image_stale)
{
    static const char added[] = "\n[country]\nبلاد التجربة\n";
    char *dir = copy_lexicons(), path[4096];
    qawl_lexicon *lex, *text;
    FILE *fp;

    write_image(dir);
    snprintf(path, sizeof path, "%s/places.txt", dir);
    fp = fopen(path, "ab");
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(added, 1, strlen(added), fp), strlen(added));
    ck_assert_int_eq(fclose(fp), 0);
    lex = load(dir);
    text = load_text(dir);
    ck_assert_uint_eq(lex->from_image, 0);
    same_lexicon(lex, text);
    qawl_lexicon_free(lex);
    qawl_lexicon_free(text);
    remove_dir(dir);
}
END_TEST

/* Reads DIR's image into *DATA (*LEN bytes). */
static void read_image(const char *dir, unsigned char **data, size_t *len)
{
    char path[4096];
    struct stat st;
    FILE *fp;

    image_path(dir, path, sizeof path);
    ck_assert_int_eq(stat(path, &st), 0);
    *len = (size_t)st.st_size;
    *data = malloc(*len + 1);
    fp = fopen(path, "rb");
    ck_assert_ptr_nonnull(*data);
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fread(*data, 1, *len, fp), *len);
    fclose(fp);
}

static void write_file(const char *dir, const unsigned char *data, size_t len)
{
    char path[4096];
    FILE *fp;

    image_path(dir, path, sizeof path);
    fp = fopen(path, "wb");
    ck_assert_ptr_nonnull(fp);
    ck_assert_uint_eq(fwrite(data, 1, len, fp), len);
    ck_assert_int_eq(fclose(fp), 0);
}

/* The ways an image is spoiled: a byte changed at a share of the file
 * (the header's counts and stamp, the texts, the tables, the strings at
 * the end), the file cut short, or a byte added. */
#define NSPOIL 14

static void spoil(unsigned char *data, size_t *len, int how)
{
    static const double at[] = {0.0, 0.000005, 0.00002, 0.0001, 0.05,
                                0.3, 0.6, 0.9, 0.99999};
    size_t nat = sizeof at / sizeof at[0];

    if ((size_t)how < nat) {
        data[(size_t)(at[how] * (double)(*len - 1))] ^= 0x20;
        return;
    }
    switch ((size_t)how - nat) {
    case 0: *len = 0; break;
    case 1: *len = 100; break;
    case 2: *len /= 2; break;
    case 3: *len -= 1; break;
    default: data[(*len)++] = 0; break;   /* one byte more */
    }
}

START_TEST(test_image_spoiled)
{
    char *dir = copy_lexicons();
    unsigned char *data;
    size_t len;
    qawl_lexicon *lex, *text;

    write_image(dir);
    read_image(dir, &data, &len);
    spoil(data, &len, _i);
    write_file(dir, data, len);
    lex = load(dir);
    text = load_text(dir);
    ck_assert_uint_eq(lex->from_image, 0);
    same_lexicon(lex, text);
    qawl_lexicon_free(lex);
    qawl_lexicon_free(text);
    free(data);
    remove_dir(dir);
}
END_TEST

/* An image from another build of the loader (its stamp differs) is
 * not used, even when every byte of it is sound. */
START_TEST(test_image_other_build)
{
    char *dir = copy_lexicons();
    unsigned char *data;
    size_t len;
    qawl_lexicon *lex;

    write_image(dir);
    read_image(dir, &data, &len);
    data[16] ^= 1;          /* the stamp follows magic, endian and count */
    write_file(dir, data, len);
    lex = load(dir);
    ck_assert_uint_eq(lex->from_image, 0);
    qawl_lexicon_free(lex);
    free(data);
    remove_dir(dir);
}
END_TEST

/* A table of the image changed and sealed again with the right
 * checksum (qawlp_lexicon_image_poke), as only a forged or miswritten
 * image could be: each reference, length, index and count the loader
 * trusts, made to point outside its table. */
typedef struct {
    int table;
    size_t at;
    unsigned char bytes[8];
    size_t n;
} poke;

#define NFORGED 22

#define SET(p, tbl, off, type, value)                                    \
    do {                                                                 \
        type v_ = (type)(value);                                         \
        (p)->table = (tbl);                                              \
        (p)->at = (off);                                                 \
        memcpy((p)->bytes, &v_, sizeof v_);                              \
        (p)->n = sizeof v_;                                              \
    } while (0)

/* Where pattern K's record begins in the image's masks table (lexicon.c,
 * image_masks), in words; its pairs in *PAIRS. */
static size_t masks_record(const qawl_lexicon *lex, size_t k, size_t *pairs)
{
    size_t at = 2, i, a;

    for (i = 0;; i++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[i]];
        *pairs = 0;
        for (a = 0; a < 64; a++)
            *pairs += (size_t)__builtin_popcountll(en->second[a]);
        if (i == k)
            return at;
        at += 131 + *pairs +
              (en->prefix ? qawlp_prefix_save(en->prefix, NULL) : 0);
    }
}

/* The words of the image's masks table from the automaton of a pattern
 * of LEX whose first frontier holds a node: where that automaton's words
 * begin (in words of the table), with its node count in *NN; the
 * automaton's head is 12 words (prefix.c, SAVED_HEAD), its nodes 4 each,
 * then the first frontier's count, four sets and nodes. */
static size_t masks_automaton(const qawl_lexicon *lex, size_t *nn)
{
    size_t k, pairs, n, at;

    for (k = 0; k < lex->patterns.n; k++) {
        const qawlp_entry *en = &lex->entries.v[lex->patterns.v[k]];
        uint64_t *w;
        if (en->prefix == NULL)
            continue;
        n = qawlp_prefix_save(en->prefix, NULL);
        w = malloc(n * sizeof *w);
        ck_assert(w != NULL);
        qawlp_prefix_save(en->prefix, w);
        *nn = (size_t)w[0];
        at = 12 + 4 * *nn;
        n = at < n ? (size_t)w[at] : 0;
        free(w);
        if (n == 0)
            continue;
        at = masks_record(lex, k, &pairs);
        return at + 131 + pairs;
    }
    ck_abort_msg("no pattern with an automaton");
    return 0;
}

/* Case HOW of the forged images, made against LEX (the same files'
 * text): which entry, slot or cell to spoil is taken from it. */
static void forge(int how, const qawl_lexicon *lex, poke *p)
{
    size_t e1 = 0, s = 0, c = 0, n = lex->entries.n;
    size_t en = sizeof(qawlp_entry), sl = sizeof(qawlp_slot);
    size_t at1, ats, pairs, nn, at;

    while (e1 < n && lex->entries.v[e1].nwords == 0)
        e1++;
    while (s < lex->nslots && lex->slots[s].key == NULL)
        s++;
    while (c < lex->namelike_cells && lex->namelike[c] == 0)
        c++;
    ck_assert(e1 < n && s < lex->nslots && c < lex->namelike_cells &&
              lex->patterns.n >= 2);
    at1 = e1 * en;
    ats = s * sl;
    switch (how) {
    case 0: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, form),
                uintptr_t, (uintptr_t)1 << 40); break;
    case 1: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, next),
                int, (int)e1); break;
    case 2: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, nwords),
                uint8_t, 9); break;
    case 3: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, key_len),
                uint16_t, 60000); break;
    case 4: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, file),
                uintptr_t, 99); break;
    case 5: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, key),
                uintptr_t, 0); break;
    case 6: SET(p, QAWLP_IMAGE_ENTRIES,
                (size_t)lex->patterns.v[0] * en +
                    offsetof(qawlp_entry, word_start), uint8_t, 7); break;
    case 7: SET(p, QAWLP_IMAGE_SLOTS, ats + offsetof(qawlp_slot, first),
                int, 1 << 30); break;
    case 8: SET(p, QAWLP_IMAGE_SLOTS, ats + offsetof(qawlp_slot, nlinks),
                uint32_t, 1u << 30); break;
    case 9: SET(p, QAWLP_IMAGE_LINKS,
                lex->slots[s].link * sizeof(qawlp_link) +
                    offsetof(qawlp_link, entry), int32_t, -5); break;
    case 10: SET(p, QAWLP_IMAGE_LINKS,
                 lex->slots[s].link * sizeof(qawlp_link) +
                     offsetof(qawlp_link, run), uint16_t, 0); break;
    case 11: SET(p, QAWLP_IMAGE_NAMELIKE, c * sizeof(int), int,
                 (int)n + 10); break;
    case 12: SET(p, QAWLP_IMAGE_PATTERNS, 0, int, (int)n + 1); break;
    case 13: SET(p, QAWLP_IMAGE_PATTERNS, sizeof(int), int,
                 lex->patterns.v[0]); break;
    case 14: SET(p, QAWLP_IMAGE_CLITICS,
                 offsetof(qawl_lexicon, nconj) - offsetof(qawl_lexicon, conj),
                 size_t, 200); break;
    case 15: SET(p, QAWLP_IMAGE_SLOTS, ats + offsetof(qawlp_slot, len),
                 uint32_t, 1u << 20); break;
    /* the masks: a pair count, an offset of THIRD, the automaton's
     * word count, a node's out, a frontier's node */
    case 17: at = masks_record(lex, 0, &pairs) + 1;
             SET(p, QAWLP_IMAGE_MASKS, 8 * at, uint64_t, pairs + 1); break;
    case 18: at = masks_record(lex, 0, &pairs) + 67;
             SET(p, QAWLP_IMAGE_MASKS, 8 * at, uint64_t, 0); break;
    case 19: at = masks_automaton(lex, &nn) - 1;
             SET(p, QAWLP_IMAGE_MASKS, 8 * at, uint64_t, 1u << 20); break;
    case 20: at = masks_automaton(lex, &nn) + 12 + 4 + 1;   /* node 1 */
             SET(p, QAWLP_IMAGE_MASKS, 8 * at, uint64_t,
                 (uint64_t)nn | (uint64_t)nn << 32); break;
    case 21: at = masks_automaton(lex, &nn);
             at += 12 + 4 * nn + 5;                 /* F0's first node */
             SET(p, QAWLP_IMAGE_MASKS, 8 * at, uint64_t, nn); break;
    default: SET(p, QAWLP_IMAGE_ENTRIES, at1 + offsetof(qawlp_entry, section),
                 uint8_t, 200); break;
    }
}

START_TEST(test_image_forged)
{
    char *dir = copy_lexicons(), path[4096];
    qawl_lexicon *lex, *text;
    poke p;

    write_image(dir);
    text = load_text(dir);
    forge(_i, text, &p);
    image_path(dir, path, sizeof path);
    ck_assert_int_eq(qawlp_lexicon_image_poke(path, p.table, p.at, p.bytes,
                                              p.n), 0);
    lex = load(dir);
    ck_assert_uint_eq(lex->from_image, 0);
    same_lexicon(lex, text);
    qawl_lexicon_free(lex);
    qawl_lexicon_free(text);
    remove_dir(dir);
}
END_TEST

/* The poke itself changes nothing the loader checks when it writes the
 * bytes already there: the image resealed is still taken. */
START_TEST(test_image_resealed)
{
    char *dir = copy_lexicons(), path[4096];
    qawl_lexicon *lex, *text;
    int next;

    write_image(dir);
    text = load_text(dir);
    next = text->entries.v[1].next;
    image_path(dir, path, sizeof path);
    ck_assert_int_eq(qawlp_lexicon_image_poke(
                         path, QAWLP_IMAGE_ENTRIES,
                         sizeof(qawlp_entry) + offsetof(qawlp_entry, next),
                         &next, sizeof next), 0);
    lex = load(dir);
    ck_assert_uint_eq(lex->from_image, 1);
    same_lexicon(lex, text);
    qawl_lexicon_free(lex);
    qawl_lexicon_free(text);
    remove_dir(dir);
}
END_TEST

static Suite *image_suite(void)
{
    Suite *s = suite_create("image");
    TCase *tc = tcase_create("image");

    tcase_add_test(tc, test_image_same_as_text);
    tcase_add_test(tc, test_image_missing);
    tcase_add_test(tc, test_image_stale);
    tcase_add_loop_test(tc, test_image_spoiled, 0, NSPOIL);
    tcase_add_test(tc, test_image_other_build);
    tcase_add_loop_test(tc, test_image_forged, 0, NFORGED);
    tcase_add_test(tc, test_image_resealed);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(image_suite());
}
