/*
 * check_lexicon.c — tests of the lexicon loader (analyzer/lexicon.c).
 *
 * The shipped files must load; folding, multi-word entries and clitic
 * variants must make the entries match the text as lexicons/README.md
 * promises; a user file adds and overrides entries; and every malformed
 * file is refused with the exact file:line:col and message.
 */
#include <config.h>

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

/* The shipped files, read from the directory when the suite is built
 * (file names without .txt). */
#define MAXFILES 32
static char shipped[MAXFILES][64];
static size_t nshipped;

static void find_shipped(void)
{
    DIR *d = opendir(QAWL_TEST_LEXICONS);
    struct dirent *de;

    if (d == NULL)
        return;
    while ((de = readdir(d)) != NULL && nshipped < MAXFILES) {
        size_t n = strlen(de->d_name);
        if (n > 4 && n < 64 && strcmp(de->d_name + n - 4, ".txt") == 0) {
            memcpy(shipped[nshipped], de->d_name, n - 4);
            shipped[nshipped++][n - 4] = '\0';
        }
    }
    closedir(d);
}

/* Entries of LEX that came from a file whose path ends in /KIND.txt. */
static size_t entries_from(const qawl_lexicon *lex, const char *kind)
{
    char suffix[64];
    size_t i, n = 0, sl;

    snprintf(suffix, sizeof suffix, "/%s.txt", kind);
    sl = strlen(suffix);
    for (i = 0; i < lex->entries.n; i++) {
        const char *f = lex->entries.v[i].file;
        size_t fl = strlen(f);
        if (fl >= sl && strcmp(f + fl - sl, suffix) == 0)
            n++;
    }
    return n;
}

START_TEST(test_every_file_loads)
{
    qawl_lexicon *lex = test_lexicons();
    size_t i, total = 0;

    ck_assert_uint_gt(qawl_lexicon_size(lex), 1000);
    /* clitics.txt defines letters, not entries. */
    ck_assert_uint_eq(lex->nconj, 2);
    ck_assert_uint_eq(lex->nprep, 3);
    ck_assert_str_eq(lex->article, "ال");
    ck_assert_uint_ge(nshipped, 10);
    ck_assert_uint_eq(lex->files.n, nshipped);
    for (i = 0; i < nshipped; i++) {
        size_t n = entries_from(lex, shipped[i]);
        if (strcmp(shipped[i], "clitics") == 0) {
            ck_assert_uint_eq(n, 0);
            continue;
        }
        ck_assert_msg(n > 0, "%s.txt: no entries", shipped[i]);
        total += n;
    }
    ck_assert_uint_eq(total, qawl_lexicon_size(lex));
}
END_TEST

/* Re-adding a shipped file as a user file replaces every entry with
 * itself: the size must not change. */
START_TEST(test_readd_shipped_file)
{
    qawl_error err;
    qawl_lexicon *lex;
    char path[4096];
    size_t before;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    before = qawl_lexicon_size(lex);
    snprintf(path, sizeof path, "%s/%s.txt", QAWL_TEST_LEXICONS,
             shipped[_i]);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, path, &err), QAWL_OK);
    ck_assert_uint_eq(qawl_lexicon_size(lex), before);
    qawl_lexicon_free(lex);
}
END_TEST

/* Whether entry E is the ceasefire entry: وقف إطلاق النار, or its twin
 * وقف إطلاق نار, which has the same keys once the article is stripped
 * (either may win the tie; both say the same). */
static int is_ceasefire(const qawl_lexicon *lex, int e)
{
    const qawlp_entry *en = &lex->entries.v[e];

    return en->nwords == 3 && en->section == QAWLP_SEC_DEESC &&
           strcmp(en->key[0], "وقف") == 0 && strcmp(en->key[1], "اطلاق") == 0 &&
           strcmp(en->key[2], "نار") == 0 && en->target != NULL &&
           strcmp(en->target, "ceasefire") == 0 && en->weight > 0.5f;
}

/* The entry (of a section in MASK) matched at the first token of TEXT,
 * with *NTOK tokens; -1 if none. */
static int match_first(const char *text, uint64_t mask, size_t *ntok)
{
    qawlp_doc *doc = test_doc(text, TEST_STAGE_SEGMENT);
    int e = qawlp_match(doc, test_lexicons(), 0, doc->tokens.n, mask, ntok);

    qawl_result_free(doc);
    return e;
}

START_TEST(test_folding_one_entry)
{
    const qawl_lexicon *lex = test_lexicons();
    uint64_t comp = QAWLP_BIT(QAWLP_SEC_COMP);
    size_t n1 = 0, n2 = 0;
    int a = match_first("أن", comp, &n1), b = match_first("إن", comp, &n2);
    const qawlp_slot *s = qawlp_lexicon_find(lex, "ان", strlen("ان"));
    size_t count = 0;
    int e;

    ck_assert_int_ge(a, 0);
    ck_assert_int_eq(a, b);
    ck_assert_uint_eq(n1, 1);
    ck_assert_uint_eq(n2, 1);
    ck_assert_str_eq(lex->entries.v[a].form, "ان");
    ck_assert_ptr_nonnull(s);
    for (e = s->first; e >= 0; e = lex->entries.v[e].next)
        if (lex->entries.v[e].section == QAWLP_SEC_COMP &&
            strcmp(lex->entries.v[e].form, "ان") == 0)
            count++;
    ck_assert_uint_eq(count, 1);
    /* Taa marbuta and alef maqsura fold too: هدنه finds هدنة. */
    ck_assert_int_ge(match_first("هدنه", QAWLP_BIT(QAWLP_SEC_DEESC), &n1), 0);
}
END_TEST

START_TEST(test_multiword)
{
    const qawl_lexicon *lex = test_lexicons();
    uint64_t deesc = QAWLP_BIT(QAWLP_SEC_DEESC);
    size_t n = 0;
    int e = match_first("وقف إطلاق النار الآن", deesc, &n);

    ck_assert_int_ge(e, 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_msg(is_ceasefire(lex, e), "matched %s",
                  lex->entries.v[e].written);
    /* The longest entry wins. */
    e = match_first("وقف فوري لإطلاق النار", deesc, &n);
    ck_assert_int_ge(e, 0);
    ck_assert_uint_eq(n, 4);
    /* A multi-word entry does not match a prefix of itself. */
    e = match_first("إطلاق النار", deesc, &n);
    ck_assert_int_lt(e, 0);
}
END_TEST

START_TEST(test_clitic_variants)
{
    const qawl_lexicon *lex = test_lexicons();
    size_t n = 0;
    int e;

    e = match_first("وقال", QAWLP_BIT(QAWLP_SEC_VERB), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_str_eq(lex->entries.v[e].written, "قال");
    ck_assert_int_eq(lex->entries.v[e].gender, 'm');
    ck_assert_int_eq(lex->entries.v[e].number, 's');

    e = match_first("قالت", QAWLP_BIT(QAWLP_SEC_VERB), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_str_eq(lex->entries.v[e].written, "قالت");
    ck_assert_int_eq(lex->entries.v[e].gender, 'f');

    e = match_first("لوقف إطلاق النار", QAWLP_BIT(QAWLP_SEC_DEESC), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_msg(is_ceasefire(lex, e), "matched %s",
                  lex->entries.v[e].written);

    e = match_first("للحرب", QAWLP_BIT(QAWLP_SEC_ESC), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(lex->entries.v[e].form, "الحرب");

    /* And with both a conjunction and a preposition: وبالحرب. */
    e = match_first("وبالحرب", QAWLP_BIT(QAWLP_SEC_ESC), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_str_eq(lex->entries.v[e].form, "الحرب");
}
END_TEST

START_TEST(test_user_file_adds_and_overrides)
{
    static const char text[] =
        "#+format: 1\n#+language: ar\n#+kind: reporting_verbs\n\n[verb]\n"
        "قال\tgender=f\tnumber=s\n"
        "همس|يهمس\tgender=m\tnumber=s\n";
    qawl_error err;
    qawl_lexicon *lex;
    qawlp_doc *doc;
    char *path = test_write_temp(text, strlen(text));
    size_t before, n = 0;
    int e;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    before = qawl_lexicon_size(lex);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, path, &err), QAWL_OK);
    ck_assert_int_eq(err.code, QAWL_OK);
    /* قال is replaced in place; همس and يهمس are new. */
    ck_assert_uint_eq(qawl_lexicon_size(lex), before + 2);

    doc = qawlp_calloc(1, sizeof *doc);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq(qawlp_load_run(doc, "وقال ويهمس", strlen("وقال ويهمس"),
                                    0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_normalize_run(doc, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_segment_run(doc, lex, &err), QAWL_OK);
    e = qawlp_match(doc, lex, 0, doc->tokens.n, QAWLP_BIT(QAWLP_SEC_VERB), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_int_eq(lex->entries.v[e].gender, 'f');
    ck_assert_str_eq(lex->entries.v[e].file, path);
    ck_assert_uint_eq(lex->entries.v[e].line, 6);
    e = qawlp_match(doc, lex, 1, doc->tokens.n, QAWLP_BIT(QAWLP_SEC_VERB), &n);
    ck_assert_int_ge(e, 0);
    ck_assert_str_eq(lex->entries.v[e].written, "يهمس");
    ck_assert_int_eq(lex->entries.v[e].gender, 'm');
    qawl_result_free(doc);
    qawl_lexicon_free(lex);
    unlink(path);
    free(path);
}
END_TEST

/* The variants segment.c remembers of the words a thread has seen
 * belong to one lexicon set: a word read before a user file adds it is
 * found in that file's entry when it is read again after. */
static int verb_at_first_word(qawl_lexicon *lex, const char *text)
{
    qawlp_doc *doc = test_segmented(text, lex);
    size_t n = 0;
    int e;

    e = qawlp_match(doc, lex, 0, doc->tokens.n, QAWLP_BIT(QAWLP_SEC_VERB), &n);
    qawl_result_free(doc);
    return e;
}

START_TEST(test_words_seen_follow_the_lexicon)
{
    static const char text[] =
        "#+format: 1\n#+language: ar\n#+kind: reporting_verbs\n\n[verb]\n"
        "همس|يهمس\tgender=m\tnumber=s\n";
    qawl_error err;
    qawl_lexicon *lex;
    char *path = test_write_temp(text, strlen(text));
    int i;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    /* seen twice in two documents: remembered without the verb */
    for (i = 0; i < 2; i++)
        ck_assert_int_lt(verb_at_first_word(lex, "ويهمس الوزير"), 0);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, path, &err), QAWL_OK);
    ck_assert_int_ge(verb_at_first_word(lex, "ويهمس الوزير"), 0);
    qawl_lexicon_free(lex);
    /* a set loaded again (perhaps where the last one was) starts anew */
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    ck_assert_int_lt(verb_at_first_word(lex, "ويهمس الوزير"), 0);
    qawl_lexicon_free(lex);
    unlink(path);
    free(path);
}
END_TEST

/* The letter masks of every pattern, read from its text (prefix.c), are
 * those the probes find by running it: over the shipped patterns and a
 * user file's, which use the syntax the reader follows (classes, ranges,
 * escapes, ., \b inside, repeats, a match of two letters, a clitic
 * before a stand-in) and syntax it leaves to the probes (a lookahead,
 * \p, a possessive repeat, an option). */
START_TEST(test_pattern_masks_read)
{
    static const char text[] =
        "#+kind: stance\n[escalation]\n"
        "/\\b[وف]?(?:ب|ل)?\\d+\\s*(?:صاروخ|قذيفة)/\tweight=-0.5\n"
        "/وا/\tweight=-0.5\n"
        "/ب\\b/\tweight=-0.5\n"
        "/(?:و|ف)?[ا-ي]{2,3}ت\\b/\tweight=-0.5\n"
        "/[^ا-ي ]\\w\\W/\tweight=-0.5\n"
        "/\\b(?:|و)(ل.ب|a_z)/\tweight=-0.5\n"
        "/\\bس(?=ي)\\S+/\tweight=-0.5\n"
        "/\\b\\p{Arabic}{3}م/\tweight=-0.5\n"
        "/\\bو?ك++ر/\tweight=-0.5\n"
        "/(?i)وز/\tweight=-0.5\n"
        "/و{0,9}[فق]\\b\\s\\S/\tweight=-0.5\n";
    qawl_error err;
    qawl_lexicon *lex;
    char *path = test_write_temp(text, strlen(text));
    size_t nread = 0, npatterns, wrong = 0, more = 0;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    ck_assert_int_eq(qawlp_lexicon_check_masks(lex, &nread), 0);
    npatterns = lex->patterns.n;
    /* all but the one with a lookahead and \p */
    ck_assert_uint_eq(nread, npatterns - 1);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, path, &err), QAWL_OK);
    ck_assert_uint_eq(lex->patterns.n, npatterns + 11);
    ck_assert_int_eq(qawlp_lexicon_check_masks(lex, &nread), 0);
    ck_assert_uint_eq(nread, npatterns - 1 + 7);
    /* the scan's four-letter probe: prefix.c's automaton answers as
     * PCRE2's partial match does */
    ck_assert_int_gt(qawlp_lexicon_check_probes(lex, 64, &wrong, &more),
                     10000);
    ck_assert_uint_eq(wrong, 0);
    ck_assert_uint_eq(more, 0);
    qawl_lexicon_free(lex);
    unlink(path);
    free(path);
}
END_TEST

/* Random patterns of the syntax prefix.c reads, each from a fixed seed:
 * letters (clitics' among them), stand-ins, escapes, classes, groups with
 * empty alternatives, lazy and counted repeats, \b, nested. */
static unsigned long rng_state;

static unsigned rng(unsigned n)
{
    rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)(rng_state >> 33) % n;
}

static void gen_seq(char *buf, size_t cap, int depth);

static void gen_item(char *buf, size_t cap, int depth)
{
    static const char *const atoms[] = {
        "و", "ف", "ب", "ل", "ك", "ا", "س", "ن", "ت", "ي", "م", "ه", "ر",
        "\\s", "\\S", "\\w", "\\W", "\\d", ".", " ", "a", "0", "_",
        "[وفب]", "[^ا-ي ]", "[\\sل]", "[ا-ي]", "[^\\w]", "[a-z0-9]",
        "[^.؟!]", "\\.", "\\-"};
    static const char *const quants[] = {"?", "*", "+", "{0,2}", "{1,3}",
                                         "{2}", "{0,6}", "{5,}", "{0}"};
    size_t n = strlen(buf);
    unsigned k = rng(depth > 0 ? 12 : 10);

    if (k == 0) {                     /* \b: PCRE2 repeats no assertion */
        snprintf(buf + n, cap - n, "\\b");
        return;
    }
    if (k >= 10) {                    /* a group of one to three seqs */
        unsigned alts = 1 + rng(3), a;
        snprintf(buf + n, cap - n, "%s", rng(4) ? "(?:" : "(");
        for (a = 0; a < alts; a++) {
            if (a > 0)
                snprintf(buf + strlen(buf), cap - strlen(buf), "|");
            if (rng(5))
                gen_seq(buf, cap, depth - 1);
        }
        snprintf(buf + strlen(buf), cap - strlen(buf), ")");
    } else {
        snprintf(buf + n, cap - n, "%s",
                 atoms[rng(sizeof atoms / sizeof atoms[0])]);
    }
    if (rng(2)) {
        n = strlen(buf);
        snprintf(buf + n, cap - n, "%s%s",
                 quants[rng(sizeof quants / sizeof quants[0])],
                 rng(3) ? "" : "?");
    }
}

static void gen_seq(char *buf, size_t cap, int depth)
{
    unsigned k, items = 1 + rng(4);

    for (k = 0; k < items; k++)
        gen_item(buf, cap, depth);
}

/* The masks read are the probes' for 400 random patterns (each ends in a
 * letter, so that none can match an empty string). */
START_TEST(test_pattern_masks_random)
{
    qawl_error err;
    qawl_lexicon *lex;
    size_t nread = 0, added = 0, before, wrong = 0, more = 0;
    int i;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    before = lex->patterns.n;
    rng_state = 15;
    for (i = 0; i < 400; i++) {
        char pat[512] = "", text[700];
        char *path;
        if (rng(3) == 0)
            snprintf(pat, sizeof pat, "\\b");
        gen_seq(pat, sizeof pat - 8, 2);
        snprintf(pat + strlen(pat), sizeof pat - strlen(pat), "ن");
        snprintf(text, sizeof text,
                 "#+kind: stance\n[escalation]\n/%s/\tweight=-0.5\n", pat);
        path = test_write_temp(text, strlen(text));
        if (qawl_lexicon_add_file(lex, path, NULL) == QAWL_OK)
            added++;
        unlink(path);
        free(path);
    }
    /* (a pattern drawn twice replaces the first) */
    ck_assert_uint_gt(added, 300);
    ck_assert_uint_gt(lex->patterns.n, before + 300);
    ck_assert_int_eq(qawlp_lexicon_check_masks(lex, &nread), 0);
    ck_assert_uint_eq(nread, lex->patterns.n - 1);
    ck_assert_int_gt(qawlp_lexicon_check_probes(lex, 4, &wrong, &more),
                     10000);
    ck_assert_uint_eq(wrong, 0);
    ck_assert_uint_eq(more, 0);
    /* every subject a pattern matches holds a string it requires (the
     * scan runs a pattern only where one is) */
    ck_assert_int_gt(qawlp_lexicon_check_musts(lex, 15, 3000, &wrong), 1000);
    ck_assert_uint_eq(wrong, 0);
    qawl_lexicon_free(lex);
}
END_TEST

/* namelike.txt: a form's class and counts are found by its whole folded
 * form; a token with a conjunction falls back to the form after it; a
 * user file adds forms and moves a shipped one to another class; and no
 * namelike form enters the token index, so matching is unchanged. */
START_TEST(test_namelike)
{
    static const char text[] =
        "#+format: 1\n#+language: ar\n#+kind: namelike\n\n[name]\n"
        "زيدوني\tname=9\tother=1\n"
        "ترامب\tname=1\tother=0\n"
        "عمرونا\tother=3\tname=009\n"
        "[not_name]\n"
        "الحقول\tname=0\tother=50\n"
        "الإدارة\n";
    qawl_error err;
    qawl_lexicon *lex;
    qawlp_doc *doc;
    char *path = test_write_temp(text, strlen(text));
    size_t before = 0;
    double share = 0;
    long i;

    /* The shipped file: written folded (the script's fold of the corpora
     * is qawl's, or its forms would never be found), a function word and
     * a much-quoted surname. */
    lex = test_lexicons();
    for (i = 0; i < (long)lex->entries.n; i++) {
        const qawlp_entry *en = &lex->entries.v[i];
        if (en->section != QAWLP_SEC_NAMELIKE &&
            en->section != QAWLP_SEC_NOT_NAME)
            continue;
        ck_assert_msg(strcmp(en->written, en->form) == 0,
                      "namelike.txt:%u: '%s' folds to '%s'", en->line,
                      en->written, en->form);
        before++;
    }
    ck_assert_uint_gt(before, 1000);
    ck_assert_int_eq(qawlp_namelike_class(lex, "في", strlen("في"), NULL),
                     QAWLP_NAMELIKE_NOT_NAME);
    ck_assert_int_eq(qawlp_namelike_class(lex, "ترامب", strlen("ترامب"),
                                          &share), QAWLP_NAMELIKE_NAME);
    ck_assert(share > 0 && share < 1);

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    before = qawl_lexicon_size(lex);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, path, &err), QAWL_OK);
    /* زيدوني, الحقول and الإدارة are new unless the corpora had them;
     * ترامب replaces the shipped entry. */
    ck_assert_uint_le(qawl_lexicon_size(lex), before + 4);
    ck_assert_uint_gt(qawl_lexicon_size(lex), before);

    ck_assert_int_eq(qawlp_namelike_class(lex, "زيدوني", strlen("زيدوني"),
                                          &share), QAWLP_NAMELIKE_NAME);
    ck_assert(share > 0.89 && share < 0.91);
    /* counts in the other order, with leading zeros, read alike */
    ck_assert_int_eq(qawlp_namelike_class(lex, "عمرونا", strlen("عمرونا"),
                                          &share), QAWLP_NAMELIKE_NAME);
    ck_assert(share > 0.74 && share < 0.76);
    ck_assert_uint_eq(qawlp_namelike_form_uses(lex, "عمرونا",
                                               strlen("عمرونا")), 12);
    ck_assert_int_eq(qawlp_namelike_class(lex, "الحقول", strlen("الحقول"),
                                          &share), QAWLP_NAMELIKE_NOT_NAME);
    ck_assert(share == 0);
    /* Written with hamza and taa marbuta, found folded; no counts, no
     * share. */
    ck_assert_int_eq(qawlp_namelike_class(lex, "الاداره", strlen("الاداره"),
                                          &share), QAWLP_NAMELIKE_NOT_NAME);
    ck_assert(share < 0);
    /* The user's entry replaced the shipped one. */
    ck_assert_int_eq(qawlp_namelike_class(lex, "ترامب", strlen("ترامب"),
                                          &share), QAWLP_NAMELIKE_NAME);
    ck_assert(share == 1);
    /* Whole forms only: a prefix, a clitic form, a made-up word. */
    ck_assert_int_eq(qawlp_namelike_class(lex, "زيدون", strlen("زيدون"),
                                          &share), QAWLP_NAMELIKE_UNKNOWN);
    ck_assert(share < 0);
    ck_assert_int_eq(qawlp_namelike_class(lex, "قزحبلوط",
                                          strlen("قزحبلوط"), NULL),
                     QAWLP_NAMELIKE_UNKNOWN);
    ck_assert_int_eq(qawlp_namelike_class(lex, "", 0, NULL),
                     QAWLP_NAMELIKE_UNKNOWN);

    /* Tokens: والحقول is unknown whole, الحقول after its و; the colon
     * is no word. */
    doc = qawlp_calloc(1, sizeof *doc);
    ck_assert_ptr_nonnull(doc);
    {
        static const char t[] = "والحقول: زيدوني ولزيدوني";
        ck_assert_int_eq(qawlp_load_run(doc, t, strlen(t), 0, &err), QAWL_OK);
    }
    ck_assert_int_eq(qawlp_normalize_run(doc, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_segment_run(doc, lex, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_namelike_token(doc, lex, 0, &share),
                     QAWLP_NAMELIKE_NOT_NAME);
    ck_assert_int_eq(qawlp_namelike_token(doc, lex, 1, &share),
                     QAWLP_NAMELIKE_UNKNOWN);
    ck_assert(share < 0);
    i = test_token_index(doc, "زيدوني", 0);
    ck_assert_int_ge(i, 0);
    ck_assert_int_eq(qawlp_namelike_token(doc, lex, (size_t)i, NULL),
                     QAWLP_NAMELIKE_NAME);
    /* After و comes ل: no fallback past a preposition. */
    ck_assert_int_eq(qawlp_namelike_token(doc, lex, doc->tokens.n - 1, NULL),
                     QAWLP_NAMELIKE_UNKNOWN);
    ck_assert_int_eq(qawlp_namelike_token(doc, lex, doc->tokens.n, NULL),
                     QAWLP_NAMELIKE_UNKNOWN);
    /* Not in the token index: زيدوني has no lexicon slot. */
    ck_assert_int_lt(qawlp_var_slot(doc, &doc->tokens.v[i], 0), 0);
    qawl_result_free(doc);
    qawl_lexicon_free(lex);
    unlink(path);
    free(path);
}
END_TEST

/* ------------------------------------------------------- error cases */

#define HDR "#+format: 1\n#+language: ar\n"

typedef struct {
    const char *name;
    const char *text;
    qawl_status code;
    unsigned long line, column;
    const char *message;        /* exact; NULL: only code, line, column */
} bad_case;

static const bad_case bad[] = {
    {"unknown section", HDR "#+kind: titles\n[titel]\nوزير\n",
     QAWL_ERR_LEXICON, 4, 2, "unknown section [titel]"},
    {"unknown key", HDR "#+kind: titles\n[title]\nوزير\tweight=0.5\n",
     QAWL_ERR_LEXICON, 5, 6, "unknown key 'weight' for this file"},
    {"bad gender", HDR "#+kind: titles\n[title]\nوزير\tgender=x\n",
     QAWL_ERR_LEXICON, 5, 13, "gender must be m or f, not 'x'"},
    {"bad number", HDR "#+kind: titles\n[title]\nوزير\tnumber=3\n",
     QAWL_ERR_LEXICON, 5, 13, "number must be s, d or p, not '3'"},
    {"weight out of range",
     HDR "#+kind: stance\n[escalation]\nتهديد\tweight=-1.5\n",
     QAWL_ERR_LEXICON, 5, 14,
     "weight must be a number in [-1, 1], not '-1.5'"},
    {"weight not a number", HDR "#+kind: stance\n[escalation]\nتهديد\tweight=x\n",
     QAWL_ERR_LEXICON, 5, 14, "weight must be a number in [-1, 1], not 'x'"},
    {"wrong weight sign",
     HDR "#+kind: stance\n[de-escalation]\nتهدئة\tweight=-0.5\n",
     QAWL_ERR_LEXICON, 5, 1, "de-escalation entries need a weight above 0"},
    {"escalation weight sign",
     HDR "#+kind: stance\n[escalation]\nتهديد\tweight=0.5\n",
     QAWL_ERR_LEXICON, 5, 1, "escalation entries need a weight below 0"},
    {"scope not whole",
     HDR "#+kind: stance_modifiers\n[hedge]\nربما\tfactor=0.6\tscope=2.5\n",
     QAWL_ERR_LEXICON, 5, 23, "scope must be a whole number 0-64, not '2.5'"},
    {"duplicate after folding",
     HDR "#+kind: complementisers\n[complementiser]\nأن\nإن\n",
     QAWL_ERR_LEXICON, 6, 1, "duplicate entry 'إن' (the same after folding)"},
    {"duplicate variant", HDR "#+kind: stance\n[de-escalation]\n"
     "هدنة|هدنه\tweight=0.5\n",
     QAWL_ERR_LEXICON, 5, 6, "duplicate entry 'هدنه' (the same after folding)"},
    {"duplicate across sections", HDR "#+kind: titles\n[title]\nمستشار\n"
     "[office]\nالمستشار\nمستشار\n",
     QAWL_ERR_LEXICON, 8, 1, "duplicate entry 'مستشار' (the same after folding)"},
    {"empty form", HDR "#+kind: reporting_verbs\n[verb]\nقال||يقول\n",
     QAWL_ERR_LEXICON, 5, 5, "empty or space-padded form"},
    /* acts.txt: pos= and prep= are checked like any other key */
    {"act pos unknown", HDR "#+kind: acts\n[call]\nدعا\tpos=noun\n",
     QAWL_ERR_LEXICON, 5, 9, "pos must be verb or participle, not 'noun'"},
    {"act prep of two words", HDR "#+kind: acts\n[warning]\n"
     "حذر\tprep=من أجل\n",
     QAWL_ERR_LEXICON, 5, 10, "prep must be one word, not 'من أجل'"},
    {"act key of another file", HDR "#+kind: acts\n[threat]\n"
     "هدد\ttarget=threat\n",
     QAWL_ERR_LEXICON, 5, 5, "unknown key 'target' for this file"},
    {"act stance unknown", HDR "#+kind: acts\n[threat]\n"
     "هدد\tweight=-0.6\tstance=always\n",
     QAWL_ERR_LEXICON, 5, 24, "stance must be class or object, not 'always'"},
    {"act prep and charge", HDR "#+kind: acts\n[accusation]\n"
     "اتهم\tprep=ب\tcharge=ب\n",
     QAWL_ERR_LEXICON, 5, 13, "prep and charge exclude each other"},
    {"act class unknown", HDR "#+kind: acts\n[praise]\nأشاد\n",
     QAWL_ERR_LEXICON, 4, 2, "unknown section [praise]"},
    {"clitic role unknown", HDR "#+kind: clitics\n[preposition]\nل\trole=object\n",
     QAWL_ERR_LEXICON, 5, 8, "role must be addressee, feminine, "
     "feminine_adjective, feminine_bound, nisba, accusative, indefinite or "
     "participle, not 'object'"},
    {"participle role on an ending", HDR "#+kind: clitics\n[ending]\nم\trole=participle\n",
     QAWL_ERR_LEXICON, 5, 1, "role=participle belongs in [present]"},
    {"clitic role on a conjunction", HDR "#+kind: clitics\n[conjunction]\nو\trole=addressee\n",
     QAWL_ERR_LEXICON, 5, 1, "role=addressee belongs in [preposition]"},
    {"ending role on a preposition", HDR "#+kind: clitics\n[preposition]\nب\trole=nisba\n",
     QAWL_ERR_LEXICON, 5, 1, "role=nisba belongs in [ending]"},
    {"ending without a role", HDR "#+kind: clitics\n[ending]\nة\n",
     QAWL_ERR_LEXICON, 5, 1, "an ending needs a role= (feminine, "
     "feminine_adjective, feminine_bound, nisba, accusative or indefinite)"},
    {"ending of two letters", HDR "#+kind: clitics\n[ending]\nات\trole=feminine\n",
     QAWL_ERR_LEXICON, 5, 1, "a conjunction, preposition, present prefix or "
     "ending must be one letter or mark"},
    {"empty value", HDR "#+kind: titles\n[title]\nوزير\tgender=\n",
     QAWL_ERR_LEXICON, 5, 13, "empty value for 'gender'"},
    {"entry before section", HDR "#+kind: titles\nوزير\n",
     QAWL_ERR_LEXICON, 4, 1, "entry before any [section] line"},
    {"entry before kind", HDR "[title]\nوزير\n",
     QAWL_ERR_LEXICON, 3, 1, "entry before the '#+kind:' header"},
    {"missing kind header", HDR "# nothing but comments\n",
     QAWL_ERR_LEXICON, 1, 1, "missing '#+kind:' header"},
    {"unknown kind", HDR "#+kind: weather\n",
     QAWL_ERR_LEXICON, 3, 9, "unknown lexicon kind 'weather'"},
    {"unsupported format", "#+format: 2\n#+kind: titles\n",
     QAWL_ERR_LEXICON, 1, 11, "unsupported format '2' (expected 1)"},
    {"invalid UTF-8", HDR "#+kind: titles\n[title]\nوز\xFFير\n",
     QAWL_ERR_LEXICON, 5, 3, "invalid UTF-8"},
    {"truncated UTF-8", HDR "#+kind: titles\n[title]\nوزير \xD9\n",
     QAWL_ERR_LEXICON, 5, 6, "invalid UTF-8"},
    /* lexicons/README.md promises these too. */
    {"wrong language header", "#+format: 1\n#+language: en\n#+kind: titles\n",
     QAWL_ERR_LEXICON, 2, 13, NULL},
    {"target not in the list", HDR "#+kind: stance\n[escalation]\n"
     "تهديد\tweight=-0.5\ttarget=weather\n",
     QAWL_ERR_LEXICON, 5, 26, NULL},
    {"empty word in multi-word form", HDR "#+kind: stance\n[de-escalation]\n"
     "تبادل  الأسرى\tweight=0.4\n",
     QAWL_ERR_LEXICON, 5, 7, "empty word in a multi-word form"},
    /* in a later variant, after one with a single space: each form is
     * checked within its own bytes */
    {"empty word in a later variant", HDR "#+kind: stance\n[de-escalation]\n"
     "تبادل الأسرى|تبادل  الأسيرين\tweight=0.4\n",
     QAWL_ERR_LEXICON, 5, 20, "empty word in a multi-word form"},
    /* the file is read whole and cut into lines: the last one needs no
     * newline to be read and checked */
    {"error on a last line without newline", HDR "#+kind: titles\n[title]\n"
     "وزير\nوز\xFFير",
     QAWL_ERR_LEXICON, 6, 3, "invalid UTF-8"},
    /* Pattern entries: a bad pattern is a load error at its column, not a
     * crash; so are one that matches nothing at all, one outside the
     * stance files, an unknown frame, and a repeated pattern. */
    {"pattern does not compile", HDR "#+kind: stance\n[escalation]\n"
     "/سن(?:رد|ضرب/\tweight=-0.5\n",
     QAWL_ERR_LEXICON, 5, 13, "bad pattern: missing closing parenthesis"},
    {"pattern matches the empty string", HDR "#+kind: stance_modifiers\n"
     "[hedge]\n/(?:ربما)?/\tfactor=0.6\tscope=3\n",
     QAWL_ERR_LEXICON, 5, 1, "bad pattern: it can match an empty string"},
    {"pattern outside the stance files", HDR "#+kind: titles\n[title]\n"
     "/وزير\\S*/\n",
     QAWL_ERR_LEXICON, 5, 1,
     "pattern entries are allowed only in the stance files"},
    {"pattern without its closing slash", HDR "#+kind: stance\n[escalation]\n"
     "/سنرد\tweight=-0.5\n",
     QAWL_ERR_LEXICON, 5, 6, "a pattern entry is /pattern/, with no variants"},
    {"duplicate pattern", HDR "#+kind: stance\n[escalation]\n"
     "/سنرد\\b/\tweight=-0.5\n/سنرد\\b/\tweight=-0.6\n",
     QAWL_ERR_LEXICON, 6, 1, NULL},
    {"pattern with \\C", HDR "#+kind: stance\n[escalation]\n"
     "/سن\\C/\tweight=-0.5\n",
     QAWL_ERR_LEXICON, 5, 6, NULL},
    {"unknown frame", HDR "#+kind: stance\n[escalation]\n"
     "سنرد\tweight=-0.5\tframe=weather\n",
     QAWL_ERR_LEXICON, 5, 24, "unknown frame 'weather'"},
    /* namelike.txt: counts are whole numbers, forms single words, each
     * form once after folding, and only its own keys and sections. */
    {"namelike count not a number", HDR "#+kind: namelike\n[name]\n"
     "زيدوني\tname=x\n",
     QAWL_ERR_LEXICON, 5, 13, "name must be a whole number 0-4294967295, "
     "not 'x'"},
    {"namelike count negative", HDR "#+kind: namelike\n[not_name]\n"
     "الحقول\tname=0\tother=-3\n",
     QAWL_ERR_LEXICON, 5, 21, "other must be a whole number 0-4294967295, "
     "not '-3'"},
    {"namelike count too large", HDR "#+kind: namelike\n[name]\n"
     "زيدوني\tname=4294967296\n",
     QAWL_ERR_LEXICON, 5, 13, NULL},
    {"namelike form of two words", HDR "#+kind: namelike\n[name]\n"
     "زيدوني الأول\tname=3\n",
     QAWL_ERR_LEXICON, 5, 1, "a namelike form is one word: ' ' splits it"},
    {"namelike duplicate after folding", HDR "#+kind: namelike\n[name]\n"
     "الإدارة\n[not_name]\nالادارة\n",
     QAWL_ERR_LEXICON, 7, 1,
     "duplicate entry 'الادارة' (the same after folding)"},
    {"namelike unknown key", HDR "#+kind: namelike\n[name]\n"
     "زيدوني\tgender=m\n",
     QAWL_ERR_LEXICON, 5, 8, "unknown key 'gender' for this file"},
    {"namelike unknown section", HDR "#+kind: namelike\n[names]\n",
     QAWL_ERR_LEXICON, 4, 2, "unknown section [names]"},
};
#define NBAD (sizeof bad / sizeof bad[0])

START_TEST(test_bad_file)
{
    const bad_case *c = &bad[_i];
    qawl_error err;
    qawl_lexicon *lex;
    char path[4096], *tmp = test_write_temp(c->text, strlen(c->text));
    size_t before, after;
    qawl_status st;

    /* Everything is freed before the checks, so a failing case leaks
     * nothing under CK_FORK=no valgrind runs. */
    snprintf(path, sizeof path, "%s", tmp);
    free(tmp);
    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(lex);
    before = qawl_lexicon_size(lex);
    st = qawl_lexicon_add_file(lex, path, &err);
    after = qawl_lexicon_size(lex);
    qawl_lexicon_free(lex);
    unlink(path);
    ck_assert_msg(st == c->code && err.code == c->code,
                  "%s: status %d (%s), expected %d", c->name, (int)st,
                  err.message, (int)c->code);
    ck_assert_str_eq(err.file, path);
    ck_assert_msg(err.line == c->line && err.column == c->column,
                  "%s: at %lu:%lu, expected %lu:%lu (%s)", c->name, err.line,
                  err.column, c->line, c->column, err.message);
    if (c->message)
        ck_assert_str_eq(err.message, c->message);
    /* Entries added before the error stay; none is lost. */
    ck_assert_uint_ge(after, before);
}
END_TEST

START_TEST(test_missing_directory)
{
    qawl_error err;
    qawl_lexicon *lex;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load("/nonexistent/qawl-lexicons", &err);
    ck_assert_ptr_null(lex);
    ck_assert_int_eq(err.code, QAWL_ERR_IO);
    ck_assert_str_eq(err.file, "/nonexistent/qawl-lexicons/clitics.txt");
    ck_assert_uint_eq(err.line, 0);
    ck_assert_ptr_nonnull(strstr(err.message, "cannot open"));
    /* A NULL error is accepted. */
    ck_assert_ptr_null(qawl_lexicon_load("/nonexistent/qawl-lexicons", NULL));
}
END_TEST

START_TEST(test_add_file_errors)
{
    qawl_error err;
    qawl_lexicon *lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, NULL);
    size_t before = qawl_lexicon_size(lex);

    memset(&err, 0, sizeof err);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, "/nonexistent/user.txt", &err),
                     QAWL_ERR_IO);
    ck_assert_uint_eq(qawl_lexicon_size(lex), before);
    ck_assert_str_eq(err.file, "/nonexistent/user.txt");
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(qawl_lexicon_add_file(NULL, "x.txt", &err), QAWL_ERR_ARG);
    ck_assert_int_eq(qawl_lexicon_add_file(lex, NULL, NULL), QAWL_ERR_ARG);
    ck_assert_uint_eq(qawl_lexicon_size(NULL), 0);
    qawl_lexicon_free(lex);
    qawl_lexicon_free(NULL);
    ck_assert_ptr_nonnull(qawl_lexicon_default_dir());
}
END_TEST

static Suite *lexicon_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("load");
    TCase *te = tcase_create("errors");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_add_test(tc, test_every_file_loads);
    tcase_add_loop_test(tc, test_readd_shipped_file, 0, (int)nshipped);
    tcase_add_test(tc, test_folding_one_entry);
    tcase_add_test(tc, test_multiword);
    tcase_add_test(tc, test_clitic_variants);
    tcase_add_test(tc, test_user_file_adds_and_overrides);
    tcase_add_test(tc, test_words_seen_follow_the_lexicon);
    tcase_add_test(tc, test_namelike);
    tcase_add_test(tc, test_pattern_masks_read);
    tcase_add_test(tc, test_pattern_masks_random);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tcase_add_unchecked_fixture(te, NULL, test_lexicons_free);
    tcase_add_loop_test(te, test_bad_file, 0, (int)NBAD);
    tcase_add_test(te, test_missing_directory);
    tcase_add_test(te, test_add_file_errors);
    tcase_set_timeout(te, 60);
    suite_add_tcase(s, te);
    return s;
}

int main(void)
{
    find_shipped();
    return test_run_suite(lexicon_suite());
}
