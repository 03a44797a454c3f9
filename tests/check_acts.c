/*
 * check_acts.c — acts (issue 16): what speakers did, not only what they
 * said.  Each class, the object's extent, an act never repeating a quote,
 * the speaker by the quotes' rules (continuation included), the stance
 * with the class's default, and the spans against the input.  Every
 * sentence is written for the test; the names are invented.
 */
#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* A text with one act: its class, verb and object as written, the
 * speaker's canonical name (NULL: none) and the stance label. */
typedef struct {
    const char *name;
    const char *text;
    qawl_act_class cls;
    const char *verb;
    const char *object;
    const char *speaker;
    qawl_stance stance;
} act_case;

static const act_case cases[] = {
    {"call", "ودعا الأمين العام للمنظمة سامر خليل إلى وقف فوري لإطلاق "
     "النار في المدينة.\n", QAWL_ACT_CALL, "ودعا",
     "وقف فوري لإطلاق النار في المدينة", "سامر خليل",
     QAWL_STANCE_DEESCALATION},
    {"demand", "وطالبت وزارة الصحة بإدخال الوقود إلى المستشفيات فورا.\n",
     QAWL_ACT_DEMAND, "وطالبت", "بإدخال الوقود إلى المستشفيات فورا",
     "وزارة الصحة", QAWL_STANCE_DEESCALATION},
    {"warning", "وحذر وزير الداخلية نادر سليم من التصعيد العسكري.\n",
     QAWL_ACT_WARNING, "وحذر", "التصعيد العسكري", "نادر سليم",
     QAWL_STANCE_DEESCALATION},
    /* the subject before the verb; the accused after it, with the charge */
    {"accusation", "الحكومة اتهمت الميليشيا بقصف سوق شعبية.\n",
     QAWL_ACT_ACCUSATION, "اتهمت", "الميليشيا بقصف سوق شعبية",
     "الحكومة", QAWL_STANCE_NEUTRAL},
    {"denial", "ونفت وزارة الدفاع الثلاثاء استهداف سيارة الإسعاف.\n",
     QAWL_ACT_DENIAL, "ونفت", "استهداف سيارة الإسعاف",
     "وزارة الدفاع", QAWL_STANCE_NEUTRAL},
    {"condemnation", "وندد الاتحاد الأوروبي بالهجوم على القافلة.\n",
     QAWL_ACT_CONDEMNATION, "وندد", "بالهجوم على القافلة",
     "الاتحاد الأوروبي", QAWL_STANCE_DEESCALATION},
    {"threat", "وهدد قائد الفصيل بتوسيع العمليات إلى مدن جديدة.\n",
     QAWL_ACT_THREAT, "وهدد", "بتوسيع العمليات إلى مدن جديدة",
     "قائد الفصيل", QAWL_STANCE_ESCALATION},
    {"announcement", "وأعلنت وزارة التربية إغلاق المدارس حتى إشعار آخر.\n",
     QAWL_ACT_ANNOUNCEMENT, "وأعلنت", "إغلاق المدارس حتى إشعار آخر",
     "وزارة التربية", QAWL_STANCE_NEUTRAL},
    {"welcome", "ورحب المبعوث الأممي كريم عادل بالاتفاق على تبادل "
     "الأسرى.\n", QAWL_ACT_WELCOME, "ورحب", "بالاتفاق على تبادل الأسرى",
     "كريم عادل", QAWL_STANCE_DEESCALATION},
};

/* The only act of R, checked to be alone. */
static const qawl_act *only_act(const qawl_result *r)
{
    ck_assert_uint_eq(qawl_result_act_count(r), 1);
    return qawl_result_act(r, 0);
}

START_TEST(test_class)
{
    const act_case *c = &cases[_i];
    qawl_result *r = test_analyze(c->text);
    const qawl_act *a = only_act(r);
    const qawl_speaker *s = qawl_act_speaker(a);

    ck_assert_msg(qawl_act_class_of(a) == c->cls, "%s: class %s", c->name,
                  qawl_act_class_name(qawl_act_class_of(a)));
    ck_assert_str_eq(qawl_act_verb(a, NULL, NULL), c->verb);
    ck_assert_str_eq(qawl_act_object(a, NULL, NULL), c->object);
    if (c->speaker) {
        ck_assert_msg(s != NULL, "%s: no speaker", c->name);
        ck_assert_str_eq(qawl_speaker_name(s), c->speaker);
        ck_assert_uint_eq(qawl_speaker_act_count(s), 1);
        ck_assert_ptr_eq(qawl_speaker_act(s, 0), a);
    }
    ck_assert_msg(qawl_act_stance(a, NULL) == c->stance, "%s: stance %s",
                  c->name, qawl_stance_name(qawl_act_stance(a, NULL)));
    ck_assert_uint_eq(qawl_result_quote_count(r), 0);
    qawl_result_free(r);
}
END_TEST

/* Spans: the verb's and the object's texts are the input's bytes there,
 * the act's span runs from the verb to the object's end, and the
 * position is the verb's. */
START_TEST(test_spans)
{
    const char *text = "قال شاهد إن الطريق مغلق.\n"
                       "وطالبت اللجنة بفتح تحقيق مستقل في الحادث.\n";
    qawl_result *r = test_analyze(text);
    const qawl_act *a = only_act(r);
    size_t vs, ve, os, oe, s, e, line, col;
    const char *verb = qawl_act_verb(a, &vs, &ve);
    const char *object = qawl_act_object(a, &os, &oe);

    qawl_act_span(a, &s, &e);
    ck_assert_uint_eq(strlen(verb), ve - vs);
    ck_assert(memcmp(text + vs, verb, ve - vs) == 0);
    ck_assert_uint_eq(strlen(object), oe - os);
    ck_assert(memcmp(text + os, object, oe - os) == 0);
    ck_assert_uint_eq(s, vs);
    ck_assert_uint_eq(e, oe);
    qawl_act_position(a, &line, &col);
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(col, 1);
    ck_assert_uint_eq(qawl_act_id(a), 1);
    ck_assert_ptr_null(qawl_result_act(r, 1));
    test_check_result(r, text, strlen(text));
    qawl_result_free(r);
}
END_TEST

/* The object runs to the clause's end: over a list joined by commas, but
 * not into the writer's aside, the next cue or the sentence after. */
typedef struct {
    const char *text;
    const char *object;
} extent_case;

static const extent_case extents[] = {
    {"ودعت المنظمة إلى فتح المعابر، وإدخال الغذاء والدواء. وتستمر "
     "الغارات.\n", "فتح المعابر، وإدخال الغذاء والدواء"},
    {"ودعت المنظمة إلى فتح المعابر، في وقت تتواصل فيه الغارات.\n",
     "فتح المعابر"},
    {"وحذرت المنظمة من نفاد الوقود، مؤكدة أن المستشفيات ستتوقف.\n",
     "نفاد الوقود"},
    {"وحذرت المنظمة من نفاد الوقود؛ والمستشفيات مهددة.\n", "نفاد الوقود"},
    /* a time clause of its own after a comma */
    {"وأعلنت الوزارة فتح المعبر، بعدما توقفت الغارات.\n", "فتح المعبر"},
    /* marks that hold no quote hold a term: the object goes through */
    {"ودعت اللجنة إلى «هدنة إنسانية» في الأحياء الشرقية.\n",
     "«هدنة إنسانية» في الأحياء الشرقية"},
};

START_TEST(test_extent)
{
    qawl_result *r = test_analyze(extents[_i].text);

    ck_assert_uint_ge(qawl_result_act_count(r), 1);
    ck_assert_str_eq(qawl_act_object(qawl_result_act(r, 0), NULL, NULL),
                     extents[_i].object);
    qawl_result_free(r);
}
END_TEST

/* A clause that is a quote stays one: no act repeats it, whether the verb
 * takes a content clause, quotation marks, or stands inside a quote; a
 * negated verb is no act either. */
static const char *const not_acts[] = {
    "وحذر الوزير من أن الحرب ستتسع.\n",
    "ونفى الجيش أن يكون قد استهدف المدرسة.\n",
    "وقال الوزير إن الحكومة تدعو إلى الهدوء.\n",
    "وقال المتحدث: \"نطالب بوقف القصف فورا\".\n",
    "ودعت الوزارة إلى أن تتوقف الحرب.\n",
    "لم تدن الوزارة الهجوم.\n",
    "وتوقف القصف بعد الاتفاق الذي أعلنت عنه الوزارة.\n",
    /* the verb of "as X said" names a source; a relative clause cuts
     * the object before what was announced */
    "وارتفع عدد الجرحى إلى مئة، بحسب ما أعلنت الوزارة.\n",
    "وأعلن المتحدث، الذي يقول إنه شاهد القصف، إغلاق الطريق.\n",
};

START_TEST(test_not_act)
{
    qawl_result *r = test_analyze(not_acts[_i]);

    ck_assert_msg(qawl_result_act_count(r) == 0, "%s: %zu act(s), first %s",
                  not_acts[_i], qawl_result_act_count(r),
                  qawl_result_act_count(r)
                      ? qawl_act_verb(qawl_result_act(r, 0), NULL, NULL)
                      : "");
    qawl_result_free(r);
}
END_TEST

/* An act after a quote never overlaps it, and the quote keeps its speaker
 * and its place: acts are decided after every quote. */
START_TEST(test_beside_quote)
{
    const char *text = "وقال الوزير سامي الحداد إن المحادثات مستمرة، "
                       "ودعا إلى ضبط النفس.\n";
    qawl_result *r = test_analyze(text);
    const qawl_quote *q;
    const qawl_act *a;
    size_t qs, qe, as, ae;

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    q = qawl_result_quote(r, 0);
    a = only_act(r);
    qawl_quote_span(q, &qs, &qe);
    qawl_act_span(a, &as, &ae);
    ck_assert_msg(qe <= as || ae <= qs, "act [%zu, %zu) overlaps quote "
                  "[%zu, %zu)", as, ae, qs, qe);
    ck_assert_str_eq(qawl_quote_text(q), "المحادثات مستمرة");
    ck_assert_str_eq(qawl_act_object(a, NULL, NULL), "ضبط النفس");
    ck_assert_ptr_eq(qawl_act_speaker(a), qawl_quote_speaker(q));
    qawl_result_free(r);
}
END_TEST

/* A subjectless act continues the previous speaker, as a quote would; a
 * participle after a comma takes the subject of its sentence. */
START_TEST(test_continuation)
{
    qawl_result *r = test_analyze(
        "وقال وزير الخارجية سامي الحداد إن المحادثات مستمرة.\n"
        "وطالب بالإفراج عن الأسرى.\n");
    const qawl_act *a = only_act(r);

    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)), "سامي الحداد");
    ck_assert_str_eq(qawl_act_rule(a), "continuation");
    ck_assert_ptr_null(qawl_act_mention(a, NULL, NULL));
    ck_assert_uint_gt(qawl_act_candidate_count(a), 0);
    qawl_result_free(r);

    r = test_analyze("وقالت وزارة الصحة إن القافلة وصلت، داعية إلى "
                     "حماية الطواقم الطبية.\n");
    a = only_act(r);
    ck_assert(qawl_act_class_of(a) == QAWL_ACT_CALL);
    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)), "وزارة الصحة");
    qawl_result_free(r);
}
END_TEST

/* A later act of the sentence whose first verb is an act's: that act's
 * object is no subject; the later act takes that act's subject. */
START_TEST(test_sentence_of_acts)
{
    qawl_result *r = test_analyze(
        "وكانت وزارة الدفاع أعلنت تزويد الجيش بمنظومة دفاع جوي جديدة، "
        "بعدما اتهمت الجارة بالمسؤولية عن الهجوم.\n");
    const qawl_act *a;

    ck_assert_uint_eq(qawl_result_act_count(r), 2);
    a = qawl_result_act(r, 1);
    ck_assert(qawl_act_class_of(a) == QAWL_ACT_ACCUSATION);
    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)), "وزارة الدفاع");
    ck_assert_ptr_eq(qawl_act_speaker(a),
                     qawl_act_speaker(qawl_result_act(r, 0)));
    qawl_result_free(r);
}
END_TEST

/* A country after a masculine act verb is its object, the one called
 * on, unless places.txt makes it masculine (gender=m): the speaker is
 * the one before. */
START_TEST(test_place_object)
{
    qawl_result *r = test_analyze(
        "وقال الوزير سامي الحداد إن المحادثات متعثرة.\n"
        "ودعا مصر إلى فتح المعبر أمام الجرحى.\n");
    const qawl_act *a = only_act(r);

    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)), "سامي الحداد");
    ck_assert_str_eq(qawl_act_object(a, NULL, NULL), "فتح المعبر أمام الجرحى");
    qawl_result_free(r);

    r = test_analyze("ودعا العراق إلى فتح المعبر أمام الجرحى.\n");
    a = only_act(r);
    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)), "العراق");
    qawl_result_free(r);
}
END_TEST

/* A speaker who only acts is a speaker: numbered after those who speak,
 * with no quote. */
START_TEST(test_act_only_speaker)
{
    qawl_result *r = test_analyze(
        "وقال المتحدث باسم الصليب الأحمر إن القافلة وصلت.\n"
        "وندد رئيس البلدية نبيل ضاهر بقصف السوق.\n");
    const qawl_speaker *s;

    ck_assert_uint_eq(qawl_result_speaker_count(r), 2);
    s = qawl_act_speaker(only_act(r));
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(qawl_speaker_id(s), 2);
    ck_assert_uint_eq(qawl_speaker_quote_count(s), 0);
    ck_assert_ptr_null(qawl_speaker_quote(s, 0));
    ck_assert_uint_eq(qawl_speaker_act_count(s), 1);
    qawl_result_free(r);
}
END_TEST

/* The writer's vowels: a damma on the present's prefix is the active of
 * the verbs marked present=u (forms II-IV: وتُطالب، ويُحذّر), which keep
 * their subject, and the passive of the others (ويُتهم); a damma on a
 * past form's first letter is a passive either way (وأُعلن). */
typedef struct {
    const char *text;
    const char *speaker;       /* NULL: the act has none */
} voice_case;

static const voice_case voices[] = {
    {"وتُطالب منظمات الإغاثة بفتح المعابر فورا.\n", "منظمات الإغاثة"},
    {"ويُحذّر الأطباء من انتشار الأوبئة في المخيمات.\n", "الأطباء"},
    {"ويُتهم الجيش بقصف المدرسة.\n", NULL},
    {"وأُعلن إغلاق المعبر حتى إشعار آخر.\n", NULL},
};

START_TEST(test_voice)
{
    qawl_result *r = test_analyze(voices[_i].text);
    const qawl_speaker *s = qawl_act_speaker(only_act(r));

    if (voices[_i].speaker == NULL)
        ck_assert_msg(s == NULL, "%s: speaker %s", voices[_i].text,
                      s ? qawl_speaker_name(s) : "");
    else {
        ck_assert_msg(s != NULL, "%s: no speaker", voices[_i].text);
        ck_assert_str_eq(qawl_speaker_name(s), voices[_i].speaker);
    }
    qawl_result_free(r);
}
END_TEST

/* Two bodies with one head word: each act goes to its own body, with
 * its name in marks kept whole and out of the object, and the bare head
 * of a later quote names the nearer one, even though the acts' subjects
 * are found after every quote's. */
START_TEST(test_two_bodies)
{
    qawl_result *r = test_analyze(
        "وأعلنت منظمة الإغاثة الدولية وصول عشر شاحنات إلى المدينة.\n"
        "بدورها، أعلنت منظمة «أطباء الميدان» إغلاق عيادتها في الحي.\n"
        "وقالت المنظمة في بيان: «فرقنا لا تستطيع الوصول».\n");
    const qawl_act *a, *b;

    ck_assert_uint_eq(qawl_result_act_count(r), 2);
    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    a = qawl_result_act(r, 0);
    b = qawl_result_act(r, 1);
    ck_assert_str_eq(qawl_act_object(b, NULL, NULL), "إغلاق عيادتها في الحي");
    ck_assert_ptr_nonnull(qawl_act_speaker(a));
    ck_assert_ptr_nonnull(qawl_act_speaker(b));
    ck_assert_ptr_ne(qawl_act_speaker(a), qawl_act_speaker(b));
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(a)),
                     "منظمة الإغاثة الدولية");
    ck_assert_str_eq(qawl_speaker_name(qawl_act_speaker(b)),
                     "منظمة «أطباء الميدان»");
    ck_assert_ptr_eq(qawl_quote_speaker(qawl_result_quote(r, 0)),
                     qawl_act_speaker(b));
    qawl_result_free(r);
}
END_TEST

/* A class whose stance the lexicon fixes (stance=class) keeps it even
 * when the object reads the other way: threatening to leave talks is a
 * threat, though talks are a de-escalation word. */
START_TEST(test_class_decides)
{
    qawl_result *r = test_analyze("وهدد الفصيل بالانسحاب من المفاوضات.\n");
    const qawl_act *a = only_act(r);
    double score;

    ck_assert(qawl_act_class_of(a) == QAWL_ACT_THREAT);
    ck_assert(qawl_act_stance(a, &score) == QAWL_STANCE_ESCALATION);
    ck_assert(score < 0);
    ck_assert_uint_gt(qawl_act_evidence_count(a), 0);
    qawl_result_free(r);
}
END_TEST

/* Names of the classes as JSON writes them; out of range is "?". */
START_TEST(test_class_names)
{
    ck_assert_str_eq(qawl_act_class_name(QAWL_ACT_CALL), "call");
    ck_assert_str_eq(qawl_act_class_name(QAWL_ACT_WELCOME), "welcome");
    ck_assert_str_eq(qawl_act_class_name(QAWL_ACT_CLASS_COUNT), "?");
    ck_assert_str_eq(qawl_stage_name(QAWL_STAGE_ACTS), "acts");
}
END_TEST

/* The stage is linear: a long text of acts and quotes alternating is read
 * in one pass (a quadratic walk would time out here). */
START_TEST(test_many)
{
    static const char unit[] = "وقال الوزير إن الطريق مغلق. "
                               "ودعا إلى فتح المعبر.\n";
    size_t n = 3000, i, len = strlen(unit);
    char *text = malloc(n * len + 1);
    qawl_result *r;

    ck_assert_ptr_nonnull(text);
    for (i = 0; i < n; i++)
        memcpy(text + i * len, unit, len);
    text[n * len] = '\0';
    r = test_analyze(text);
    ck_assert_uint_eq(qawl_result_act_count(r), n);
    ck_assert_uint_eq(qawl_result_quote_count(r), n);
    qawl_result_free(r);
    free(text);
}
END_TEST

static Suite *acts_suite(void)
{
    Suite *s = suite_create("acts");
    TCase *tc = tcase_create("core");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_class, 0,
                        (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_spans);
    tcase_add_loop_test(tc, test_extent, 0,
                        (int)(sizeof extents / sizeof extents[0]));
    tcase_add_loop_test(tc, test_not_act, 0,
                        (int)(sizeof not_acts / sizeof not_acts[0]));
    tcase_add_test(tc, test_beside_quote);
    tcase_add_test(tc, test_continuation);
    tcase_add_test(tc, test_act_only_speaker);
    tcase_add_test(tc, test_sentence_of_acts);
    tcase_add_test(tc, test_place_object);
    tcase_add_test(tc, test_two_bodies);
    tcase_add_loop_test(tc, test_voice, 0,
                        (int)(sizeof voices / sizeof voices[0]));
    tcase_add_test(tc, test_class_decides);
    tcase_add_test(tc, test_class_names);
    tcase_add_test(tc, test_many);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(acts_suite());
}
