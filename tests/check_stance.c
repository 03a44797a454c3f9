/*
 * check_stance.c — unit tests of the stance stage (analyzer/stance.c).
 *
 * Most tests isolate the stage: they run load, normalise and segment on a
 * bare sentence, make one quote of all its tokens and call
 * qawlp_stance_run, then read the result through the public accessors
 * (qawl_quote_stance, qawl_quote_evidence).  A few run the whole pipeline
 * on `وقال المتحدث "<sentence>".` to check that the stage is wired in and
 * its offsets survive.  All use the shipped lexicons (QAWL_TEST_LEXICONS),
 * so the sentences below only rely on entries whose presence is the point
 * of the test; the comparisons are relative (an intensifier raises |score|)
 * wherever a weight might be retuned.
 */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../analyzer/internal.h"
#include "common.h"

#ifndef QAWL_TEST_LEXICONS
#define QAWL_TEST_LEXICONS "lexicons"
#endif

static qawl_lexicon *lex;

static void lex_setup(void)
{
    qawl_error err;

    memset(&err, 0, sizeof err);
    lex = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    if (lex == NULL) {
        fprintf(stderr, "%s:%lu:%lu: %s\n", err.file, err.line, err.column,
                err.message);
        abort();
    }
}

static void lex_teardown(void)
{
    qawl_lexicon_free(lex);
    lex = NULL;
}

/* Runs the stages up to segment on TEXT and scores one quote made of all
 * its tokens.  Caller frees with qawl_result_free(). */
static qawlp_doc *score_text(const char *text)
{
    qawlp_doc *doc = qawlp_calloc(1, sizeof *doc);
    struct qawl_quote *q;
    qawl_error err;

    memset(&err, 0, sizeof err);
    ck_assert_ptr_nonnull(doc);
    doc->lex = lex;
    ck_assert_int_eq(qawlp_load_run(doc, text, strlen(text), 0, &err),
                     QAWL_OK);
    ck_assert_int_eq(qawlp_normalize_run(doc, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_segment_run(doc, lex, &err), QAWL_OK);
    q = QAWLP_PUSH(doc->quotes);
    ck_assert_ptr_nonnull(q);
    q->id = 1;
    q->first = 0;
    q->last = (uint32_t)doc->tokens.n;
    q->nstart = 0;
    q->nend = (uint32_t)doc->norm_len;
    q->cue = q->mention = q->entity = -1;
    ck_assert_int_eq(qawlp_stance_run(doc, lex, &err), QAWL_OK);
    return doc;
}

static const qawl_quote *quote0(const qawlp_doc *doc)
{
    return &doc->quotes.v[0];
}

/* Score of TEXT scored alone. */
static double score_of(const char *text, qawl_stance *stance)
{
    qawlp_doc *doc = score_text(text);
    double s = 0.0;
    qawl_stance st = qawl_quote_stance(quote0(doc), &s);

    if (stance)
        *stance = st;
    qawl_result_free(doc);
    return s;
}

static double absd(double x)
{
    return x < 0 ? -x : x;
}

/* Asserts that TEXT's only evidence is TERM with MODIFIER (NULL: none)
 * and returns its weight. */
static double only_evidence(const char *text, const char *term,
                            const char *modifier)
{
    qawlp_doc *doc = score_text(text);
    const qawl_quote *q = quote0(doc);
    const char *got, *mod = "unset";
    size_t start = 0, end = 0;
    double w = 0.0;

    ck_assert_uint_eq(qawl_quote_evidence_count(q), 1);
    got = qawl_quote_evidence(q, 0, &start, &end, &w, &mod);
    ck_assert_str_eq(got, term);
    if (modifier)
        ck_assert_str_eq(mod, modifier);
    else
        ck_assert_ptr_null(mod);
    qawl_result_free(doc);
    return w;
}


/* ------------------------------------------------------------ frames */

/* The evidence of TEXT whose term is TERM: its weight, modifier and
 * frame (NULL when none).  Fails when no evidence has that term. */
static double term_in(const char *text, const char *term,
                      const char **modifier, const char **frame)
{
    qawlp_doc *doc = score_text(text);
    const qawl_quote *q = quote0(doc);
    size_t i;
    double w = 0.0;
    int found = 0;

    for (i = 0; i < qawl_quote_evidence_count(q) && !found; i++) {
        const char *mod = NULL;
        const char *got = qawl_quote_evidence(q, i, NULL, NULL, &w, &mod);
        if (strcmp(got, term) == 0) {
            found = 1;
            if (modifier)
                *modifier = mod;
            if (frame)
                *frame = qawl_quote_evidence_frame(q, i);
        }
    }
    ck_assert_ptr_null(qawl_quote_evidence_frame(q, i + 100));
    qawl_result_free(doc);
    ck_assert_msg(found, "no evidence '%s' in '%s'", term, text);
    return w;
}

/* Reported violence is neutral: the term is shown, framed as a report,
 * and weighs nothing however violent the word. */
START_TEST(test_frame_report)
{
    qawl_stance st;
    const char *frame = NULL;
    double w = term_in("استمر القصف على المدينة طوال الليل", "القصف",
                       NULL, &frame);

    ck_assert(w == 0.0);
    ck_assert_str_eq(frame, "report");
    score_of("استمر القصف على المدينة طوال الليل", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    score_of("تدمير المنازل والعدوان المستمر والحصار", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
}
END_TEST

/* Threatened, vowed, praised, justified or called for, the same words are
 * the speaker's own violence. */
START_TEST(test_frame_positional)
{
    qawl_stance st;
    const char *frame = NULL;
    double w;

    w = term_in("سنرد على القصف", "القصف", NULL, &frame);
    ck_assert(w < 0.0);
    ck_assert_str_eq(frame, "threat");
    w = term_in("مقاتلونا نفذوا هجوما على الموقع", "هجوما", NULL, &frame);
    ck_assert(w < 0.0);
    ck_assert_str_eq(frame, "praise");
    score_of("مقاتلونا نفذوا هجوما على الموقع", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    w = term_in("ندعو إلى القصف", "القصف", NULL, &frame);
    ck_assert(w < 0.0);
    ck_assert_str_eq(frame, "call");
    /* "calls for regret" reaches nothing after it: no call for the
     * siege before it. */
    ck_assert(term_in("الدمار خلال الحصار تدعو إلى الأسف", "الحصار", NULL,
                      NULL) == 0.0);
    term_in("من حقنا الدفاع عن النفس", "الدفاع عن النفس", NULL, &frame);
    ck_assert_str_eq(frame, "justification");
    /* A pattern entry: the war "goes on" as a predicate is a vow, "the
     * ongoing war" a report. */
    term_in("والحرب مستمرة", "والحرب مستمرة", NULL, &frame);
    ck_assert_str_eq(frame, "commitment");
    score_of("والحرب مستمرة", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    score_of("تعاني المستشفيات بسبب الحرب المستمرة", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    /* "We will …" (a pattern modifier) commits the speaker to what it
     * reaches; a word that only begins with سن does not. */
    w = term_in("سنطور قدراتنا الصاروخية", "الصاروخية", NULL, &frame);
    ck_assert(w < 0.0);
    ck_assert_str_eq(frame, "commitment");
    ck_assert(term_in("منذ سنوات والقصف مستمر", "والقصف", NULL, NULL) == 0.0);
    /* A party's announced military plan frames the operation it names. */
    score_of("ستطلق القوات عمليات عسكرية جديدة في الشمال", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    score_of("أطلقت القوات عمليات عسكرية في الشمال", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    /* Adopting is a claim only with an attack for object. */
    score_of("تبنت الحركة الهجوم على الموقع", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    score_of("تبنت الحكومة القرار بالإجماع", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
}
END_TEST

/* Condemned, named a crime, warned against or rejected, reported
 * violence is a position against it. */
START_TEST(test_frame_against)
{
    qawl_stance st;
    const char *frame = NULL, *mod = NULL;
    double w;

    w = term_in("ندين القصف على المستشفى", "القصف", NULL, &frame);
    ck_assert(w > 0.0);
    ck_assert_str_eq(frame, "condemnation");
    w = term_in("الهجمات على المستشفيات تشكل جرائم حرب", "الهجمات", NULL,
                &frame);
    ck_assert(w > 0.0);
    ck_assert_str_eq(frame, "accusation");
    score_of("الهجمات على المستشفيات تشكل جرائم حرب", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    w = term_in("نحذر من هجوم على المدينة", "هجوم", &mod, &frame);
    ck_assert(w > 0.0);
    ck_assert_str_eq(mod, "negation");
    ck_assert_str_eq(frame, "warning");
    /* Preventing the conflict is a position, not a weak topic word. */
    score_of("نعمل على عدم تزايد الصراع", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    /* Pattern entries: a proposal that "does not meet" the demands is one
     * rejecting term, its own words included; refusing to be a party
     * negates what follows (a pattern modifier). */
    only_evidence("المقترح الأخير لوقف إطلاق النار لا يلبي مطالبنا",
                  "المقترح الأخير لوقف إطلاق النار لا يلبي", NULL);
    score_of("المقترح الأخير لوقف إطلاق النار لا يلبي مطالبنا", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    /* Patterns with gaps: a ceasefire qualified between its words, and
     * avoiding a conflict a few words on. */
    score_of("نريد وقفا مستداما وشاملا لإطلاق نار", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    score_of("حثت الطرفين على تفادي أي خطوات تؤدي إلى نزاع", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    /* Providing aid is a commitment (a pattern over the verb and what
     * is provided); the noun in a report is not. */
    ck_assert(term_in("المنظمة تعمل على توفير الوقود للمستشفيات",
                      "تعمل على توفير الوقود", NULL, &frame) > 0.0);
    ck_assert_str_eq(frame, "commitment");
    score_of("نواصل تقديم المساعدات الإنسانية", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    /* Aid denied in a sentence that accuses: what is condemned. */
    w = term_in("الاحتلال يمنع إدخال المساعدات في عقاب جماعي للسكان",
                "إدخال المساعدات", NULL, &frame);
    ck_assert(w > 0.0);
    ck_assert_str_eq(frame, "accusation");
    w = term_in("بلادنا لن تكون طرفا في أي حرب إقليمية", "حرب إقليمية",
                &mod, &frame);
    ck_assert(w > 0.0);
    ck_assert_str_eq(frame, "rejection");
}
END_TEST

/* A user's pattern that backtracks badly gives up at each word (a match
 * limit) instead of stalling the analysis, and finds nothing there. */
START_TEST(test_pattern_bounded)
{
    static const char file[] = "#+format: 1\n#+language: ar\n"
        "#+kind: stance\n[escalation]\n"
        "/(?:(?:\\S+)+\\s*)+ق\\b/\tweight=-0.5\n";
    char path[] = "/tmp/qawl-stance-XXXXXX";
    int fd = mkstemp(path);
    qawl_lexicon *saved = lex, *own;
    qawl_error err;
    qawl_stance st;
    char text[4096];
    size_t k;

    ck_assert_int_ge(fd, 0);
    ck_assert(write(fd, file, sizeof file - 1) == (ssize_t)(sizeof file - 1));
    close(fd);
    memset(&err, 0, sizeof err);
    own = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(own);
    ck_assert_int_eq(qawl_lexicon_add_file(own, path, &err), QAWL_OK);
    unlink(path);
    text[0] = '\0';
    /* Long words, and a ق (the pattern's required letter) that never
     * ends a word: the engine must try and give up. */
    for (k = 0; k < 60; k++)
        strcat(text, "كلماتطويلةجداجدا ");
    strcat(text, "قا");
    lex = own;
    score_of(text, &st);
    lex = saved;
    qawl_lexicon_free(own);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
}
END_TEST

/* A pattern's leading \b is checked once per word by the scan, not by
 * the pattern: it must still hold where PCRE2 says it does.  After ½ (a
 * number to PCRE2's \w, not to the tokenizer) a word token starts with
 * no \b, so "\bW" finds nothing there; an alternative after a top-level
 * | is not under the \b and still matches. */
START_TEST(test_pattern_word_boundary)
{
    static const char file[] = "#+format: 1\n#+language: ar\n"
        "#+kind: stance\n[escalation]\n"
        "/\\bزلزلونا/\tweight=-0.9\n"
        "/\\bقلقلونا|دمدمونا/\tweight=-0.9\n";
    char path[] = "/tmp/qawl-stance-XXXXXX";
    int fd = mkstemp(path);
    qawl_lexicon *saved = lex, *own;
    qawl_error err;
    qawl_stance st[5];

    ck_assert_int_ge(fd, 0);
    ck_assert(write(fd, file, sizeof file - 1) == (ssize_t)(sizeof file - 1));
    close(fd);
    memset(&err, 0, sizeof err);
    own = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(own);
    ck_assert_int_eq(qawl_lexicon_add_file(own, path, &err), QAWL_OK);
    unlink(path);
    lex = own;
    score_of("قال إنهم زلزلونا", &st[0]);
    score_of("قال إنهم \xC2\xBDزلزلونا", &st[1]);    /* ½ */
    score_of("قال إنهم «زلزلونا»", &st[2]);
    score_of("قال إنهم \xC2\xBDقلقلونا", &st[3]);
    score_of("قال إنهم \xC2\xBDدمدمونا", &st[4]);
    lex = saved;
    qawl_lexicon_free(own);
    ck_assert_int_eq(st[0], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[1], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[2], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[3], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[4], QAWL_STANCE_ESCALATION);
}
END_TEST

/* The scan tries a pattern at a word only when the word's first three
 * letters (found at load by partial matching) can begin one of its
 * matches.  A word of two letters has its end as third (في then a space),
 * a clitic pair a letter (وا then ل); a word whose third letter no match
 * can have (فيه) is passed over, and so is a pattern that cannot end
 * there (في alone).  Both the words and the patterns are invented. */
START_TEST(test_pattern_letter_masks)
{
    static const char file[] = "#+format: 1\n#+language: ar\n"
        "#+kind: stance\n[escalation]\n"
        "/\\bفي قلقلونا/\tweight=-0.9\n"
        "/\\b[وف]?الزلزلونا/\tweight=-0.9\n";
    char path[] = "/tmp/qawl-stance-XXXXXX";
    int fd = mkstemp(path);
    qawl_lexicon *saved = lex, *own;
    qawl_error err;
    qawl_stance st[5];

    ck_assert_int_ge(fd, 0);
    ck_assert(write(fd, file, sizeof file - 1) == (ssize_t)(sizeof file - 1));
    close(fd);
    memset(&err, 0, sizeof err);
    own = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(own);
    ck_assert_int_eq(qawl_lexicon_add_file(own, path, &err), QAWL_OK);
    unlink(path);
    lex = own;
    score_of("قال إنهم في قلقلونا", &st[0]);
    score_of("قال إنهم والزلزلونا", &st[1]);
    score_of("قال إنهم فالزلزلونا", &st[2]);
    score_of("قال إنهم فيه قلقلونا", &st[3]);
    score_of("قال إنهم في", &st[4]);
    lex = saved;
    qawl_lexicon_free(own);
    ck_assert_int_eq(st[0], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[1], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[2], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[3], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[4], QAWL_STANCE_NEUTRAL);
}
END_TEST

/* Writes FILE to a temporary file and adds it to OWN. */
static void add_user_file(qawl_lexicon *own, const char *file)
{
    char path[] = "/tmp/qawl-stance-XXXXXX";
    int fd = mkstemp(path);
    size_t n = strlen(file);
    qawl_error err;

    ck_assert_int_ge(fd, 0);
    ck_assert(write(fd, file, n) == (ssize_t)n);
    close(fd);
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(qawl_lexicon_add_file(own, path, &err), QAWL_OK);
    unlink(path);
}

/* Before a pattern runs at a word, the first four characters of its text
 * (letters or spaces) are probed, and the answer is remembered by those
 * four for every later word: a word whose fourth letter no match can
 * have (الزقاق after ال + ز) is passed over, every time; the four may
 * reach into the next word (في then a space and ق).  A user file added
 * later brings patterns the remembered answers did not know: they are
 * forgotten (زلزلوها begins as زلزلونا did).  Words and patterns are
 * invented. */
START_TEST(test_pattern_memo)
{
    qawl_lexicon *saved = lex, *own;
    qawl_error err;
    qawl_stance st[8];

    memset(&err, 0, sizeof err);
    own = qawl_lexicon_load(QAWL_TEST_LEXICONS, &err);
    ck_assert_ptr_nonnull(own);
    add_user_file(own, "#+format: 1\n#+language: ar\n"
                       "#+kind: stance\n[escalation]\n"
                       "/\\b[وف]?(?:ال)?زلزلونا/\tweight=-0.9\n"
                       "/\\bفي قلقلونا/\tweight=-0.9\n");
    lex = own;
    score_of("قال إنهم الزلزلونا", &st[0]);
    score_of("قال إنهم الزقاق", &st[1]);
    score_of("قال إنهم الزقاق الزقاق", &st[2]);
    score_of("قال إنهم الزلزلونا", &st[3]);
    score_of("قال إنهم في قلقلونا", &st[4]);
    score_of("قال إنهم في زلزلوها", &st[5]);
    score_of("قال إنهم زلزلوها", &st[6]);
    add_user_file(own, "#+format: 1\n#+language: ar\n"
                       "#+kind: stance\n[escalation]\n"
                       "/\\bزلزلوها/\tweight=-0.9\n");
    score_of("قال إنهم زلزلوها", &st[7]);
    lex = saved;
    qawl_lexicon_free(own);
    ck_assert_int_eq(st[0], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[1], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[2], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[3], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[4], QAWL_STANCE_ESCALATION);
    ck_assert_int_eq(st[5], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[6], QAWL_STANCE_NEUTRAL);
    ck_assert_int_eq(st[7], QAWL_STANCE_ESCALATION);
}
END_TEST

/* ------------------------------------------------------------- names */

/* A term inside a name weighs nothing and is shown masked: a hospital
 * named after a person, an operation's name, quoted or listed, an
 * organisation.  Outside the name the same word counts. */
START_TEST(test_names_masked)
{
    qawl_stance st;
    const char *mod = NULL;
    double w;

    w = term_in("وصل الجرحى إلى مستشفى كمال عدوان", "عدوان", &mod, NULL);
    ck_assert(w == 0.0);
    ck_assert_str_eq(mod, "masked");
    score_of("وصل الجرحى إلى مستشفى كمال عدوان", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    w = term_in("بدأ الجيش عملية \"سلام الجليل\" أمس", "سلام", &mod, NULL);
    ck_assert(w == 0.0);
    ck_assert_str_eq(mod, "masked");
    w = term_in("نعمل من أجل السلام", "السلام", &mod, NULL);
    ck_assert(w > 0.0);
    ck_assert_ptr_null(mod);
    /* A name listed in stance.txt: its words are no vow of a "flood". */
    score_of("منذ بدء طوفان الأقصى", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    score_of("قال إن المقاومة الإسلامية ستواصل عملها", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    /* A head with the article names nothing after it: المستشفى الميداني
     * is aid, and so is مستشفى ميداني, a term that starts at the head. */
    ck_assert(term_in("افتتحنا المستشفى الميداني", "المستشفى الميداني",
                      &mod, NULL) > 0.0);
    ck_assert(term_in("افتتحنا مستشفى ميداني", "مستشفى ميداني", &mod,
                      NULL) > 0.0);
}
END_TEST

/* ------------------------------------------------------------ the rules */

START_TEST(test_plain_deescalation)
{
    qawl_stance st;
    double s = score_of("نريد التهدئة", &st);
    double w = only_evidence("نريد التهدئة", "التهدئة", NULL);

    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    ck_assert(s > 0.0 && s < 1.0);
    ck_assert(w > 0.0);
}
END_TEST

START_TEST(test_plain_escalation)
{
    qawl_stance st;
    double s = score_of("سننتقم", &st);
    double w = only_evidence("سننتقم", "سننتقم", NULL);

    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    ck_assert(s < 0.0 && s > -1.0);
    ck_assert(w < 0.0);
}
END_TEST

/* لوقف إطلاق النار: the preposition ل is a clitic of the first word, the
 * entry has three words, and the evidence is the whole written span. */
START_TEST(test_multiword_clitic)
{
    qawl_stance st;

    only_evidence("نطالب لوقف إطلاق النار", "لوقف إطلاق النار",
                  "intensifier");
    score_of("نطالب لوقف إطلاق النار", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
}
END_TEST

/* A negator before an escalation term flips it. */
START_TEST(test_negation_flip)
{
    qawl_stance st;
    double plain = score_of("هدفنا حرب شاملة", NULL);
    double negated = score_of("ليس هدفنا حربا شاملة", &st);
    double w = only_evidence("ليس هدفنا حربا شاملة", "حربا شاملة",
                             "negation");

    ck_assert(plain < 0.0);
    ck_assert(negated > 0.0);
    ck_assert(w > 0.0);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);

    /* عدم reaches الحرب over two words and turns the score positive
     * (the label depends on how much a bare الحرب weighs). */
    w = only_evidence("عدم السماح لهذه الحرب", "الحرب", "negation");
    ck_assert(w > 0.0);
    ck_assert(score_of("عدم السماح لهذه الحرب", NULL) > 0.0);
    /* Without عدم, the war is only mentioned: a report weighs nothing. */
    ck_assert(score_of("السماح لهذه الحرب", NULL) == 0.0);
}
END_TEST

/* A negator that belongs to a longer entry is not applied again. */
START_TEST(test_negator_inside_term)
{
    qawl_stance st;
    double w = only_evidence("عدم التصعيد", "عدم التصعيد", NULL);

    ck_assert(w > 0.0);
    score_of("عدم التصعيد", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
}
END_TEST

/* لن نسمح is both an escalation term and a negator: a negator when it
 * reaches a term, a term (a defiant vow) when it does not. */
START_TEST(test_dual_negator)
{
    qawl_stance st;
    double w;

    w = only_evidence("لن نسمح بحرب شاملة", "بحرب شاملة", "negation");
    ck_assert(w > 0.0);
    score_of("لن نسمح بحرب شاملة", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);

    w = only_evidence("لن نسمح بذلك", "لن نسمح", NULL);
    ck_assert(w < 0.0);
    score_of("لن نسمح بذلك", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);

    w = only_evidence("لن نقبل بهدنة", "بهدنة", "negation");
    ck_assert(w < 0.0);
}
END_TEST

/* Negation stops at a clause boundary and at its scope (4 tokens for لم). */
START_TEST(test_negation_bounds)
{
    double w;

    w = only_evidence("لا شك، هذا انتقام", "انتقام", NULL);
    ck_assert(w < 0.0);
    w = only_evidence("لم يقل المسؤول شيئا عن الانتقام", "الانتقام", NULL);
    ck_assert(w < 0.0);
    w = only_evidence("لم يقل المسؤول شيئا الانتقام", "الانتقام", "negation");
    ck_assert(w > 0.0);
}
END_TEST

START_TEST(test_intensifier)
{
    double plain = score_of("نريد التهدئة", NULL);
    double before = score_of("نريد بشدة التهدئة", NULL);
    double after = score_of("التهدئة ضرورية جدا", NULL);

    ck_assert(before > plain);
    ck_assert(after > plain);
    only_evidence("نريد بشدة التهدئة", "التهدئة", "intensifier");
    only_evidence("التهدئة ضرورية جدا", "التهدئة", "intensifier");
}
END_TEST

START_TEST(test_hedge)
{
    qawl_stance st;
    double plain = score_of("سنرد", NULL);
    double hedged = score_of("قد نرد", &st);

    ck_assert(plain < 0.0);
    ck_assert(hedged < 0.0);
    ck_assert(absd(hedged) < absd(plain));
    only_evidence("قد نرد", "نرد", "hedge");
}
END_TEST

/* What follows لكن decides when both sides weigh about the same. */
START_TEST(test_contrast)
{
    qawl_stance st;
    qawlp_doc *doc;
    const char *mod = "unset";
    double w0 = 0.0, w1 = 0.0;

    /* Without the contrast the two cancel out. */
    score_of("نريد التهدئة وسنرد", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    score_of("نريد التهدئة لكن سنرد بقوة", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    score_of("سنرد بقوة لكن نريد وقف إطلاق النار", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    ck_assert(score_of("سنرد لكن نريد التهدئة", NULL) > 0.0);
    ck_assert(score_of("نريد التهدئة لكن سنرد", NULL) < 0.0);

    doc = score_text("سنرد لكن نريد التهدئة");
    ck_assert_uint_eq(qawl_quote_evidence_count(quote0(doc)), 2);
    qawl_quote_evidence(quote0(doc), 0, NULL, NULL, &w0, &mod);
    ck_assert_ptr_null(mod);
    qawl_quote_evidence(quote0(doc), 1, NULL, NULL, &w1, &mod);
    ck_assert_str_eq(mod, "contrast");
    ck_assert(absd(w1) > absd(w0));
    qawl_result_free(doc);
}
END_TEST

/* A condition damps the terms after it and those before it in its clause. */
START_TEST(test_condition)
{
    double plain = score_of("سنرد", NULL);
    double after = score_of("إذا لزم الأمر، سنرد", NULL);
    double before = score_of("سنرد إذا لزم الأمر", NULL);

    ck_assert(after < 0.0 && absd(after) < absd(plain));
    ck_assert(before < 0.0 && absd(before) < absd(plain));
    only_evidence("إذا لزم الأمر، سنرد", "سنرد", "condition");
    only_evidence("سنرد إذا لزم الأمر", "سنرد", "condition");
}
END_TEST

/* "لا X دون Y": an exception word after a negation restricts instead of
 * negating.  Y keeps its sign, X is read affirmatively but weighs less
 * (a premise); without a negation before it, دون negates. */
START_TEST(test_exception)
{
    qawlp_doc *doc;
    const char *mod = "unset";
    double wx = 0.0, wy = 0.0, plain;
    qawl_stance st;

    /* A negator, then the exception: neither term is flipped. */
    doc = score_text("لن يعود الاستقرار دون انسحاب القوات");
    ck_assert_uint_eq(qawl_quote_evidence_count(quote0(doc)), 2);
    qawl_quote_evidence(quote0(doc), 0, NULL, NULL, &wx, &mod);
    ck_assert_str_eq(mod, "condition");
    ck_assert(wx > 0.0);
    qawl_quote_evidence(quote0(doc), 1, NULL, NULL, &wy, &mod);
    ck_assert_ptr_null(mod);
    ck_assert(wy > 0.0);
    ck_assert(wx < wy);
    qawl_result_free(doc);
    plain = score_of("الاستقرار", NULL);
    ck_assert(wx < plain / (1.0 - plain));  /* X weighs less than alone */

    /* A term that begins with a negator counts as the negation. */
    score_of("لا سلام بدون حل سياسي", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    only_evidence("لا مفاوضات", "لا مفاوضات", NULL);
    ck_assert(score_of("لا مفاوضات", NULL) < 0.0);
    ck_assert(score_of("لا مفاوضات إلا بعد وقف إطلاق النار", NULL) > 0.0);

    /* The demand decides: here it is force. */
    score_of("لا تهدئة من دون القضاء على العدو", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);

    /* No negation before it: دون negates. */
    ck_assert(only_evidence("نريد حلا دون حرب شاملة", "حرب شاملة",
                            "negation") > 0.0);
    /* The negation must be in the same clause. */
    ck_assert(only_evidence("لم نتحدث، دون حرب شاملة", "حرب شاملة",
                            "negation") > 0.0);
}
END_TEST

/* Ending words negate their object; a term that ends in one reaches on. */
START_TEST(test_ending)
{
    qawl_stance st;
    double w;

    w = only_evidence("نعمل على إنهاء هذه الحرب", "الحرب", "negation");
    ck_assert(w > 0.0);
    w = only_evidence("تتوقف المفاوضات", "المفاوضات", "negation");
    ck_assert(w < 0.0);
    /* يجب إنهاء is a term and its إنهاء still negates الحرب. */
    score_of("يجب إنهاء هذه الحرب", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    ck_assert(score_of("يجب إنهاء هذه الحرب", NULL) >
              score_of("يجب إنهاء", NULL));
}
END_TEST

/* Weak terms (plain topic words) do not add up; strong ones do. */
START_TEST(test_topic_pooling)
{
    qawl_stance st;
    double one = score_of("الردع", NULL);
    double three = score_of("الردع والاستفزازات والتطرف مستمرة", &st);

    ck_assert(one < 0.0);
    ck_assert(three == one);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    /* Opposite weak terms still cancel. */
    ck_assert(absd(score_of("المحادثات والردع", NULL)) < 0.1);
    /* A vow decides, and the weak term adds to it. */
    score_of("سنرد على القصف", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    ck_assert(score_of("سنرد على القصف", NULL) < score_of("سنرد", NULL));
    /* Strong terms add up as before. */
    ck_assert(score_of("نريد التهدئة ووقف إطلاق النار", NULL) >
              score_of("نريد التهدئة", NULL));
}
END_TEST

/* Calls and hopes strengthen what they ask for, whatever its sign; the
 * future particle strengthens a vow. */
START_TEST(test_calls)
{
    qawl_stance st;

    score_of("بدأت المحادثات", &st);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    score_of("ندعو إلى المحادثات", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    only_evidence("نأمل في المحادثات", "المحادثات", "intensifier");
    ck_assert(score_of("نطالب بالعقاب", NULL) < score_of("العقاب", NULL));
    only_evidence("سوف نرد", "نرد", "intensifier");
    ck_assert(score_of("سوف نرد", NULL) < score_of("نرد", NULL));
}
END_TEST

/* لقد asserts: its قد is not the hedge "may". */
START_TEST(test_laqad)
{
    ck_assert(only_evidence("لقد أحرزنا تقدما", "أحرزنا تقدما",
                            "intensifier") > 0.0);
    ck_assert(only_evidence("قد نرد", "نرد", "hedge") < 0.0);
}
END_TEST

START_TEST(test_neutral)
{
    qawl_stance st;
    qawlp_doc *doc = score_text("وصل الوفد إلى المطار صباح الأحد");
    double s = 1.0;

    st = qawl_quote_stance(quote0(doc), &s);
    ck_assert_int_eq(st, QAWL_STANCE_NEUTRAL);
    ck_assert(s == 0.0);
    ck_assert_uint_eq(qawl_quote_evidence_count(quote0(doc)), 0);
    qawl_result_free(doc);
}
END_TEST

/* Evidence gives the input bytes, tashkeel included, and input offsets. */
START_TEST(test_evidence)
{
    const char *text = "قال إننا لن نسمح بحربٍ شاملة، ونطالب لوقفِ إطلاق النار";
    const char *t0 = "بحربٍ شاملة", *t1 = "لوقفِ إطلاق النار";
    qawlp_doc *doc = score_text(text);
    const qawl_quote *q = quote0(doc);
    const char *term, *mod = "unset";
    size_t start = 0, end = 0;
    double w = 0.0;

    ck_assert_uint_eq(qawl_quote_evidence_count(q), 2);
    term = qawl_quote_evidence(q, 0, &start, &end, &w, &mod);
    ck_assert_str_eq(term, t0);
    ck_assert_uint_eq(start, (size_t)(strstr(text, t0) - text));
    ck_assert_uint_eq(end, start + strlen(t0));
    ck_assert_str_eq(mod, "negation");
    ck_assert(w > 0.0);

    term = qawl_quote_evidence(q, 1, &start, &end, &w, &mod);
    ck_assert_str_eq(term, t1);
    ck_assert_uint_eq(start, (size_t)(strstr(text, t1) - text));
    ck_assert_uint_eq(end, strlen(text));
    ck_assert_str_eq(mod, "intensifier");    /* نطالب, a call */
    ck_assert(w > 0.0);
    ck_assert_ptr_null(qawl_quote_evidence(q, 2, NULL, NULL, NULL, NULL));
    qawl_result_free(doc);
}
END_TEST

/* The two sentences the stage was designed around. */
START_TEST(test_motivating)
{
    qawl_stance st;
    double s;

    s = score_of("ندعو إلى وقف فوري لإطلاق النار", &st);
    ck_assert_int_eq(st, QAWL_STANCE_DEESCALATION);
    ck_assert(s > 0.0);
    only_evidence("ندعو إلى وقف فوري لإطلاق النار", "وقف فوري لإطلاق النار",
                  "intensifier");
    s = score_of("سنرد بقوة على هذا العدوان", &st);
    ck_assert_int_eq(st, QAWL_STANCE_ESCALATION);
    ck_assert(s < 0.0);
}
END_TEST

/* A quote with no tokens is neutral and has no evidence. */
START_TEST(test_empty_quote)
{
    qawlp_doc *doc = qawlp_calloc(1, sizeof *doc);
    struct qawl_quote *q;
    qawl_error err;
    double s = 1.0;

    memset(&err, 0, sizeof err);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq(qawlp_load_run(doc, "", 0, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_normalize_run(doc, 0, &err), QAWL_OK);
    ck_assert_int_eq(qawlp_segment_run(doc, lex, &err), QAWL_OK);
    q = QAWLP_PUSH(doc->quotes);
    ck_assert_ptr_nonnull(q);
    ck_assert_int_eq(qawlp_stance_run(doc, lex, &err), QAWL_OK);
    ck_assert_int_eq(qawl_quote_stance(q, &s), QAWL_STANCE_NEUTRAL);
    ck_assert(s == 0.0);
    ck_assert_uint_eq(qawl_quote_evidence_count(q), 0);
    qawl_result_free(doc);
}
END_TEST

/* Failing the i-th allocation returns NOMEM and leaks nothing. */
START_TEST(test_nomem)
{
    const char *text = "لن نسمح بحرب شاملة، ونطالب لوقف إطلاق النار";
    long n;
    int failed = 0;

    for (n = 1; n <= 8; n++) {
        qawlp_doc *doc = test_segmented(text, lex);
        struct qawl_quote *q;
        qawl_error err;
        qawl_status st;

        memset(&err, 0, sizeof err);
        q = QAWLP_PUSH(doc->quotes);
        ck_assert_ptr_nonnull(q);
        q->last = (uint32_t)doc->tokens.n;
        qawlp_alloc_fail_at(n);
        st = qawlp_stance_run(doc, lex, &err);
        qawlp_alloc_fail_at(0);
        if (st != QAWL_OK) {
            ck_assert_int_eq(st, QAWL_ERR_NOMEM);
            ck_assert_int_eq(err.code, QAWL_ERR_NOMEM);
            failed++;
        } else {
            ck_assert_uint_eq(doc->quotes.v[0].evidence.n, 2);
        }
        qawl_result_free(doc);
    }
    ck_assert_int_ge(failed, 2);
}
END_TEST

/* ------------------------------------------------------- table of cases */

static const struct {
    const char *sentence;
    qawl_stance expected;
} cases[] = {
    {"ندعو إلى وقف فوري لإطلاق النار", QAWL_STANCE_DEESCALATION},
    {"سنرد بقوة على هذا العدوان", QAWL_STANCE_ESCALATION},
    {"نطالب لوقف إطلاق النار", QAWL_STANCE_DEESCALATION},
    {"لا نسعى إلى حرب شاملة", QAWL_STANCE_DEESCALATION},
    {"ليس هدفنا حربا شاملة", QAWL_STANCE_DEESCALATION},
    {"لن نسمح بحرب شاملة", QAWL_STANCE_DEESCALATION},
    {"لن نسمح بذلك", QAWL_STANCE_ESCALATION},
    {"لا نريد الحرب", QAWL_STANCE_DEESCALATION},
    {"نرفض وقف إطلاق النار", QAWL_STANCE_ESCALATION},
    /* "Still" is no negation; a plan stated after its object frames it. */
    {"لا تزال اللجنة منخرطة في حوار مباشر مع السلطات",
     QAWL_STANCE_DEESCALATION},
    {"الهجوم سوف يستهدف في البداية الأجزاء الجنوبية", QAWL_STANCE_ESCALATION},
    {"أجريت له عملية استئصال الطحال", QAWL_STANCE_NEUTRAL},
    /* A personal name joined by a particle carries no stance, unless a
     * stance phrase begins with the particle; condemning a crime while
     * calling it criminal is still a condemnation. */
    {"التقى الوزير أمس صلاح عبد السلام", QAWL_STANCE_NEUTRAL},
    {"الحرب مع إيران ستكون أم الحروب", QAWL_STANCE_ESCALATION},
    {"أدين بقوة الإعدام الإجرامي للمعتقلين", QAWL_STANCE_DEESCALATION},
    /* Putting an end to the war, called for: the ending frames it. */
    {"يجب وضع حد للحرب المدمرة على الشعب", QAWL_STANCE_DEESCALATION},
    {"لن نقبل بهدنة", QAWL_STANCE_ESCALATION},
    {"نحذر من اتساع الحرب", QAWL_STANCE_DEESCALATION},
    {"نريد التهدئة لكن سنرد بقوة", QAWL_STANCE_ESCALATION},
    {"سنرد بقوة لكن نريد وقف إطلاق النار", QAWL_STANCE_DEESCALATION},
    {"نريد التهدئة وسنرد", QAWL_STANCE_NEUTRAL},
    /* One plain topic word is not a stance. */
    {"ناقش الوزراء الاتفاق أمس", QAWL_STANCE_NEUTRAL},
    {"تحدثنا عن الحرب طويلا", QAWL_STANCE_NEUTRAL},
    {"يجب إدخال المساعدات الإنسانية", QAWL_STANCE_DEESCALATION},
    {"وصل الوفد إلى المطار صباح الأحد", QAWL_STANCE_NEUTRAL},
    {"ارتفعت درجات الحرارة اليوم", QAWL_STANCE_NEUTRAL},
    /* Exceptions after a negation, and plain exceptions. */
    {"لا سلام دون حل عادل", QAWL_STANCE_DEESCALATION},
    {"لن يكون هناك استقرار بدون حل سياسي", QAWL_STANCE_DEESCALATION},
    {"لا هدنة قبل القضاء على العدو", QAWL_STANCE_ESCALATION},
    {"نأمل ألا تتسع الحرب الشاملة", QAWL_STANCE_DEESCALATION},
    /* Military descriptions without a vow stay neutral. */
    {"نفذت الطائرات غارات وقصفا مدفعيا على المنطقة", QAWL_STANCE_NEUTRAL},
    {"شارك في المناورات آلاف العسكريين", QAWL_STANCE_NEUTRAL},
    {"ستنطلق المحادثات الأسبوع المقبل", QAWL_STANCE_NEUTRAL},
    /* Naming an atrocity is an accusation, not a threat: de-escalation
     * (GUIDELINES.md), and so is preventing one. */
    {"ما يجري تطهير عرقي", QAWL_STANCE_DEESCALATION},
    {"نعمل على منع الإبادة الجماعية", QAWL_STANCE_DEESCALATION},
    /* Conditions to end the war reject ending it; staying in a deal is a
     * commitment. */
    {"لن تتوقف العمليات حتى عودة جميع المحتجزين", QAWL_STANCE_ESCALATION},
    {"سنبقى في الاتفاق ما دام الآخرون ملتزمين به", QAWL_STANCE_DEESCALATION},
    /* Not wanting a confrontation, in the third person and with words
     * between (a pattern); sanctions reported are no position. */
    {"إيران لا تريد أن تدخل في مواجهة عسكرية مع إسرائيل",
     QAWL_STANCE_DEESCALATION},
    {"انتقد الوزير فرض عقوبات على الشركات", QAWL_STANCE_NEUTRAL},
    /* ... but a policy of maximum pressure, a plan or a promise of them is
     * a position. */
    {"سنواصل ممارسة أقصى الضغوط ونعد لإضافة عقوبات جديدة",
     QAWL_STANCE_ESCALATION},
    {"ستكون ثمة عقوبات إضافية على المسؤولين", QAWL_STANCE_ESCALATION},
    /* Aid denied is the siege described, not a refusal by the speaker;
     * refused in a threat it is one. */
    {"الحصار يمنع وصول المساعدات الإنسانية إلى الشمال", QAWL_STANCE_NEUTRAL},
    /* A term joined by و right after a negator is its fellow, not its
     * object; a word that begins with و (وقف) is no conjunction. */
    {"نرفض وندين الاعتداء على المدنيين", QAWL_STANCE_DEESCALATION},
    {"ندعو إلى وقف وإنهاء الحرب", QAWL_STANCE_DEESCALATION},
    {"نرفض وقف إطلاق النار", QAWL_STANCE_ESCALATION},
    /* "Still" is no negation; a plan stated after its object frames it. */
    {"لا تزال اللجنة منخرطة في حوار مباشر مع السلطات",
     QAWL_STANCE_DEESCALATION},
    {"الهجوم سوف يستهدف في البداية الأجزاء الجنوبية", QAWL_STANCE_ESCALATION},
    {"أجريت له عملية استئصال الطحال", QAWL_STANCE_NEUTRAL},
    /* A personal name joined by a particle carries no stance, unless a
     * stance phrase begins with the particle; condemning a crime while
     * calling it criminal is still a condemnation. */
    {"التقى الوزير أمس صلاح عبد السلام", QAWL_STANCE_NEUTRAL},
    {"الحرب مع إيران ستكون أم الحروب", QAWL_STANCE_ESCALATION},
    {"أدين بقوة الإعدام الإجرامي للمعتقلين", QAWL_STANCE_DEESCALATION},
    /* Putting an end to the war, called for: the ending frames it. */
    {"يجب وضع حد للحرب المدمرة على الشعب", QAWL_STANCE_DEESCALATION},
    /* Engagement. */
    {"قررت الحكومة تعيين سفير في العاصمة", QAWL_STANCE_DEESCALATION},
    {"نطالب برفع الحظر", QAWL_STANCE_DEESCALATION},
};

#define NCASES ((int)(sizeof cases / sizeof cases[0]))

START_TEST(test_table)
{
    qawl_stance st;
    double s = score_of(cases[_i].sentence, &st);

    ck_assert_msg(st == cases[_i].expected,
                  "'%s': got %s (score %.3f), expected %s",
                  cases[_i].sentence, qawl_stance_name(st), s,
                  qawl_stance_name(cases[_i].expected));
}
END_TEST

/* ------------------------------------------------------------ end to end */

/* Analyses `وقال المتحدث "SENTENCE".` and returns the result, asserting
 * that it yields one quote whose text is SENTENCE. */
static qawl_result *analyze_said(const char *sentence, char *buf,
                                 size_t size)
{
    qawl_error err;
    qawl_result *r;

    memset(&err, 0, sizeof err);
    snprintf(buf, size, "وقال المتحدث \"%s\".\n", sentence);
    r = qawl_analyze(lex, buf, strlen(buf), 0, &err);
    ck_assert_msg(r != NULL, "qawl_analyze: %s", err.message);
    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    return r;
}

START_TEST(test_e2e_deescalation)
{
    char buf[256];
    const char *sentence = "ندعو إلى وقف فوري لإطلاق النار";
    const char *want = "وقف فوري لإطلاق النار";
    qawl_result *r = analyze_said(sentence, buf, sizeof buf);
    const qawl_quote *q = qawl_result_quote(r, 0);
    size_t start = 0, end = 0;
    double s = 0.0;
    const char *term;

    ck_assert_int_eq(qawl_quote_stance(q, &s), QAWL_STANCE_DEESCALATION);
    ck_assert(s > 0.0);
    ck_assert_uint_eq(qawl_quote_evidence_count(q), 1);
    term = qawl_quote_evidence(q, 0, &start, &end, NULL, NULL);
    ck_assert_str_eq(term, want);
    /* The offsets point into the analysed input. */
    ck_assert_uint_eq(end - start, strlen(want));
    ck_assert(memcmp(buf + start, want, strlen(want)) == 0);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_e2e_escalation)
{
    char buf[256];
    qawl_result *r = analyze_said("سنرد بقوة على هذا العدوان", buf,
                                  sizeof buf);
    double s = 0.0;

    ck_assert_int_eq(qawl_quote_stance(qawl_result_quote(r, 0), &s),
                     QAWL_STANCE_ESCALATION);
    ck_assert(s < 0.0);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_e2e_neutral)
{
    char buf[256];
    qawl_result *r = analyze_said("وصل الوفد إلى المطار صباح الأحد", buf,
                                  sizeof buf);
    const qawl_quote *q = qawl_result_quote(r, 0);

    ck_assert_int_eq(qawl_quote_stance(q, NULL), QAWL_STANCE_NEUTRAL);
    ck_assert_uint_eq(qawl_quote_evidence_count(q), 0);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_speaker_terms)
{
    /* A speaker's terms are summed over its quotes and ranked by weight. */
    const char *text =
        "وقال الوزير سامي الحداد \"ندعو إلى وقف إطلاق النار فورا\".\n"
        "وأضاف \"وقف إطلاق النار هو الأولوية\".\n";
    qawl_error err;
    qawl_result *r;
    const qawl_speaker *s;
    double w;
    size_t n;
    const char *term;

    memset(&err, 0, sizeof err);
    r = qawl_analyze(lex, text, strlen(text), 0, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(qawl_result_speaker_count(r), 1);
    s = qawl_result_speaker(r, 0);
    ck_assert_uint_ge(qawl_speaker_term_count(s), 1);
    term = qawl_speaker_term(s, 0, &w, &n);
    ck_assert_ptr_nonnull(term);
    ck_assert(strstr(term, "إطلاق") != NULL);
    ck_assert_uint_eq(n, 2);
    ck_assert(w > 0);
    ck_assert_ptr_null(qawl_speaker_term(s, qawl_speaker_term_count(s), NULL,
                                         NULL));
    qawl_result_free(r);
}
END_TEST

/* A speaker's terms show a pattern entry by the words it matched, and
 * leave out what weighs nothing: a name (masked) and a plain report. */
START_TEST(test_speaker_terms_explained)
{
    const char *text =
        "وقال المتحدث باسم الحركة \"إننا لا نريد أبدا أي مواجهة شاملة\".\n"
        "وأضاف \"قصف الطيران مستشفى كمال عدوان\".\n";
    qawl_error err;
    qawl_result *r;
    const qawl_speaker *s;
    size_t k;

    memset(&err, 0, sizeof err);
    r = qawl_analyze(lex, text, strlen(text), 0, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_ge(qawl_result_speaker_count(r), 1);
    s = qawl_result_speaker(r, 0);
    ck_assert_uint_eq(qawl_speaker_term_count(s), 1);
    for (k = 0; k < qawl_speaker_term_count(s); k++) {
        double w = 0.0;
        const char *term = qawl_speaker_term(s, k, &w, NULL);
        ck_assert_msg(term[0] != '/', "pattern source shown: %s", term);
        ck_assert(strstr(term, "عدوان") == NULL);
        ck_assert(w != 0.0);
    }
    ck_assert(strstr(qawl_speaker_term(s, 0, NULL, NULL), "مواجهة") != NULL);
    qawl_result_free(r);
}
END_TEST

/* ----------------------------------------------------------------- suite */

static TCase *rule_case(const char *name)
{
    TCase *tc = tcase_create(name);

    tcase_add_unchecked_fixture(tc, lex_setup, lex_teardown);
    return tc;
}

static Suite *stance_suite(void)
{
    Suite *s = suite_create("stance");
    TCase *tc;

    tc = rule_case("rules");
    tcase_add_test(tc, test_plain_deescalation);
    tcase_add_test(tc, test_plain_escalation);
    tcase_add_test(tc, test_multiword_clitic);
    tcase_add_test(tc, test_negation_flip);
    tcase_add_test(tc, test_negator_inside_term);
    tcase_add_test(tc, test_dual_negator);
    tcase_add_test(tc, test_negation_bounds);
    tcase_add_test(tc, test_intensifier);
    tcase_add_test(tc, test_hedge);
    tcase_add_test(tc, test_contrast);
    tcase_add_test(tc, test_condition);
    tcase_add_test(tc, test_exception);
    tcase_add_test(tc, test_ending);
    tcase_add_test(tc, test_topic_pooling);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_laqad);
    tcase_add_test(tc, test_neutral);
    tcase_add_test(tc, test_evidence);
    tcase_add_test(tc, test_motivating);
    tcase_add_test(tc, test_empty_quote);
    tcase_add_test(tc, test_nomem);
    suite_add_tcase(s, tc);

    tc = rule_case("table");
    tcase_add_loop_test(tc, test_table, 0, NCASES);
    suite_add_tcase(s, tc);

    tc = rule_case("end-to-end");
    tcase_add_test(tc, test_frame_report);
    tcase_add_test(tc, test_frame_positional);
    tcase_add_test(tc, test_frame_against);
    tcase_add_test(tc, test_names_masked);
    tcase_add_test(tc, test_pattern_bounded);
    tcase_add_test(tc, test_pattern_word_boundary);
    tcase_add_test(tc, test_pattern_letter_masks);
    tcase_add_test(tc, test_pattern_memo);
    tcase_add_test(tc, test_e2e_deescalation);
    tcase_add_test(tc, test_e2e_escalation);
    tcase_add_test(tc, test_e2e_neutral);
    tcase_add_test(tc, test_speaker_terms);
    tcase_add_test(tc, test_speaker_terms_explained);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(stance_suite());
    int failed;

    srunner_run_all(sr, CK_ENV);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
