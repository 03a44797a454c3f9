/*
 * qawl.h — find, attribute and score the quotes of Arabic news text.
 *
 * The only public header of libqawl.  All types are opaque; results are
 * read through accessor functions.  Ownership is simple:
 *
 *   - qawl_lexicon_load() returns a lexicon set the caller frees with
 *     qawl_lexicon_free().  A lexicon set is read-only once loaded and may be
 *     shared by any number of threads analysing documents at once.
 *   - qawl_analyze() returns a result the caller frees with
 *     qawl_result_free().  Every pointer obtained from a result (quotes,
 *     speakers, strings, evidence) is borrowed and stays valid until that
 *     result is freed.
 *
 * Errors are returned, never printed: functions that can fail take an
 * optional caller-owned qawl_error (NULL is accepted) that receives the
 * first error with its file, line, column and byte offset.
 *
 * Offsets: every span is a half-open range [start, end) of UTF-8 byte
 * offsets into the exact bytes passed to qawl_analyze(), BOM included.
 */
#ifndef QAWL_H
#define QAWL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Status codes.  QAWL_OK is 0; every other value is an error. */
typedef enum {
    QAWL_OK = 0,
    QAWL_ERR_NOMEM,   /**< an allocation failed */
    QAWL_ERR_IO,      /**< a file could not be read */
    QAWL_ERR_UTF8,    /**< the input is not valid UTF-8 */
    QAWL_ERR_LEXICON, /**< a lexicon file is malformed */
    QAWL_ERR_ICU,     /**< an ICU call failed */
    QAWL_ERR_PCRE2,   /**< a pattern failed to compile */
    QAWL_ERR_ARG      /**< an argument was invalid (NULL, out of range) */
} qawl_status;

/** Longest text (with its NUL) kept in qawl_error's file and message. */
#define QAWL_ERROR_TEXT 256

/**
 * Error details, filled by the first failure of a call.  The caller owns the
 * struct (usually on its stack).  line and column are 1-based and 0 when
 * they do not apply; offset is a byte offset in the file or input.
 */
typedef struct qawl_error {
    qawl_status code;
    char file[QAWL_ERROR_TEXT];
    unsigned long line;
    unsigned long column;
    size_t offset;
    char message[QAWL_ERROR_TEXT];
} qawl_error;

/** Returns static English text for a status code.  Never NULL. */
const char *qawl_status_string(qawl_status status);

/** The version of this header, as in jansson and cmark: compare
 *  QAWL_VERSION_NUMBER ((MAJOR << 16) | (MINOR << 8) | PATCH) at compile
 *  time, and qawl_version() at run time for the library actually loaded.
 *  configure.ac's AC_INIT and tests/check_api.c keep them in step. */
#define QAWL_VERSION_MAJOR 0
#define QAWL_VERSION_MINOR 1
#define QAWL_VERSION_PATCH 0
#define QAWL_VERSION "0.1.0"
#define QAWL_VERSION_NUMBER \
    ((QAWL_VERSION_MAJOR << 16) | (QAWL_VERSION_MINOR << 8) | QAWL_VERSION_PATCH)

/** Returns the version of the library that runs, "MAJOR.MINOR.PATCH"
 *  (static text); it may differ from QAWL_VERSION, the header's. */
const char *qawl_version(void);

/* ---------------------------------------------------------------- lexicons */

typedef struct qawl_lexicon qawl_lexicon;

/**
 * Returns the lexicon directory compiled into the library (the installed
 * $(datadir)/qawl/lexicons).  Static text, never NULL.
 */
const char *qawl_lexicon_default_dir(void);

/**
 * Loads and compiles every lexicon file of directory DIR.  DIR NULL means
 * the directory named by the environment variable QAWL_LEXICONS when it is
 * set and not empty (so a staged install, make install DESTDIR=..., can be
 * tried), else the default directory, qawl_lexicon_default_dir().  Returns a new lexicon set, or NULL on failure with
 * ERR naming the file, line and column.  Caller frees with
 * qawl_lexicon_free().
 */
qawl_lexicon *qawl_lexicon_load(const char *dir, qawl_error *err);

/**
 * Adds the entries of one more lexicon file (a user lexicon, same format;
 * its "#+kind:" header says which category it extends).  An entry whose
 * folded form already exists in that category replaces it.  Returns QAWL_OK
 * or an error described in ERR (QAWL_ERR_IO when PATH is not a regular
 * file of at most 64 MiB: a FIFO, a device).  Must not be called while another thread
 * analyses with LEX.
 */
qawl_status qawl_lexicon_add_file(qawl_lexicon *lex, const char *path,
                                  qawl_error *err);

/** Number of entries loaded, over all categories. */
size_t qawl_lexicon_size(const qawl_lexicon *lex);

/** Frees a lexicon set.  qawl_lexicon_free(NULL) does nothing. */
void qawl_lexicon_free(qawl_lexicon *lex);

/* ---------------------------------------------------------------- analysis */

typedef struct qawl_result qawl_result;
typedef struct qawl_quote qawl_quote;
typedef struct qawl_speaker qawl_speaker;

/** Options for qawl_analyze(), or-ed together. */
enum {
    QAWL_OPT_DEFAULT = 0,
    /** Replace invalid UTF-8 with U+FFFD (in the analysis only; offsets
     *  still point into the original bytes) instead of failing. */
    QAWL_OPT_REPAIR_UTF8 = 1 << 0,
    /** The text is a Markdown draft: front matter, code and markup are
     *  left out of the analysis (offsets still point into the file). */
    QAWL_OPT_MARKDOWN = 1 << 1,
    /** The text is an HTML draft: tags, comments, scripts and styles are
     *  left out and character references read as characters. */
    QAWL_OPT_HTML = 1 << 2,
    /** Time each stage of the analysis (qawl_result_stage_seconds()). */
    QAWL_OPT_PROFILE = 1 << 3
};

/** The stages of qawl_analyze(), in the order they run. */
typedef enum {
    QAWL_STAGE_LOAD,        /**< UTF-8 validation, lines, markup */
    QAWL_STAGE_NORMALIZE,   /**< folding, with the offset map */
    QAWL_STAGE_SEGMENT,     /**< tokens, sentences, quotation marks */
    QAWL_STAGE_CUES,        /**< reporting verbs and other cues */
    QAWL_STAGE_QUOTES,      /**< quote spans */
    QAWL_STAGE_ACTS,        /**< acts: calls, warnings, denials ... */
    QAWL_STAGE_SOURCES,     /**< each quote's source phrase */
    QAWL_STAGE_ENTITIES,    /**< mentions clustered into speakers */
    QAWL_STAGE_ATTRIBUTE,   /**< attribution */
    QAWL_STAGE_STANCE,      /**< stance scoring */
    QAWL_STAGE_FINISH,      /**< input offsets, texts, speakers */
    QAWL_STAGE_COUNT
} qawl_stage;

/** The short name of STAGE ("load", "normalize", ...), or "?". */
const char *qawl_stage_name(qawl_stage stage);

/**
 * Analyses one document: LEN bytes of UTF-8 text at TEXT (a BOM and CRLF
 * line ends are accepted; the text need not be NUL-terminated).  Returns a
 * new result, or NULL with ERR filled (QAWL_ERR_UTF8 with the byte offset
 * of the first invalid sequence, QAWL_ERR_NOMEM, ...).  An input of which
 * half or more of the bytes are NUL, control characters (other than tab,
 * line and page breaks) or invalid UTF-8 is not text: it fails with
 * QAWL_ERR_UTF8 ("not text: ...") even with QAWL_OPT_REPAIR_UTF8.  TEXT is
 * copied: the caller may free it at once.  Caller frees the result with
 * qawl_result_free().  Thread-safe for distinct results sharing one LEX.
 */
qawl_result *qawl_analyze(const qawl_lexicon *lex, const char *text,
                          size_t len, unsigned options, qawl_error *err);

/**
 * As qawl_analyze(), but the result takes TEXT instead of copying it:
 * TEXT must come from malloc() and may be larger than LEN bytes (the
 * rest is given back).  TEXT belongs to the library from the call on and
 * is freed in every case, with the result or at once on failure; read the
 * input back with qawl_result_input().  A large input is then not held
 * twice while it is analysed.
 */
qawl_result *qawl_analyze_take(const qawl_lexicon *lex, char *text,
                               size_t len, unsigned options, qawl_error *err);

/** Frees a result and everything borrowed from it.  NULL does nothing. */
void qawl_result_free(qawl_result *result);

/** Wall-clock seconds STAGE took for RESULT; 0 unless the result was
 *  analysed with QAWL_OPT_PROFILE. */
double qawl_result_stage_seconds(const qawl_result *result, qawl_stage stage);

/** The analysed input (borrowed; LEN receives its size in bytes). */
const char *qawl_result_input(const qawl_result *result, size_t *len);

/** Number of quotes found, in text order. */
size_t qawl_result_quote_count(const qawl_result *result);

/** The I-th quote (0-based), or NULL when I is out of range.  Borrowed. */
const qawl_quote *qawl_result_quote(const qawl_result *result, size_t i);

/** Number of quotation marks left without a partner (a stray or
 *  unbalanced mark), in text order. */
size_t qawl_result_unpaired_mark_count(const qawl_result *result);
/** Byte offset of the I-th unpaired mark; LINE and COLUMN (1-based) may be
 *  NULL.  Returns (size_t)-1 when I is out of range. */
size_t qawl_result_unpaired_mark(const qawl_result *result, size_t i,
                                 size_t *line, size_t *column);

/** Number of speaker entities (each has at least one quote or act;
 *  those with quotes come first, in the order they first speak). */
size_t qawl_result_speaker_count(const qawl_result *result);

/** The I-th speaker entity (0-based), or NULL when out of range. */
const qawl_speaker *qawl_result_speaker(const qawl_result *result, size_t i);

/** Quote types. */
typedef enum { QAWL_QUOTE_DIRECT, QAWL_QUOTE_INDIRECT } qawl_quote_type;

/** Speaker kinds. */
typedef enum {
    QAWL_SPEAKER_PERSON,
    QAWL_SPEAKER_ORGANISATION,
    QAWL_SPEAKER_ANONYMOUS
} qawl_speaker_kind;

/** Stance labels. */
typedef enum {
    QAWL_STANCE_NEUTRAL,
    QAWL_STANCE_DEESCALATION,
    QAWL_STANCE_ESCALATION
} qawl_stance;

/** A quote's number, 1-based, unique in its result. */
size_t qawl_quote_id(const qawl_quote *quote);
/** Byte span of the quoted content; START and END may be NULL. */
void qawl_quote_span(const qawl_quote *quote, size_t *start, size_t *end);
/** 1-based line and column (in characters) of the quote's start. */
void qawl_quote_position(const qawl_quote *quote, size_t *line,
                         size_t *column);
/** The quoted text (NUL-terminated, borrowed). */
const char *qawl_quote_text(const qawl_quote *quote);
qawl_quote_type qawl_quote_kind(const qawl_quote *quote);

/** The cue as written ("وقال", ":"), or NULL when the quote has none (a
 *  bare quoted paragraph).  START/END receive its byte span. */
const char *qawl_quote_cue(const qawl_quote *quote, size_t *start,
                           size_t *end);

/** The speaker entity, or NULL when the article gives no source. */
const qawl_speaker *qawl_quote_speaker(const qawl_quote *quote);
/** The mention of the speaker that decided the attribution (borrowed), or
 *  NULL; START/END receive its byte span. */
const char *qawl_quote_mention(const qawl_quote *quote, size_t *start,
                               size_t *end);
/** The attribution rule ("explicit-subject", "continuation", ...). */
const char *qawl_quote_rule(const qawl_quote *quote);
/** Confidence of the attribution in [0, 1]. */
double qawl_quote_confidence(const qawl_quote *quote);

/** Number of candidate speakers the attribution considered, in the order
 *  it tried them (for explaining a decision). */
size_t qawl_quote_candidate_count(const qawl_quote *quote);
/**
 * The I-th candidate: returns the candidate speaker as written (borrowed;
 * NULL when the rule found none), and sets RULE to the rule that proposed
 * it and VERDICT to why it was taken or passed over (static text).
 */
const char *qawl_quote_candidate(const qawl_quote *quote, size_t i,
                                 const char **rule, const char **verdict);

/** Stance label and score in [-1, 1] (positive: toward de-escalation). */
qawl_stance qawl_quote_stance(const qawl_quote *quote, double *score);
/** Number of stance terms found in the quote (weak terms of one sign
 *  count once in the score; see README.md, "Stance"). */
size_t qawl_quote_evidence_count(const qawl_quote *quote);
/**
 * The I-th stance term: returns the term as written (borrowed) and its
 * byte span and signed weight after modifiers; MODIFIER receives the
 * modifier that changed it ("negation", "intensifier", ...) or NULL.
 */
const char *qawl_quote_evidence(const qawl_quote *quote, size_t i,
                                size_t *start, size_t *end, double *weight,
                                const char **modifier);
/**
 * The frame of the I-th stance term: what the speaker does with it
 * ("call", "commitment", "condemnation", "accusation", "warning",
 * "threat", "justification", "praise", "rejection", or "report" for
 * violence reported without a position, which weighs 0), or NULL when
 * none applies.  A term inside a name has the modifier "masked" and
 * weighs 0.
 */
const char *qawl_quote_evidence_frame(const qawl_quote *quote, size_t i);

/* ------------------------------------------------------------------- acts */

/**
 * An act: what a speaker did, not only what they said.  A verb of
 * lexicons/acts.txt followed by a noun phrase, not a content clause
 * ("دعا الأمين العام إلى هدنة": a call).  A clause that is a quote stays a
 * quote: an act never overlaps one.  Acts are attributed by the same rules
 * as quotes and scored by the same stance scorer, with the class's
 * default stance (acts.txt) when the scorer finds nothing that weighs.
 */
typedef struct qawl_act qawl_act;

/** Act classes, the sections of lexicons/acts.txt. */
typedef enum {
    QAWL_ACT_CALL,
    QAWL_ACT_DEMAND,
    QAWL_ACT_WARNING,
    QAWL_ACT_ACCUSATION,
    QAWL_ACT_DENIAL,
    QAWL_ACT_CONDEMNATION,
    QAWL_ACT_THREAT,
    QAWL_ACT_ANNOUNCEMENT,
    QAWL_ACT_WELCOME,
    QAWL_ACT_CLASS_COUNT
} qawl_act_class;

/** Number of acts found, in text order. */
size_t qawl_result_act_count(const qawl_result *result);
/** The I-th act (0-based), or NULL when I is out of range.  Borrowed. */
const qawl_act *qawl_result_act(const qawl_result *result, size_t i);

/** An act's number, 1-based, unique among its result's acts. */
size_t qawl_act_id(const qawl_act *act);
/** The act's class. */
qawl_act_class qawl_act_class_of(const qawl_act *act);
/** The class's name as JSON writes it ("call", "warning", ...), or "?"
 *  when out of range.  Static text. */
const char *qawl_act_class_name(qawl_act_class cls);
/** The whole act's byte span, from the verb's start to the object's
 *  end; START and END may be NULL. */
void qawl_act_span(const qawl_act *act, size_t *start, size_t *end);
/** The verb as written ("ودعا", borrowed); START/END receive its span. */
const char *qawl_act_verb(const qawl_act *act, size_t *start, size_t *end);
/** The object phrase as written (borrowed); START/END receive its span. */
const char *qawl_act_object(const qawl_act *act, size_t *start,
                            size_t *end);
/** 1-based line and column (in characters) of the verb. */
void qawl_act_position(const qawl_act *act, size_t *line, size_t *column);
/** The speaker entity, or NULL when the article gives no source. */
const qawl_speaker *qawl_act_speaker(const qawl_act *act);
/** The mention that decided the attribution (borrowed) or NULL;
 *  START/END receive its byte span. */
const char *qawl_act_mention(const qawl_act *act, size_t *start,
                             size_t *end);
/** The attribution rule, as for quotes ("explicit-subject", ...). */
const char *qawl_act_rule(const qawl_act *act);
/** Confidence of the attribution in [0, 1]. */
double qawl_act_confidence(const qawl_act *act);
/** Candidate speakers considered, as qawl_quote_candidate_count(). */
size_t qawl_act_candidate_count(const qawl_act *act);
/** The I-th candidate, as qawl_quote_candidate(). */
const char *qawl_act_candidate(const qawl_act *act, size_t i,
                               const char **rule, const char **verdict);
/** Stance label and score in [-1, 1] of the act (verb and object). */
qawl_stance qawl_act_stance(const qawl_act *act, double *score);
/** Number of stance terms found in the act; 0 when the class's default
 *  decided. */
size_t qawl_act_evidence_count(const qawl_act *act);
/** The I-th stance term, as qawl_quote_evidence(). */
const char *qawl_act_evidence(const qawl_act *act, size_t i, size_t *start,
                              size_t *end, double *weight,
                              const char **modifier);
/** The frame of the I-th stance term, as qawl_quote_evidence_frame(). */
const char *qawl_act_evidence_frame(const qawl_act *act, size_t i);

/** Acts attributed to the speaker entity, in text order. */
size_t qawl_speaker_act_count(const qawl_speaker *speaker);
const qawl_act *qawl_speaker_act(const qawl_speaker *speaker, size_t i);

/** Entity number, 1-based, unique in its result. */
size_t qawl_speaker_id(const qawl_speaker *speaker);
/** Canonical name: the fullest personal name the article gives. */
const char *qawl_speaker_name(const qawl_speaker *speaker);
qawl_speaker_kind qawl_speaker_kind_of(const qawl_speaker *speaker);
/** 0 when a person is only ever named by a title (every word of every
 *  mention a title, office or nisba: قال الوزير), else 1 (also for
 *  organisations and anonymous sources). */
int qawl_speaker_is_named(const qawl_speaker *speaker);
/** The canonical name folded (no vowel marks, one alef, …): the key under
 *  which per-speaker reports merge the same speaker across documents. */
const char *qawl_speaker_key(const qawl_speaker *speaker);
/** Distinct surface forms of the entity's mentions, in text order. */
size_t qawl_speaker_alias_count(const qawl_speaker *speaker);
const char *qawl_speaker_alias(const qawl_speaker *speaker, size_t i);
/** Number of distinct stance terms in the entity's quotes. */
size_t qawl_speaker_term_count(const qawl_speaker *speaker);
/**
 * The I-th stance term of the entity, most characteristic first (largest
 * summed weight, either sign): returns the term as the lexicon writes it
 * (borrowed), its weight summed over the speaker's quotes after modifiers,
 * and how often it occurs.  NULL when I is out of range.
 */
const char *qawl_speaker_term(const qawl_speaker *speaker, size_t i,
                              double *weight, size_t *count);

/** Quotes attributed to the entity, in text order. */
size_t qawl_speaker_quote_count(const qawl_speaker *speaker);
const qawl_quote *qawl_speaker_quote(const qawl_speaker *speaker, size_t i);

/** Static names of enum values, as used in the JSON output. */
const char *qawl_quote_type_name(qawl_quote_type type);
const char *qawl_speaker_kind_name(qawl_speaker_kind kind);
const char *qawl_stance_name(qawl_stance stance);

/* ----------------------------------------------------------------- reports */

/**
 * Output sink for report writers: receives LEN bytes at DATA.  Returns 0
 * on success; any other value stops the writer, which then returns
 * QAWL_ERR_IO.
 */
typedef int (*qawl_sink)(const char *data, size_t len, void *user);

/**
 * A growable string in memory that reports can be written into: pass
 * qawl_buffer_sink as the sink and the buffer as its USER.  Its bytes stay
 * NUL-terminated (the report's own bytes may hold no NUL; the length
 * counts them all).  Made by qawl_buffer_new(), freed by
 * qawl_buffer_free().  Not thread-safe: one buffer per writer.
 */
typedef struct qawl_buffer qawl_buffer;

/** A new, empty buffer, or NULL (out of memory). */
qawl_buffer *qawl_buffer_new(void);

/** A qawl_sink that appends LEN bytes at DATA to the qawl_buffer USER.
 *  Returns 0, or -1 when out of memory (the buffer is then unchanged). */
int qawl_buffer_sink(const char *data, size_t len, void *user);

/** The bytes written so far, NUL-terminated ("" when none).  Borrowed:
 *  valid until the next write to, clear, take or free of BUFFER. */
const char *qawl_buffer_data(const qawl_buffer *buffer);

/** The number of bytes written so far (without the NUL). */
size_t qawl_buffer_length(const qawl_buffer *buffer);

/** Empties BUFFER, keeping its memory for the next report. */
void qawl_buffer_clear(qawl_buffer *buffer);

/**
 * Hands the bytes written so far to the caller and empties BUFFER.
 * Returns a NUL-terminated string the caller frees with free(), with its
 * length in *LEN (when LEN is not NULL); NULL when out of memory.
 */
char *qawl_buffer_take(qawl_buffer *buffer, size_t *len);

/** Frees a buffer and its bytes.  NULL does nothing. */
void qawl_buffer_free(qawl_buffer *buffer);

/** Report formats. */
typedef enum {
    QAWL_FORMAT_JSON,  /**< one "qawl/1" JSON object for all documents */
    QAWL_FORMAT_JSONL, /**< one document object per line */
    QAWL_FORMAT_TEXT,  /**< human-readable text */
    QAWL_FORMAT_MD,    /**< Markdown tables (speaker reports) */
    QAWL_FORMAT_CSV,   /**< RFC 4180 CSV, one row per quote (speaker reports) */
    QAWL_FORMAT_GITHUB, /**< GitHub Actions workflow commands (audits) */
    QAWL_FORMAT_SARIF, /**< SARIF 2.1.0 (audits) */
    QAWL_FORMAT_HTML   /**< one self-contained HTML page (speaker reports) */
} qawl_format;

typedef struct qawl_writer qawl_writer;

/**
 * Starts a document report in FORMAT (JSON, JSON Lines or text) that writes
 * through SINK.  Returns a new writer, or NULL when out of memory or for a
 * format documents are not reported in (MD, CSV: see the speaker report).
 * Caller frees with qawl_writer_free() after qawl_writer_finish().
 */
qawl_writer *qawl_writer_new(qawl_format format, qawl_sink sink, void *user);

/**
 * Adds one document to the report: its PATH (as the user named it), its
 * RESULT, or, when the document failed, RESULT NULL and the ERROR that
 * failed it (the document is still reported, with its error).
 */
qawl_status qawl_writer_add(qawl_writer *writer, const char *path,
                            const qawl_result *result,
                            const qawl_error *error);

/** Writer options, or-ed together. */
enum {
    /** Text format: show, for each quote, the candidate speakers the
     *  attribution considered and why the chosen one won. */
    QAWL_WRITE_EXPLAIN = 1 << 0,
    /** Write each document alone, without the report's framing (the JSON
     *  header, commas and closing, the lines between text documents): its
     *  bytes are for qawl_writer_add_serialized() of another writer, so
     *  threads can serialise documents while one writer keeps the order. */
    QAWL_WRITE_FRAGMENT = 1 << 1
};

/** Sets the writer options (QAWL_WRITE_*). */
void qawl_writer_set_options(qawl_writer *writer, unsigned options);

/** Restricts the report to the quote whose id is ID (0: all quotes). */
void qawl_writer_only_quote(qawl_writer *writer, size_t id);

/** Text format: restricts the report to the act whose id is ID (0: all
 *  acts; a restriction to one quote shows no act, and this one no
 *  quote). */
void qawl_writer_only_act(qawl_writer *writer, size_t id);

/** Adds a document already serialised by a QAWL_WRITE_FRAGMENT writer of
 *  the same format: LEN bytes at DATA, framed like qawl_writer_add(). */
qawl_status qawl_writer_add_serialized(qawl_writer *writer, const char *data,
                                       size_t len);

/** Closes the report (e.g. the JSON array).  Returns QAWL_OK or
 *  QAWL_ERR_IO when the sink failed. */
qawl_status qawl_writer_finish(qawl_writer *writer);

/** Frees a writer.  NULL does nothing. */
void qawl_writer_free(qawl_writer *writer);

/**
 * Writes the decisions of STAGE for RESULT to SINK, one record a line:
 * for QAWL_STAGE_SOURCES each quote's cue, every rule tried for its
 * source phrase with its verdict and extent, and the phrase taken with
 * its parse; for QAWL_STAGE_ENTITIES each entity with its canonical name,
 * its mentions, quotes and acts; for QAWL_STAGE_ACTS each act's class,
 * verb and object, and the rules tried for its source phrase.  Spans are input byte offsets [start,end); texts are
 * JSON strings.  For reading (`qawl analyze --dump`), not a stable
 * format.  QAWL_ERR_ARG for another stage, QAWL_ERR_IO when SINK fails.
 */
qawl_status qawl_write_dump(const qawl_result *result, qawl_stage stage,
                            qawl_sink sink, void *user, qawl_error *err);

/* --------------------------------------------------------- speaker report */

/**
 * A per-speaker report across many documents: each speaker (merged by
 * qawl_speaker_key() and kind) with its aliases, number of documents and
 * quotes, stance mean and label counts, most characteristic terms, and
 * every quote with its document, line and stance.  Reports merge: the
 * JSON of a report ("qawl-speakers/1") can be added back, so a report over
 * an archive is a map step (one report per shard) plus a reduce step
 * (merging them); merging is associative and commutative.
 */
typedef struct qawl_speaker_report qawl_speaker_report;

/** A new, empty report, or NULL (out of memory).  Free with
 *  qawl_speaker_report_free(). */
qawl_speaker_report *qawl_speaker_report_new(void);

/** Adds the speakers and quotes of document PATH's RESULT. */
qawl_status qawl_speaker_report_add(qawl_speaker_report *report,
                                    const char *path,
                                    const qawl_result *result);

/**
 * Merges a report saved as JSON (LEN bytes at JSON, from
 * qawl_speaker_report_write() with QAWL_FORMAT_JSON) into REPORT.
 * Returns QAWL_ERR_ARG with ERR describing the first problem (line and
 * column of a JSON error) when JSON is not such a report.
 */
qawl_status qawl_speaker_report_merge(qawl_speaker_report *report,
                                      const char *json, size_t len,
                                      qawl_error *err);

/**
 * Writes REPORT in FORMAT: QAWL_FORMAT_JSON (mergeable), QAWL_FORMAT_MD
 * (a table per speaker), QAWL_FORMAT_CSV (one row per quote; columns in
 * README.md) or QAWL_FORMAT_HTML (one self-contained page: the speakers
 * with stance bars, then each article added with qawl_speaker_report_add,
 * its quotes highlighted; merged reports carry no article text).  Speakers come by number of quotes, then key; quotes by
 * document, line and column: the same input gives the same bytes.
 */
qawl_status qawl_speaker_report_write(const qawl_speaker_report *report,
                                      qawl_format format, qawl_sink sink,
                                      void *user);

/** Frees a report.  NULL does nothing. */
void qawl_speaker_report_free(qawl_speaker_report *report);

/* ------------------------------------------------------------------ audit */

/** Severity of an audit finding; QAWL_SEVERITY_OFF disables a rule. */
typedef enum {
    QAWL_SEVERITY_OFF,
    QAWL_SEVERITY_NOTE,
    QAWL_SEVERITY_WARNING,
    QAWL_SEVERITY_ERROR
} qawl_severity;

/**
 * An attribution audit: findings over analysed documents, each with a rule
 * id, a severity, a message and file:line:column.  Rules (README.md lists
 * them with their default severities): unattributed-quote,
 * unbalanced-quote-mark, low-confidence-attribution, anonymous-source,
 * inconsistent-speaker-name, distant-continuation, title-only-speaker.
 */
typedef struct qawl_audit qawl_audit;

/** A new audit with the default severities, or NULL (out of memory).
 *  Free with qawl_audit_free(). */
qawl_audit *qawl_audit_new(void);

/** Sets the severity of RULE; QAWL_ERR_ARG when there is no such rule. */
qawl_status qawl_audit_set_severity(qawl_audit *audit, const char *rule,
                                    qawl_severity severity);

/** Attributions below CONFIDENCE (default 0.6) are low-confidence. */
void qawl_audit_set_min_confidence(qawl_audit *audit, double confidence);

/** Audits document PATH's RESULT and keeps its findings. */
qawl_status qawl_audit_add(qawl_audit *audit, const char *path,
                           const qawl_result *result);

/** Number of findings at SEVERITY or above. */
size_t qawl_audit_count(const qawl_audit *audit, qawl_severity severity);

/** Writes the findings in FORMAT: QAWL_FORMAT_TEXT (file:line:col:
 *  severity: message [rule]), QAWL_FORMAT_GITHUB, QAWL_FORMAT_SARIF or
 *  QAWL_FORMAT_JSON. */
qawl_status qawl_audit_write(const qawl_audit *audit, qawl_format format,
                             qawl_sink sink, void *user);

/** Name of a severity ("error", "warning", "note", "off"); static. */
const char *qawl_severity_name(qawl_severity severity);

/** Frees an audit.  NULL does nothing. */
void qawl_audit_free(qawl_audit *audit);

#ifdef __cplusplus
}
#endif

#endif /* QAWL_H */
