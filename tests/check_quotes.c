/*
 * check_quotes.c — the quotes stage: what is a quote, where it starts and
 * ends, and its type.  Every sentence is constructed for the test.
 */
#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* A text, a quote expected in it (exact text), its type and its cue. */
typedef struct {
    const char *name;
    const char *text;
    const char *quote;
    qawl_quote_type type;
    const char *cue;          /* NULL: no cue */
} quote_case;

static const quote_case found[] = {
    {"guillemets", "وقال الوزير «المفاوضات مستمرة حتى الآن».\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"curly", "وقال الوزير “المفاوضات مستمرة حتى الآن”.\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"curly reversed", "وقال الوزير ”المفاوضات مستمرة حتى الآن“.\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"low-high", "وقال الوزير „المفاوضات مستمرة حتى الآن”.\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"single guillemets", "وقال الوزير ‹المفاوضات مستمرة حتى الآن›.\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"straight", "وقال الوزير \"المفاوضات مستمرة حتى الآن\".\n",
     "المفاوضات مستمرة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    {"inner spaces", "وأعلنت الوزارة \" استئناف المفاوضات الأسبوع المقبل \".\n",
     "استئناف المفاوضات الأسبوع المقبل", QAWL_QUOTE_DIRECT, "وأعلنت"},
    {"in", "وقال المتحدث إن المحادثات ستستأنف غدا.\n",
     "المحادثات ستستأنف غدا", QAWL_QUOTE_INDIRECT, "وقال"},
    {"anna", "وأكد الوزير أن الحكومة لن تتراجع عن قرارها.\n",
     "الحكومة لن تتراجع عن قرارها", QAWL_QUOTE_INDIRECT, "وأكد"},
    {"ila anna", "وأشار الوزير إلى أن الوضع الإنساني يتدهور.\n",
     "الوضع الإنساني يتدهور", QAWL_QUOTE_INDIRECT, "وأشار"},
    {"ala anna", "وشدد الرئيس على أن الحوار هو الحل.\n",
     "الحوار هو الحل", QAWL_QUOTE_INDIRECT, "وشدد"},
    {"bi-anna", "وأوضح المسؤول بأن القرار نهائي.\n",
     "القرار نهائي", QAWL_QUOTE_INDIRECT, "وأوضح"},
    {"suffix hu", "وقال الوزير إنه سيزور العاصمة الأسبوع المقبل.\n",
     "سيزور العاصمة الأسبوع المقبل", QAWL_QUOTE_INDIRECT, "وقال"},
    {"suffix hum", "وأكدت الوزارة بأنهم غادروا المدينة.\n",
     "غادروا المدينة", QAWL_QUOTE_INDIRECT, "وأكدت"},
    {"participle", "وندد الوزير بالهجوم، مضيفا أن المهاجمين سيحاسبون.\n",
     "المهاجمين سيحاسبون", QAWL_QUOTE_INDIRECT, "مضيفا"},
    {"a participle that is also a noun reports only before its complementiser",
     "وقال سامي الحداد، مدير المنظمة التي تتخذ من لندن مقرا لها، إن الوضع صعب.\n",
     "الوضع صعب", QAWL_QUOTE_INDIRECT, "وقال"},
    {"the same participle with its complementiser is a cue",
     "ورفض الوزير التهمة، مقرا بأن الخطة تأخرت.\n",
     "الخطة تأخرت", QAWL_QUOTE_INDIRECT, "مقرا"},
    {"clause ends at next cue",
     "وقال الوزير إن الوضع هادئ، مشيرا إلى أن الجيش انسحب.\n",
     "الوضع هادئ", QAWL_QUOTE_INDIRECT, "وقال"},
    {"clause ends at writer", "وقال الوزير إن الهجوم مدان، وذلك في إشارة إلى القصف.\n",
     "الهجوم مدان", QAWL_QUOTE_INDIRECT, "وقال"},
    {"marked clause is direct", "وقال الوزير إن \"الهدنة صامدة حتى الآن\".\n",
     "الهدنة صامدة حتى الآن", QAWL_QUOTE_DIRECT, "وقال"},
    /* After a colon too, a comma after the closing mark ends the quote:
     * the writer's words follow. */
    {"colon, marks closed by a comma",
     "وقال الوزير: \"لن نتراجع عن قرارنا\"، رغم الضغوط التي يتعرض لها.\n",
     "لن نتراجع عن قرارنا", QAWL_QUOTE_DIRECT, "وقال"},
    /* بينما قال right after the closing mark: another report begins */
    {"marks closed by a connective and a new verb",
     "وقيل إن \"الوفد جاء بروح إيجابية\" بينما قال الوزير سامي الحداد "
     "\"هذا الاجتماع مهم جدا\".\n",
     "الوفد جاء بروح إيجابية", QAWL_QUOTE_DIRECT, "وقيل"},
    {"after a colon too",
     "وقيل: \"الوفد جاء بروح إيجابية\" بينما قال الوزير سامي الحداد "
     "\"هذا الاجتماع مهم جدا\".\n",
     "الوفد جاء بروح إيجابية", QAWL_QUOTE_DIRECT, "وقيل"},
    {"the next report after the connective",
     "وقيل إن \"الوفد جاء بروح إيجابية\" بينما قال الوزير سامي الحداد "
     "\"هذا الاجتماع مهم جدا\".\n",
     "هذا الاجتماع مهم جدا", QAWL_QUOTE_DIRECT, "قال"},
    {"passive colon, marks closed by a comma",
     "قيل: \"الهدنة صامدة حتى الآن\"، رغم التحذيرات من انهيارها.\n",
     "الهدنة صامدة حتى الآن", QAWL_QUOTE_DIRECT, "قيل"},
    {"partly marked is indirect",
     "وقال الوزير إن الوضع \"خطير جدا\" في المنطقة كلها.\n",
     "الوضع \"خطير جدا\" في المنطقة كلها", QAWL_QUOTE_INDIRECT, "وقال"},
    {"quote before cue", "\"لن نتراجع عن مطالبنا المشروعة\"، قال المتحدث.\n",
     "لن نتراجع عن مطالبنا المشروعة", QAWL_QUOTE_DIRECT, "قال"},
    {"colon", "وقال الوزير: \"نحن مستعدون للحوار\".\n",
     "نحن مستعدون للحوار", QAWL_QUOTE_DIRECT, "وقال"},
    {"headline colon", "الوزير: \"نحن مستعدون للحوار\"\nنص الخبر.\n",
     "نحن مستعدون للحوار", QAWL_QUOTE_DIRECT, ":"},
    {"headline colon, speaker and the one spoken to",
     "واشنطن لروسيا: \"نحن مستعدون للحوار\"\nنص الخبر.\n",
     "نحن مستعدون للحوار", QAWL_QUOTE_DIRECT, ":"},
    {"describe", "ووصف الوزير الهجوم بـ\"الجبان\".\n",
     "الجبان", QAWL_QUOTE_DIRECT, "ووصف"},
    {"according", "وقتل خمسة أشخاص في القصف، بحسب وزارة الصحة.\n",
     "قتل خمسة أشخاص في القصف", QAWL_QUOTE_INDIRECT, "بحسب"},
    {"nested: innermost",
     "ويضيف التقرير أن المنظمة تقول إنها لم تتلق أي مساعدات.\n",
     "لم تتلق أي مساعدات", QAWL_QUOTE_INDIRECT, "تقول"},
    {"same speaker after pronoun",
     "وقال الوزير إنه يأمل في أن تنتهي الحرب قريبا.\n",
     "يأمل في أن تنتهي الحرب قريبا", QAWL_QUOTE_INDIRECT, "وقال"},
    /* belief, argument and conclusion verbs with a named source
     * (reporting_verbs.txt) */
    {"belief with a named source",
     "ويعتقد المحققون أن الحريق كان متعمدا.\n",
     "الحريق كان متعمدا", QAWL_QUOTE_INDIRECT, "ويعتقد"},
    {"argued",
     "وجادلت الشركة بأن الأسعار عادلة.\n",
     "الأسعار عادلة", QAWL_QUOTE_INDIRECT, "وجادلت"},
    {"concluded",
     "واستنتج الباحثون أن النوم يحسن الذاكرة.\n",
     "النوم يحسن الذاكرة", QAWL_QUOTE_INDIRECT, "واستنتج"},
    /* بيّن "showed" with its complementiser at once: the verb, not the
     * preposition بين */
    {"showed that, opening its clause",
     "وتحدث المدير عن الخطة. وبيّن أن المصنع سيفتح قريبا.\n",
     "المصنع سيفتح قريبا", QAWL_QUOTE_INDIRECT, "وبيّن"},
    {"showed that, after an auxiliary",
     "وكان التقرير قد بين أن الأسعار ارتفعت.\n",
     "الأسعار ارتفعت", QAWL_QUOTE_INDIRECT, "بين"},
    /* a relative clause that only describes a noun is part of the
     * quote; one with a report of its own ends it */
    {"a describing relative clause goes on",
     "وقال الوزير إن المشروع، الذي يعتبر \"الأكبر في البلاد\"، سيبدأ قريبا.\n",
     "المشروع، الذي يعتبر \"الأكبر في البلاد\"، سيبدأ قريبا",
     QAWL_QUOTE_INDIRECT, "وقال"},
    {"a reporting relative clause ends it",
     "وقال الوزير إن الاتفاق، الذي قالت المعارضة إنه ظالم، سيوقع غدا.\n",
     "الاتفاق", QAWL_QUOTE_INDIRECT, "وقال"},
    /* an embedded post: the text before its signature, without the
     * link to its picture */
    {"embedded post",
     "نص الخبر.\nالمدينة تحتاج إلى الماء والدواء الآن pic.twitter.com/Ab12Cd "
     "\xE2\x80\x94 Sami Haddad (@sami_h2) May 3, 2024\nبقية الخبر.\n",
     "المدينة تحتاج إلى الماء والدواء الآن", QAWL_QUOTE_DIRECT,
     "\xE2\x80\x94"},
    /* بحسب X فقد …: the clause after the resuming فقد */
    {"according, then fa-qad",
     "وبحسب تقارير أولية فقد تضرر عشرون منزلا جراء السيول.\n",
     "تضرر عشرون منزلا جراء السيول", QAWL_QUOTE_INDIRECT, "وبحسب"},
    {"according, comma, then fa-qad",
     "وبحسب الشهود، فقد أغلقت الطرق المؤدية إلى البلدة.\n",
     "أغلقت الطرق المؤدية إلى البلدة", QAWL_QUOTE_INDIRECT, "وبحسب"},
    /* a name with a relative clause, then its own report: the inner
     * clause by the inner source, no outer fragment */
    {"nested report after a relative clause",
     "وأضاف أن الخطة، التي أقرت أمس، أوضحت أن الموازنة ستزيد.\n",
     "الموازنة ستزيد", QAWL_QUOTE_INDIRECT, "أوضحت"},
    /* long adverbials closed by a comma before the complementiser */
    {"long adverbials, comma, complementiser",
     "وقال المدير الإقليمي للبرنامج في البلاد، سامي الحداد، خلال مؤتمر "
     "صحفي عقده اليوم في العاصمة بشأن حالة الطوارئ الغذائية في المحافظات "
     "الشمالية والجنوبية، إن المخزون يكفي شهرا واحدا.\n",
     "المخزون يكفي شهرا واحدا", QAWL_QUOTE_INDIRECT, "وقال"},
    {"long subject, describing verb",
     "ووصف المدير الإقليمي للبرنامج في البلاد، سامي الحداد، يوم الأحد "
     "الماضي في مؤتمر صحفي، الوضع الغذائي في المحافظات الشمالية والجنوبية "
     "والوسطى بـ \"الحرج\".\n",
     "الحرج", QAWL_QUOTE_DIRECT, "ووصف"},
    /* an agency's dateline opening the paragraph is no part of the
     * quote, nor is the و of the first word after it a conjunction */
    {"dateline before the main clause",
     "عنوان الخبر\nدبي، الإمارات (وكالة) -- ارتفع عدد الضحايا إلى عشرين، "
     "بحسب وزارة الصحة.\n",
     "ارتفع عدد الضحايا إلى عشرين", QAWL_QUOTE_INDIRECT, "بحسب"},
    {"dateline, then a word with its own waw",
     "عنوان الخبر\n(وكالة)-- وجهت الوزارة دعوة إلى الوفد، بحسب مصدر مطلع.\n",
     "وجهت الوزارة دعوة إلى الوفد", QAWL_QUOTE_INDIRECT, "بحسب"},
    /* يُدعى "is named" folds with يدعي "claims", a cue only before a
     * complementiser: without one it is the other word, and the cue
     * before it goes on */
    {"is named, then a colon",
     "وقال أحد الجيران ويُدعى سامي الحداد: \"سمعنا الانفجار في منتصف "
     "الليل\".\n",
     "سمعنا الانفجار في منتصف الليل", QAWL_QUOTE_DIRECT, "وقال"},
    {"claims that",
     "ويدعي المتحدث أن الصور مفبركة.\n",
     "الصور مفبركة", QAWL_QUOTE_INDIRECT, "ويدعي"},
    /* a long subject and setting, then a colon and marks */
    {"long setting, colon, marks",
     "وقال المتحدث باسم الحركة في البلاد سامي الحداد، في منشور على "
     "حسابه الرسمي عبر المنصة عقب إعلان الجيش مقتل ثمانية من جنوده في "
     "الجنوب: \"هذه العملية رد على الهجمات\".\n",
     "هذه العملية رد على الهجمات", QAWL_QUOTE_DIRECT, "وقال"},
    {"as he says",
     "وقال المدير إن المصنع سيتوسع. وارتفعت الصادرات هذا العام، حسبما "
     "يقول.\n",
     "ارتفعت الصادرات هذا العام", QAWL_QUOTE_INDIRECT, "حسبما"},
    /* a dot between digits ends no clause */
    {"decimal number",
     "وقال الوزير إن النمو بلغ 2.5 بالمئة في الربع الأخير.\n",
     "النمو بلغ 2.5 بالمئة في الربع الأخير", QAWL_QUOTE_INDIRECT, "وقال"},
    /* after بحسب X، فإن … the clause ends as after a complementiser, and
     * a quotation after it goes on with the same source */
    {"according, clause then quotation: the clause",
     "وبحسب مصادر محلية، فإن القوات انسحبت من البلدة، \"ولن تعود إليها "
     "قبل الربيع المقبل\".\n",
     "القوات انسحبت من البلدة", QAWL_QUOTE_INDIRECT, "وبحسب"},
    {"according, clause then quotation: the quotation",
     "وبحسب مصادر محلية، فإن القوات انسحبت من البلدة، \"ولن تعود إليها "
     "قبل الربيع المقبل\".\n",
     "ولن تعود إليها قبل الربيع المقبل", QAWL_QUOTE_DIRECT, "وبحسب"},
    /* a speaker citing data: the data is no nested source */
    {"a speaker citing figures",
     "وقال الخبير إن الأرقام تؤكد أن الأسعار ارتفعت بسرعة.\n",
     "الأرقام تؤكد أن الأسعار ارتفعت بسرعة", QAWL_QUOTE_INDIRECT, "وقال"},
    /* a time word may end the adverbials before the complementiser
     * (complementisers.txt [time]); قبل أن stays a time clause */
    {"time word before the complementiser",
     "وقال المدير الشهر الماضي إن المصنع سيغلق أبوابه.\n",
     "المصنع سيغلق أبوابه", QAWL_QUOTE_INDIRECT, "وقال"},
    {"month before the complementiser",
     "وأعلنت البلدية في مارس/ آذار أن الجسر سيفتح قريبا.\n",
     "الجسر سيفتح قريبا", QAWL_QUOTE_INDIRECT, "وأعلنت"},
    /* a reporting noun naming the medium leaves عبر a preposition */
    {"via a platform after a post",
     "وقالت النائبة في منشور عبر موقعها إن الموازنة لا تكفي.\n",
     "الموازنة لا تكفي", QAWL_QUOTE_INDIRECT, "وقالت"},
};

START_TEST(test_found)
{
    const quote_case *k = &found[_i];
    qawl_result *r = test_analyze(k->text);
    const qawl_quote *q = NULL;
    size_t i, start, end;
    const char *cue;

    for (i = 0; i < qawl_result_quote_count(r); i++)
        if (strcmp(qawl_quote_text(qawl_result_quote(r, i)), k->quote) == 0)
            q = qawl_result_quote(r, i);
    ck_assert_msg(q != NULL, "%s: no quote «%s» (%zu quotes, first «%s»)",
                  k->name, k->quote, qawl_result_quote_count(r),
                  qawl_result_quote_count(r)
                      ? qawl_quote_text(qawl_result_quote(r, 0)) : "");
    ck_assert_msg(qawl_quote_kind(q) == k->type, "%s: wrong type", k->name);
    cue = qawl_quote_cue(q, NULL, NULL);
    if (k->cue)
        ck_assert_msg(cue && strcmp(cue, k->cue) == 0, "%s: cue «%s»",
                      k->name, cue ? cue : "(none)");
    /* the span is the quote's bytes in the input */
    qawl_quote_span(q, &start, &end);
    ck_assert_uint_eq(end - start, strlen(k->quote));
    ck_assert(memcmp(k->text + start, k->quote, end - start) == 0);
    qawl_result_free(r);
}
END_TEST

/* Texts that hold no quote at all. */
typedef struct {
    const char *name;
    const char *text;
} none_case;

static const none_case nothing[] = {
    {"scare quotes", "ويقاتل التحالف تنظيم \"الدولة الإسلامية\" منذ سنوات.\n"},
    {"a name given, not a description",
     "وبدأ الجيش عملية واسعة أطلق عليها اسم \"درع الساحل\" في المنطقة.\n"},
    {"speech act, no content", "ودان الوزير الهجمات على القرى.\n"},
    {"verb + noun phrase", "وهدد الرئيس بتوسيع العمليات.\n"},
    {"writer's aside", "ويذكر أن الاشتباكات اندلعت قبل عامين.\n"},
    {"hedge", "ويبدو أن الطرفين اتفقا على التهدئة.\n"},
    {"topic label before a colon", "حرب غزة: \"نحن مستعدون للحوار\"\nنص الخبر.\n"},
    {"time clause", "وغادر الوفد قبل أن تنتهي الجلسة.\n"},
    {"figures are no source", "وارتفع عدد القتلى إلى عشرة، وفقا لأرقام رسمية.\n"},
    {"headline without cue", "سوريا: هدوء حذر في المدينة\nنص الخبر هنا.\n"},
    /* a label whose first word the corpora never see in a name */
    {"a list's topic label before a colon",
     "نص الخبر هنا.\nالمنازل السكنية: تدمير مئتي منزل بشكل كامل في الحي.\n"},
    {"label in marks", "وقال المتحدث لـ\"رويترز\" في اتصال هاتفي.\n"},
    {"short quoted subheading", "\"مخاوف متزايدة\"\nنص الخبر هنا.\n"},
    /* issue 11: a relay verb that names no source is no report */
    {"relay verb without its source",
     "ونقل المسعفون الجرحى إلى مستشفى ميداني بعد أن تعرضوا للقصف.\n"},
    /* عبر is "via" unless a complementiser follows it */
    {"a media label before a headline's colon",
     "بالصور: الرئيس يزور المدينة المنكوبة ويلتقي سكانها\nنص الخبر هنا.\n"},
    {"a web page's link label before a colon",
     "نص الخبر هنا.\nاقرأ أيضا: \"عنوان مقال آخر عن المدينة\"\nبقية الخبر.\n"},
    {"via a platform, its subject no source",
     "جاء ذلك في تصريحاته عبر الفيديو من المدينة، حيث دعا إلى التهدئة.\n"},
    {"via a platform",
     "ونشر المكتب صورا عبر منصة \"إكس\" تظهر حجم الدمار.\n"},
    /* تردد reports (تردد أن) only before a complementiser */
    {"hesitate is no report",
     "ولم يتردد الوزير في انتقاد الخطة: \"إنها خطة فاشلة تماما\".\n"},
    {"the text of a statement is no cue",
     "وقرأ المتحدث نص البيان كاملا أمام الصحفيين.\n"},
    {"what was rumoured about, no content clause",
     "ونفى المكتب ما تردد عن تعليق الرحلات إلى المدينة.\n"},
    /* findings of data and trackers are no speech (boundaries.txt
     * [figure]), after the verb, multi-word, or before it */
    {"a tracker's findings",
     "ويشير سجل البلدية للحوادث إلى أن الطرق الريفية أخطر.\n"},
    {"survey's findings",
     "وتكشف نتائج الاستطلاع أن البحيرة جفت تماما.\n"},
    {"between two choices",
     "وعلى الناخبين أن يختاروا بين أن يصوتوا أو يقاطعوا.\n"},
    /* a link says nothing, after a colon or as a colon's scheme */
    {"a link after a colon",
     "ويمكنكم متابعة النقاش على صفحتنا، وعنوانها: "
     "https://www.example.com/page\n"},
    {"a dash with no post signature",
     "المدينة تحتاج إلى الماء \xE2\x80\x94 والدواء (@ليس توقيعا)\n"},
    /* a reporting noun that is the adjective of the definite noun before
     * it: no report */
    {"modern history",
     "ويأخذنا الفيلم في جولة في التاريخ الحديث للمدينة، لنكتشف أن "
     "السكان تضاعفوا.\n"},
    /* "as planned": حسبما and a verb that reports nothing, no source */
    {"as planned",
     "وارتفعت صادرات المصنع هذا العام حسبما تخطط.\n"},
    /* a name given with no one naming it */
    {"a name, passive",
     "وبدأ عرض برنامجها الذي سمي \"ساعة مع الضيوف\" قبل عشرين عاما.\n"},
    {"a name, was called",
     "وتحدث الكتاب عن المرحلة التي تلت ما كان يسمى \"عام التحول\".\n"},
    /* a tally and a timetable are no source after بحسب */
    {"a tally is no source",
     "وبلغ عدد الضحايا عشرين شخصا، بحسب تعداد أجرته الوكالة.\n"},
    {"a timetable is no source",
     "وستبدأ المرحلة الثانية في الخريف، بحسب روزنامة أعلنت سابقا.\n"},
    /* the agentless hedge and the first person are no report */
    {"agentless belief", "ويعتقد أنه غادر البلاد منذ أشهر.\n"},
    {"agentless belief, dual", "ويعتقد أنهما غادرا البلاد منذ أشهر.\n"},
    {"first-person belief", "أعتقد أن الحل صار قريبا.\n"},
    {"data before the verb",
     "هذه البيانات تؤكد أن الأسعار ارتفعت بسرعة.\n"},
};

START_TEST(test_nothing)
{
    qawl_result *r = test_analyze(nothing[_i].text);

    ck_assert_msg(qawl_result_quote_count(r) == 0, "%s: %zu quote(s), «%s»",
                  nothing[_i].name, qawl_result_quote_count(r),
                  qawl_result_quote_count(r)
                      ? qawl_quote_text(qawl_result_quote(r, 0)) : "");
    qawl_result_free(r);
}
END_TEST

/* An embedded post's author is named after the dash. */
START_TEST(test_post_author)
{
    qawl_result *r = test_analyze(
        "نص الخبر.\nالمدينة تحتاج إلى الماء الآن \xE2\x80\x94 Sami Haddad "
        "(@sami_h2) May 3, 2024\n");
    const qawl_speaker *s;

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    s = qawl_quote_speaker(qawl_result_quote(r, 0));
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(qawl_speaker_name(s), "Sami Haddad");
    qawl_result_free(r);
}
END_TEST

/* ... and the outer clause, only its subject, is no quote. */
START_TEST(test_subject_of_nested_report)
{
    qawl_result *r = test_analyze(
        "وأضاف أن الخطة، التي أقرت أمس، أوضحت أن الموازنة ستزيد.\n");

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_split_by_cue)
{
    qawl_result *r = test_analyze(
        "وقال الوزير \"الوضع صعب للغاية\"، وأضاف \"لكننا سنواصل العمل\".\n");

    ck_assert_uint_eq(qawl_result_quote_count(r), 2);
    ck_assert_str_eq(qawl_quote_text(qawl_result_quote(r, 0)),
                     "الوضع صعب للغاية");
    ck_assert_str_eq(qawl_quote_text(qawl_result_quote(r, 1)),
                     "لكننا سنواصل العمل");
    qawl_result_free(r);
}
END_TEST

START_TEST(test_bare_paragraph)
{
    qawl_result *r = test_analyze(
        "وقال الوزير \"الحوار هو الطريق الوحيد\".\n"
        "\"ولن نقبل بأي تصعيد في المنطقة\".\n");
    const qawl_quote *q;

    ck_assert_uint_eq(qawl_result_quote_count(r), 2);
    q = qawl_result_quote(r, 1);
    ck_assert_str_eq(qawl_quote_text(q), "ولن نقبل بأي تصعيد في المنطقة");
    ck_assert_ptr_null(qawl_quote_cue(q, NULL, NULL));
    ck_assert_str_eq(qawl_quote_rule(q), "continuation-paragraph");
    qawl_result_free(r);
}
END_TEST

/* A short quoted label standing as a subheading after a quote is no
 * continuation of its speaker (GUIDELINES: no cue, no closing sentence
 * punctuation). */
START_TEST(test_subheading_after_quote)
{
    qawl_result *r = test_analyze(
        "وقال الوزير \"الحوار هو الطريق الوحيد\".\n"
        "\"مرحلة صعبة\"\n"
        "ويواجه السكان نقصا في المياه منذ أسابيع.\n");

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    ck_assert_str_eq(qawl_quote_text(qawl_result_quote(r, 0)),
                     "الحوار هو الطريق الوحيد");
    qawl_result_free(r);
}
END_TEST

/* A quoted sentence standing as its own paragraph is a quote wherever it
 * stands, with no source when no quote comes before it, so qawl check
 * flags it (the only, first or last paragraph, after a heading line). */
static const char *const lone_quotations[] = {
    "\"لن نسمح بانهيار الهدنة مهما كلف الأمر\".\n",
    "\"لن نسمح بانهيار الهدنة مهما كلف الأمر\".",
    "عنوان الخبر\n\"لن نسمح بانهيار الهدنة مهما كلف الأمر\".\n",
    "\"لن نسمح بانهيار الهدنة مهما كلف الأمر.\"\nنص الخبر هنا.\n",
    "عنوان الخبر\n\"لن نسمح بانهيار الهدنة مهما كلف الأمر وتحت أي ظرف\"\n",
};

START_TEST(test_lone_quotation)
{
    qawl_result *r = test_analyze(lone_quotations[_i]);
    const qawl_quote *q;

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    q = qawl_result_quote(r, 0);
    ck_assert(strncmp(qawl_quote_text(q), "لن نسمح بانهيار الهدنة",
                      strlen("لن نسمح بانهيار الهدنة")) == 0);
    ck_assert_ptr_null(qawl_quote_speaker(q));
    qawl_result_free(r);
}
END_TEST

START_TEST(test_multi_paragraph)
{
    /* The press reopens the marks on each paragraph of one quotation. */
    qawl_result *r = test_analyze(
        "وقالت الوزيرة «إن الأولوية اليوم هي عودة النازحين،\n"
        "«وإعادة إعمار ما دمرته الحرب».\n");

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    ck_assert(strstr(qawl_quote_text(qawl_result_quote(r, 0)),
                     "وإعادة إعمار") != NULL);
    qawl_result_free(r);
}
END_TEST

START_TEST(test_unbalanced_mark)
{
    /* A stray mark never swallows the following paragraphs. */
    qawl_result *r = test_analyze(
        "وقال المتحدث \"إن القوات انسحبت من المدينة.\n"
        "وأعلنت الوزارة \"فتح المعابر أمام المساعدات\".\n"
        "وتستمر الاشتباكات في الريف الشمالي.\n");
    size_t i;

    for (i = 0; i < qawl_result_quote_count(r); i++)
        ck_assert(strstr(qawl_quote_text(qawl_result_quote(r, i)),
                         "الاشتباكات") == NULL);
    ck_assert_ptr_nonnull(test_find_quote(r, "فتح المعابر أمام المساعدات"));
    qawl_result_free(r);
}
END_TEST

START_TEST(test_link_label_headline)
{
    /* The headline after a link label (اقرأ أيضا:) is another article's:
     * no quote, no speaker, and a continuation after it goes back to the
     * speaker before it. */
    qawl_result *r = test_analyze(
        "وقال الوزير إن المعبر مفتوح.\n"
        "اقرأ أيضا:\n"
        "إعلام عبري: مقتل جنديين في المعارك\n"
        "وتابع: \"الوضع سيئ للغاية\".\n");
    const qawl_quote *q = test_find_quote(r, "الوضع سيئ للغاية");

    ck_assert_ptr_null(test_find_quote(r, "مقتل جنديين في المعارك"));
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_nonnull(qawl_quote_speaker(q));
    ck_assert_str_eq(qawl_speaker_name(qawl_quote_speaker(q)), "الوزير");
    qawl_result_free(r);
}
END_TEST

START_TEST(test_idiom_is_no_passive_report)
{
    /* والحق يقال ("truth be told") is the writer's aside, not an agentless
     * report: no unsourced quote for check to flag, while a real passive
     * report still is one. */
    qawl_result *r = test_analyze(
        "والحق يقال إن المسألة بسيطة كما تبدو.\n"
        "وقيل إن الوزير سيستقيل.\n");
    size_t i, n = qawl_result_quote_count(r);
    int idiom = 0;

    for (i = 0; i < n; i++) {
        const qawl_quote *q = qawl_result_quote(r, i);
        if (strstr(qawl_quote_text(q), "المسألة بسيطة") != NULL)
            idiom = 1;
    }
    ck_assert_int_eq(idiom, 0);
    ck_assert_ptr_nonnull(test_find_quote(r, "الوزير سيستقيل"));
    qawl_result_free(r);
}
END_TEST

START_TEST(test_according_is_channel)
{
    /* With a cue of its own, بحسب only names the channel. */
    qawl_result *r = test_analyze(
        "وقال الوزير إن الحدود ستفتح غدا، بحسب وكالة الأنباء الرسمية.\n");

    ck_assert_uint_eq(qawl_result_quote_count(r), 1);
    ck_assert_str_eq(qawl_quote_cue(qawl_result_quote(r, 0), NULL, NULL),
                     "وقال");
    qawl_result_free(r);
}
END_TEST

START_TEST(test_many_marks_linear)
{
    /* 100,000 unbalanced marks: no quote, and no quadratic blow-up. */
    size_t n = 100000, i;
    char *text = malloc(n * 2 + 1);
    qawl_result *r;

    ck_assert_ptr_nonnull(text);
    for (i = 0; i < n; i++) {
        text[2 * i] = '"';
        text[2 * i + 1] = i % 7 == 6 ? '\n' : ' ';
    }
    text[2 * n] = '\0';
    r = test_analyze(text);
    ck_assert_uint_eq(qawl_result_quote_count(r), 0);
    qawl_result_free(r);
    free(text);
}
END_TEST

static Suite *quotes_suite(void)
{
    Suite *s = suite_create("quotes");
    TCase *tc = tcase_create("patterns");

    tcase_add_unchecked_fixture(tc, NULL, test_lexicons_free);
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_found, 0, sizeof found / sizeof found[0]);
    tcase_add_loop_test(tc, test_nothing, 0,
                        sizeof nothing / sizeof nothing[0]);
    tcase_add_test(tc, test_split_by_cue);
    tcase_add_test(tc, test_subject_of_nested_report);
    tcase_add_test(tc, test_post_author);
    tcase_add_test(tc, test_bare_paragraph);
    tcase_add_test(tc, test_subheading_after_quote);
    tcase_add_loop_test(tc, test_lone_quotation, 0,
                        (int)(sizeof lone_quotations / sizeof *lone_quotations));
    tcase_add_test(tc, test_multi_paragraph);
    tcase_add_test(tc, test_unbalanced_mark);
    tcase_add_test(tc, test_link_label_headline);
    tcase_add_test(tc, test_according_is_channel);
    tcase_add_test(tc, test_idiom_is_no_passive_report);
    tcase_add_test(tc, test_many_marks_linear);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(quotes_suite());
}
