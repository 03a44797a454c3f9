/*
 * segment.c — stage 3: tokens, sentences, paragraphs and quotation marks.
 *
 * Input: doc->norm.  Output: doc->tokens (words, punctuation, quotation
 * marks, line breaks), doc->sentences, and doc->marked (pairs of quotation
 * marks).  A word token also carries its lexicon keys: the word with the
 * clitics of clitics.txt stripped (و ف, then ب ل ك, then ال), least
 * stripped first, each already looked up in the lexicon index, so later
 * stages match words without hashing again.
 *
 * Sentences end at . ! ? ؟ … (a dot between digits is not an end) and at
 * line breaks; a line is a paragraph.  Quotation marks pair by kind: « »,
 * “ ”, „ ”, ‹ ›, and straight " marks in order within a paragraph.  A mark
 * left open at the end of a paragraph pairs across the break only when the
 * next paragraph opens with a mark (the press convention for a quotation
 * that runs over paragraphs); otherwise it stays unpaired, so a stray mark
 * never swallows the rest of the article.
 */
#include <config.h>

#include <string.h>
#include <unicode/uchar.h>

#include "internal.h"

int qawlp_is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp >= 0x0621 && cp <= 0x064A)
        return 1;
    return u_isalnum((UChar32)cp) || u_charType((UChar32)cp) == U_NON_SPACING_MARK;
}

/* qawlp_utf8_decode of valid text, with ASCII and two-byte characters
 * (all Arabic letters) decoded in line: it runs several times a word. */
static inline int decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n >= 1 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (n >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && (s[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    return qawlp_utf8_decode(s, n, cp);
}

static uint8_t qmark_kind(uint32_t cp)
{
    switch (cp) {
    case '"': return QAWLP_QM_STRAIGHT;
    case 0x00AB: return QAWLP_QM_GUIL_OPEN;
    case 0x00BB: return QAWLP_QM_GUIL_CLOSE;
    case 0x201C: case 0x201E: return QAWLP_QM_CURLY_OPEN;
    case 0x201D: return QAWLP_QM_CURLY_CLOSE;
    case 0x2039: return QAWLP_QM_SGUIL_OPEN;
    case 0x203A: return QAWLP_QM_SGUIL_CLOSE;
    default: return 0;
    }
}

/* The variants of one word while it is read: their slots go to
 * doc->var_slots only when some key is in the lexicon. */
typedef struct {
    int32_t slot[QAWLP_MAX_VARIANTS];
} var_slots;

static void add_variant(const qawlp_doc *doc, const qawl_lexicon *lex,
                        qawlp_token *t, var_slots *vs, size_t skip)
{
    const char *w = doc->norm + t->start + skip;
    size_t len = t->end - t->start - skip, art, klen, v;
    const qawlp_slot *s;

    klen = qawlp_strip_article(lex, w, len, &art);
    skip += art;
    for (v = 0; v < t->nvar; v++)
        if (t->var_skip[v] == skip)
            return;
    if (t->nvar == QAWLP_MAX_VARIANTS || skip > 255 || klen > 255)
        return;
    s = qawlp_lexicon_find(lex, doc->norm + t->start + skip, klen);
    t->var_skip[t->nvar] = (uint8_t)skip;
    vs->slot[t->nvar] = s ? (int32_t)(s - lex->slots) : -1;
    t->in_lexicon |= s != NULL;
    t->nvar++;
}

/* Adds the prepositional variants of the word from byte BASE on. */
static void add_prep_variants(const qawlp_doc *doc, const qawl_lexicon *lex,
                              qawlp_token *t, var_slots *vs, size_t base)
{
    const unsigned char *w = (const unsigned char *)doc->norm + t->start;
    size_t len = t->end - t->start;
    uint32_t c1, c2;
    int n1, n2;

    n1 = decode(w + base, len - base, &c1);
    if (n1 <= 0 || !qawlp_cp_in(c1, lex->prep, lex->nprep) ||
        qawlp_count_chars((const char *)w + base + n1, len - base - n1, 2) < 2)
        return;
    add_variant(doc, lex, t, vs, base + (size_t)n1);
    /* لل + word: the preposition ل ate the article's alef (للحرب = ل +
     * الحرب), so the word after both ل is the key. */
    n2 = decode(w + base + n1, len - base - n1, &c2);
    if (n2 > 0 && lex->article_len > (size_t)n2 &&
        memcmp(lex->article + lex->article_len - n2, w + base + n1,
               (size_t)n2) == 0 &&
        qawlp_count_chars((const char *)w + base + n1 + n2, len - base - n1 - n2, 2) >= 2)
        add_variant(doc, lex, t, vs, base + (size_t)(n1 + n2));
}

/* Fills the variants of word token T; -1 when out of memory. */
static int compute_variants(qawlp_doc *doc, const qawl_lexicon *lex,
                            qawlp_token *t)
{
    const unsigned char *w = (const unsigned char *)doc->norm + t->start;
    size_t len = t->end - t->start, v;
    var_slots vs;
    uint32_t c;
    int n;

    add_variant(doc, lex, t, &vs, 0);
    n = decode(w, len, &c);
    if (n > 0 && qawlp_cp_in(c, lex->conj, lex->nconj) &&
        qawlp_count_chars((const char *)w + n, len - (size_t)n, 2) >= 2) {
        t->conj = (uint8_t)n;
        add_variant(doc, lex, t, &vs, (size_t)n);
        add_prep_variants(doc, lex, t, &vs, (size_t)n);
    }
    add_prep_variants(doc, lex, t, &vs, 0);
    if (!t->in_lexicon)
        return 0;
    if (doc->var_slots.n > UINT32_MAX - QAWLP_MAX_VARIANTS ||
        (doc->var_slots.n + t->nvar > doc->var_slots.cap &&
         qawlp_reserve((void **)&doc->var_slots.v, &doc->var_slots.cap,
                       doc->var_slots.n + t->nvar, sizeof *doc->var_slots.v)))
        return -1;
    t->slots = (uint32_t)doc->var_slots.n;
    for (v = 0; v < t->nvar; v++)
        doc->var_slots.v[doc->var_slots.n++] = vs.slot[v];
    return 0;
}

/* Whether the N bytes at S open with an Arabic letter U+0621-U+064A. */
static inline int arabic_letter(const unsigned char *s, size_t n)
{
    return n >= 2 && ((s[0] == 0xD8 && s[1] >= 0xA1 && s[1] <= 0xBF) ||
                      (s[0] == 0xD9 && s[1] >= 0x80 && s[1] <= 0x8A));
}

/* Bytes of the word character at S (N left), or 0 when none starts there.
 * ASCII and the Arabic letters U+0621-U+064A, most of a word, are told
 * from their bytes; the rest goes through the decoder and ICU. */
static int word_char_len(const unsigned char *s, size_t n)
{
    uint32_t cp;
    int len;

    if (s[0] < 0x80)
        return qawlp_is_word_cp(s[0]) ? 1 : 0;
    if (n >= 2 && ((s[0] == 0xD8 && s[1] >= 0xA1 && s[1] <= 0xBF) ||
                   (s[0] == 0xD9 && s[1] >= 0x80 && s[1] <= 0x8A)))
        return 2;
    len = decode(s, n, &cp);
    return len > 0 && qawlp_is_word_cp(cp) ? len : 0;
}

static int is_sentence_end(const qawlp_doc *doc, uint32_t cp, size_t at,
                           size_t len)
{
    if (cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026)
        return 1;
    if (cp != '.')
        return 0;
    /* العربية.نت and web addresses: a dot glued to the next letter (not
     * to a closing mark, as in «نعم.»). */
    if (at + len < doc->norm_len) {
        uint32_t next;
        int n = decode((const unsigned char *)doc->norm + at + len,
                                  doc->norm_len - at - len, &next);
        if (n > 0 && next >= 0x80 && qawlp_is_word_cp(next))
            return 0;
    }
    /* 2.5 and 1.200 are numbers, not ends. */
    if (at > 0 && at + len < doc->norm_len &&
        doc->norm[at - 1] >= '0' && doc->norm[at - 1] <= '9' &&
        doc->norm[at + len] >= '0' && doc->norm[at + len] <= '9')
        return 0;
    return 1;
}

static qawl_status tokenize(qawlp_doc *doc, const qawl_lexicon *lex)
{
    const unsigned char *s = (const unsigned char *)doc->norm;
    size_t i = 0, n = doc->norm_len;
    uint32_t sentence = 0;
    int pending_end = 0;     /* a sentence end was seen; next word starts one */

    /* News text has a token every 9 or 10 bytes: reserving that many at
     * once spares most of the growing (untouched room costs no memory). */
    if (qawlp_reserve((void **)&doc->tokens.v, &doc->tokens.cap, n / 8 + 16,
                      sizeof *doc->tokens.v))
        return QAWL_ERR_NOMEM;
    /* and about one lexicon slot a token (the words with a key in the
     * lexicons, a variant or two each): grown from 2 it was copied some
     * seven times an article */
    if (qawlp_reserve((void **)&doc->var_slots.v, &doc->var_slots.cap,
                      n / 8 + 16, sizeof *doc->var_slots.v))
        return QAWL_ERR_NOMEM;

    while (i < n) {
        uint32_t cp;
        int len;
        qawlp_token *t;

        if (s[i] == ' ') {       /* a third of the tokens' gaps, no decode */
            i++;
            continue;
        }
        len = decode(s + i, n - i, &cp);
        if (len <= 0) {          /* cannot happen after normalise; be safe */
            i++;
            continue;
        }
        if (pending_end && cp != '\n' && !is_sentence_end(doc, cp, i, (size_t)len) &&
            !qmark_kind(cp) && cp != ')' ) {
            sentence++;
            pending_end = 0;
        }
        t = QAWLP_PUSH(doc->tokens);
        if (t == NULL)
            return QAWL_ERR_NOMEM;
        t->start = (uint32_t)i;
        t->pair = -1;
        /* an Arabic letter, most tokens' first, without the call */
        if ((cp >= 0x0621 && cp <= 0x064A) || qawlp_is_word_cp(cp)) {
            size_t j = i + (size_t)len;
            while (j < n) {
                int l2;
                if (arabic_letter(s + j, n - j)) {     /* most of a word */
                    j += 2;
                    continue;
                }
                l2 = word_char_len(s + j, n - j);
                if (l2 == 0)
                    break;
                j += (size_t)l2;
            }
            t->end = (uint32_t)j;
            t->kind = QAWLP_TOK_WORD;
            t->sentence = sentence;
            if (compute_variants(doc, lex, t))
                return QAWL_ERR_NOMEM;
            i = j;
            continue;
        }
        t->end = (uint32_t)(i + (size_t)len);
        t->cp = cp;
        t->sentence = sentence;
        if (cp == '\n') {
            t->kind = QAWLP_TOK_NEWLINE;
            pending_end = 0;
            sentence++;
        } else if (qmark_kind(cp)) {
            t->kind = QAWLP_TOK_QMARK;
            t->qmark = qmark_kind(cp);
        } else {
            t->kind = QAWLP_TOK_PUNCT;
            if (is_sentence_end(doc, cp, i, (size_t)len))
                pending_end = 1;
        }
        i += (size_t)len;
    }
    return QAWL_OK;
}

static qawl_status build_sentences(qawlp_doc *doc)
{
    size_t i;
    uint32_t paragraph = 0;    /* a line is a paragraph */

    for (i = 0; i < doc->tokens.n; i++) {
        qawlp_token *t = &doc->tokens.v[i];
        qawlp_sentence *s;
        /* Sentence numbers may skip (a newline ends one without a token);
         * renumber densely.  A newline ends its sentence too, so no
         * sentence spans two paragraphs. */
        if (doc->sentences.n == 0 ||
            doc->tokens.v[doc->sentences.v[doc->sentences.n - 1].first].sentence
                != t->sentence) {
            s = QAWLP_PUSH(doc->sentences);
            if (s == NULL)
                return QAWL_ERR_NOMEM;
            s->first = (uint32_t)i;
            s->paragraph = paragraph;
        }
        s = &doc->sentences.v[doc->sentences.n - 1];
        s->last = (uint32_t)i + 1;
        if (t->kind == QAWLP_TOK_NEWLINE)
            paragraph++;
    }
    for (i = 0; i < doc->sentences.n; i++) {
        size_t k;
        for (k = doc->sentences.v[i].first; k < doc->sentences.v[i].last; k++)
            doc->tokens.v[k].sentence = (uint32_t)i;
    }
    return QAWL_OK;
}

/* ------------------------------------------------------ quotation marks */

static int word_at(const qawlp_doc *doc, long i)
{
    return i >= 0 && (size_t)i < doc->tokens.n &&
           doc->tokens.v[i].kind == QAWLP_TOK_WORD;
}

/* Whether the space-free neighbours make a straight mark look like a closer
 * (glued to the word before it, not to the word after it). */
static int looks_closing(const qawlp_doc *doc, size_t i)
{
    const qawlp_token *t = &doc->tokens.v[i];
    int glued_before = i > 0 && doc->tokens.v[i - 1].end == t->start &&
                       doc->tokens.v[i - 1].kind != QAWLP_TOK_NEWLINE;
    int glued_after = i + 1 < doc->tokens.n &&
                      doc->tokens.v[i + 1].start == t->end &&
                      word_at(doc, (long)i + 1);
    return glued_before && !glued_after;
}

static qawl_status pair(qawlp_doc *doc, size_t open, size_t close)
{
    qawlp_marked *m = QAWLP_PUSH(doc->marked);

    if (m == NULL)
        return QAWL_ERR_NOMEM;
    m->open = (uint32_t)open;
    m->close = (uint32_t)close;
    doc->tokens.v[open].pair = (int32_t)close;
    doc->tokens.v[close].pair = (int32_t)open;
    return QAWL_OK;
}

/* Index of the first token of the paragraph after token I, or ntok. */
static size_t next_paragraph(const qawlp_doc *doc, size_t i)
{
    while (i < doc->tokens.n && doc->tokens.v[i].kind != QAWLP_TOK_NEWLINE)
        i++;
    while (i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_NEWLINE)
        i++;
    return i;
}

static int opens_same_kind(uint8_t open, uint8_t mark)
{
    switch (open) {
    case QAWLP_QM_STRAIGHT: return mark == QAWLP_QM_STRAIGHT;
    case QAWLP_QM_GUIL_OPEN: return mark == QAWLP_QM_GUIL_OPEN;
    case QAWLP_QM_CURLY_OPEN:
    case QAWLP_QM_CURLY_CLOSE:
        return mark == QAWLP_QM_CURLY_OPEN || mark == QAWLP_QM_CURLY_CLOSE;
    case QAWLP_QM_SGUIL_OPEN: return mark == QAWLP_QM_SGUIL_OPEN;
    default: return 0;
    }
}

static int closes(uint8_t open, uint8_t mark)
{
    switch (open) {
    case QAWLP_QM_STRAIGHT: return mark == QAWLP_QM_STRAIGHT;
    case QAWLP_QM_GUIL_OPEN: return mark == QAWLP_QM_GUIL_CLOSE;
    /* Arabic text uses “…” and ”…“ alike. */
    case QAWLP_QM_CURLY_OPEN:
    case QAWLP_QM_CURLY_CLOSE:
        return mark == QAWLP_QM_CURLY_CLOSE || mark == QAWLP_QM_CURLY_OPEN;
    case QAWLP_QM_SGUIL_OPEN: return mark == QAWLP_QM_SGUIL_CLOSE;
    default: return 0;
    }
}

#define MAX_OPEN 8

static qawl_status pair_marks(qawlp_doc *doc)
{
    size_t open[MAX_OPEN], nopen = 0, i, reopen_skip = (size_t)-1;

    for (i = 0; i < doc->tokens.n; i++) {
        qawlp_token *t = &doc->tokens.v[i];
        size_t k;

        if (t->kind == QAWLP_TOK_NEWLINE) {
            /* Paragraph end: keep the innermost open mark only if the next
             * paragraph reopens with the same kind of mark.  (Only looked
             * up with a mark open, so runs of blank lines stay linear.) */
            size_t next = nopen > 0 ? next_paragraph(doc, i) : doc->tokens.n;
            if (nopen > 0 && next < doc->tokens.n &&
                doc->tokens.v[next].kind == QAWLP_TOK_QMARK &&
                opens_same_kind(doc->tokens.v[open[nopen - 1]].qmark,
                                doc->tokens.v[next].qmark) &&
                !looks_closing(doc, next)) {
                size_t keep = open[nopen - 1];
                nopen = 1;
                open[0] = keep;
                reopen_skip = next;
            } else {
                nopen = 0;
            }
            continue;
        }
        if (t->kind != QAWLP_TOK_QMARK)
            continue;
        if (i == reopen_skip)
            continue;       /* the reopening mark of a continued quotation */
        for (k = nopen; k > 0; k--)
            if (closes(doc->tokens.v[open[k - 1]].qmark, t->qmark))
                break;
        if (k > 0 && (t->qmark != QAWLP_QM_STRAIGHT || k == nopen)) {
            if (pair(doc, open[k - 1], i) != QAWL_OK)
                return QAWL_ERR_NOMEM;
            nopen = k - 1;
            continue;
        }
        if (t->qmark == QAWLP_QM_GUIL_CLOSE || t->qmark == QAWLP_QM_SGUIL_CLOSE)
            continue;      /* a closer with no opener: stray */
        if (t->qmark == QAWLP_QM_STRAIGHT && looks_closing(doc, i))
            continue;      /* a stray closing straight mark */
        if (nopen < MAX_OPEN)
            open[nopen++] = i;
    }
    return QAWL_OK;
}

qawl_status qawlp_segment_run(qawlp_doc *doc, const qawl_lexicon *lex,
                              qawl_error *err)
{
    if (tokenize(doc, lex) != QAWL_OK || build_sentences(doc) != QAWL_OK ||
        pair_marks(doc) != QAWL_OK)
        return qawlp_error_set(err, QAWL_ERR_NOMEM, NULL, 0, 0, 0,
                               "out of memory");
    return QAWL_OK;
}

int qawlp_is_punct(const qawlp_doc *doc, size_t i, uint32_t cp)
{
    return i < doc->tokens.n && doc->tokens.v[i].kind == QAWLP_TOK_PUNCT &&
           doc->tokens.v[i].cp == cp;
}
