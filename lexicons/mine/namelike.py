#!/usr/bin/env python3
"""namelike.py — mine lexicons/namelike.txt from news corpora.

Usage:
    lexicons/mine/namelike.py [--lexicons DIR] [--out FILE]
                              CORPUS_DIR...

Each CORPUS_DIR holds one article per *.txt file (the layout of
../shared/corpus/articles and ../shared/corpus-gaza/articles: line 1 the
headline, each further line a paragraph).  The lexicons of DIR (default:
the lexicons folder next to this script) give the titles, the reporting
verbs, the complementisers and the function words; nothing else is listed
here.  The output is a format-1 lexicon file (lexicons/README.md) of single
word forms with two counts each, nothing of the corpus text itself.
Running it again on the same corpora and lexicons writes the same bytes.

Folding.  qawl's CLI does not print folded forms, so the fold of
analyzer/normalize.c is reimplemented below (fold()): tashkeel, tatweel,
bidi and zero-width controls removed; أ إ آ ٱ -> ا, ى ئ ی -> ي, ة ۀ -> ه,
ؤ -> و, ک -> ك; Arabic-Indic digits -> ASCII; Latin lower case;
presentation forms through NFKC.  Tokens are split as analyzer/segment.c
splits them (qawlp_is_word_cp): a word is a run of Arabic letters, ASCII
letters, digits and _, other alphanumerics and non-spacing marks; every
other non-space character is a token of its own.

A form is a whole token as written, folded, with its clitics: والدول,
للجزيرة and الدول are three forms, because a glued conjunction or
preposition changes how a word behaves (a preposition-led word never heads
a source).

Evidence.  Every occurrence of a form is either in a NAME POSITION or not
(other_count = all occurrences - name_count).  Name positions:

  S  the subject after a reporting verb: the words right after a verb of
     reporting_verbs.txt [verb] or [relay] (as written or after و/ف; not
     one that is also a function word, عبر "via"), walking past [adverb]
     words (أكد خلالها الملك), up to the first word that ends a name: a
     function word (boundaries.txt, complementisers.txt), a reporting
     word, a word led by a glued preposition (below), punctuation or a
     quotation mark.  The phrase counts when it ends at a complementiser
     or a colon (وقال X Y إن / :) and has at most MAX_SUBJECT words (after
     a verb that is also a common word, content=clause, only before a
     complementiser), or, ended otherwise, when it has MIN_WEAK to
     MAX_WEAK words and the same phrase recurs in at least MIN_RECUR
     articles (a repeated full name).
  T  the name after a title phrase: a titles.txt [title] or [honorific]
     entry followed by any [title], [office], [honorific] or [nisba]
     words and words of organisations.txt and places.txt (الأمين العام
     للأمم المتحدة; but no word without the article right after one with
     it, which no adjective would be, unless a form writes it so, as
     باسم: تركي in العقيد تركي المالكي, سامي in الفريق سامي عنان), past
     the definite genitive of a title written
     without the article and its definite adjectives (a bare title is
     in the construct state: the definite words after مدير in مدير
     التمريض are its genitive, not the name; a [nisba] is no such
     title), then the words up to the end of the name (at most
     MAX_OPEN) when it ends at a complementiser, a colon or a comma
     (الرئيس الفلسطيني محمود عباس، -> محمود عباس), else the first word
     alone, and of the words up to the end of the name (MIN_WEAK to
     MAX_WEAK of them) the longest opening that is a closed name
     elsewhere in the corpora (a subject before إن/أن or a colon, a
     title's name before a comma: مصطفى صنع الله، خالد التميمي), so that
     a family name after a first name counts, and an object after a name
     (الرئيس ترامب الاعتراف) does not; none when the first word ends a
     name.  Past a genitive the first word alone does not count (it is
     as often the sentence's verb: مدير الأمن يشن), only a closed name.
  P  a paragraph opened by at most MAX_OPEN words that do not end a name
     and a colon before an opening quotation mark (ترامب: "…").
  V  subject before the verb: a sentence opened by at most MAX_OPEN
     words that do not end a name, right before a reporting verb written
     without a conjunction (الجيش الإسرائيلي قال إن …).

A word is led by a glued preposition when, after any و/ف, it begins with
ب/ل/ك before the article (للجزيره, بالبيان), or with ب/ل and the form
without that letter is more frequent in the corpora than the form with
it (لcnn; not لبنان, whose بنان is rare): the first pass over the corpora
counts forms for this.  (ك before anything but the article is left
alone: كيري is no ك + يري.)  The و/ف before it counts as a conjunction
only when the word without it is at least as frequent (وليد is no
و + ل + يد).

An occurrence counts once even when several positions take it.

Classes (thresholds below, also written in the file's header):

  BASE = all name positions / all word tokens of the corpora.
  share = name_count / (name_count + other_count).

  name      name_count >= MIN_NAME and share >= NAME_FACTOR * BASE, and
            the form is no adjective (below).
  not_name  total >= MIN_TOTAL and either
              share <= NOT_FACTOR * BASE (far more often elsewhere than
              as a source: common nouns, verbal nouns, objects, function
              words), or
              the form is an adjective and share < ADJ_FACTOR * BASE.
  Adjective: the form does not end in ه and its feminine form (the form
  + ه, folded ة) occurs at least FEM_RATIO times as often as the form and
  at least MIN_FEM times; or the form ends in ي/يه (a nisba) and at least
  NISBA_RATIO of its occurrences follow a word with the article while it
  has the article itself (الدول الغربيه); or it ends in the accusative ا
  of adverbs and predicates (تحديدا, متحدثا) and the form without that ا
  is at least as frequent and occurs with the article MIN_FEM times.

The file keeps the TOP most frequent forms of each class (by total
count), sorted by class, then total count (descending), then form.
"""

import argparse
import os
import sys
import unicodedata
from collections import Counter, defaultdict

# ------------------------------------------------------------ thresholds

MAX_SUBJECT = 8      # words of a subject phrase
MIN_WEAK = 2         # words of a subject phrase not closed by إن/:
MAX_WEAK = 4         # (a repeated full name: two words or more)
MAX_OPEN = 4         # words opening a paragraph or sentence as its subject
MIN_RECUR = 3        # articles a subject phrase must recur in
MIN_NAME = 5         # name positions a name needs
NAME_FACTOR = 4.0    # name: share at least this times BASE
NOT_FACTOR = 0.25    # not_name: share at most this times BASE
ADJ_FACTOR = 1.0     # not_name adjective: share below this times BASE
MIN_TOTAL = 30       # occurrences a not_name needs
FEM_RATIO = 0.2     # adjective: feminine form at least this often
MIN_FEM = 10         # adjective: feminine form at least this many times
NISBA_RATIO = 0.3    # nisba: share of its uses after a definite word
TOP = 8000           # forms kept per class

# ----------------------------------------------------------------- fold

_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x061C, 0xFEFF,
                                       0x00AD}
_DROP |= set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F))
_DROP |= set(range(0x2066, 0x206A))
_MAP = {0x0623: 'ا', 0x0625: 'ا', 0x0622: 'ا', 0x0671: 'ا',
        0x0649: 'ي', 0x0626: 'ي', 0x06CC: 'ي',
        0x0629: 'ه', 0x06C0: 'ه', 0x0624: 'و', 0x06A9: 'ك'}
_SPACES = {0x09, 0x0B, 0x0C, 0xA0, 0x202F, 0x205F, 0x3000} | \
    set(range(0x2000, 0x200B))


def _fold_cp(c):
    cp = ord(c)
    if cp in _DROP:
        return ''
    if cp in _MAP:
        return _MAP[cp]
    if 0x0660 <= cp <= 0x0669:
        return chr(ord('0') + cp - 0x0660)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(ord('0') + cp - 0x06F0)
    if 'A' <= c <= 'Z':
        return c.lower()
    if cp in _SPACES:
        return ' '
    return c


def fold(text):
    """The folded view of TEXT, as analyzer/normalize.c makes it."""
    out = []
    for c in text:
        cp = ord(c)
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE:
            out.extend(_fold_cp(d) for d in unicodedata.normalize('NFKC', c))
        else:
            out.append(_fold_cp(c))
    return ''.join(out)


# ------------------------------------------------------------- tokens

# After a subject, a colon or an opening mark begins the words quoted; a
# straight mark (") is told opening or closing by its parity in the
# paragraph (paragraph() rewrites it as OPEN_STRAIGHT).
OPEN_STRAIGHT = '"<'
OPENING = {':', '«', '“', '„', '‹', OPEN_STRAIGHT}
SENTENCE_END = set('.!?؟…')


def is_word_char(c):
    cp = ord(c)
    if cp < 0x80:
        return c.isalnum() or c == '_'
    if 0x0621 <= cp <= 0x064A:
        return True
    return c.isalnum() or unicodedata.category(c) == 'Mn'


def tokenize(line):
    """Tokens of a folded line: words, and one token per other character."""
    toks, i, n = [], 0, len(line)
    while i < n:
        c = line[i]
        if is_word_char(c):
            j = i
            while j < n and is_word_char(line[j]):
                j += 1
            toks.append(line[i:j])
            i = j
        else:
            if not c.isspace():
                toks.append(c)
            i += 1
    return toks


def is_word(tok):
    return is_word_char(tok[0])


# ------------------------------------------------------------ lexicons

ARTICLE = 'ال'
CONJ = ('و', 'ف')
PREP = ('ب', 'ل', 'ك')


def strip_article(w):
    """W without the article when at least three letters are left."""
    if w.startswith(ARTICLE) and len(w) - len(ARTICLE) >= 3:
        return w[len(ARTICLE):]
    return w


def read_lexicon(path, attr=None):
    """{section: [tuple of folded words]} of a format-1 file; with ATTR
    (key=value), only the entries that have it."""
    sections = defaultdict(list)
    section = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cut = line.find(' # ')
            if cut >= 0:
                line = line[:cut]
            line = line.rstrip(' \t')
            if line.startswith('['):
                section = line[1:-1]
                continue
            fields = line.split('\t')
            field = fields[0]
            if attr is not None and attr not in fields[1:]:
                continue
            if field.startswith('/'):
                continue            # a stance pattern
            for form in field.split('|'):
                sections[section].append(tuple(fold(form).split(' ')))
    return sections


class Lexicons:
    def __init__(self, d):
        titles = read_lexicon(os.path.join(d, 'titles.txt'))
        verbs = read_lexicon(os.path.join(d, 'reporting_verbs.txt'))
        comps = read_lexicon(os.path.join(d, 'complementisers.txt'))
        bounds = read_lexicon(os.path.join(d, 'boundaries.txt'))
        # Titles: by the key of their first word (article stripped).
        self.titles = defaultdict(list)
        for sec in ('title', 'honorific'):
            for words in titles[sec]:
                self.titles[strip_article(words[0])].append(
                    tuple(strip_article(w) for w in words))
        self.title_words = set()
        # BARE_TITLE_WORDS: those a form writes without the article
        self.bare_title_words = set()
        for sec in ('title', 'office', 'honorific', 'nisba'):
            for words in titles[sec]:
                if len(words) == 1:
                    self.title_words.add(strip_article(words[0]))
                    if strip_article(words[0]) == words[0]:
                        self.bare_title_words.add(words[0])
        # Nouns that take a genitive when written bare (مدير التمريض); a
        # nisba is an adjective (تركي in العقيد تركي المالكي is a name).
        self.construct_words = {strip_article(w[0]) for sec in
                                ('title', 'office', 'honorific')
                                for w in titles[sec] if len(w) == 1}
        self.construct_words -= {strip_article(w[0]) for w in
                                 titles['nisba'] if len(w) == 1}
        # those of them a form writes without the article (باسم)
        self.bare_construct_words = self.construct_words & \
            self.bare_title_words
        # Words of organisation and place names, which a title phrase
        # may take before the name (الأمين العام للأمم المتحدة فلان);
        # BARE_ORG_WORDS: those a form writes without the article (حماس,
        # not الرياض, whose رياض is a given name).
        self.org_words = set()
        self.bare_org_words = set()
        for f in ('organisations.txt', 'places.txt'):
            for ws in read_lexicon(os.path.join(d, f)).values():
                for words in ws:
                    self.org_words.update(strip_article(w) for w in words)
                    self.bare_org_words.update(
                        w for w in words if strip_article(w) == w)
        # ADJECTIVE_LIKE: the one-word nisbas, offices and places, whose
        # bare form right after a definite word cannot be its adjective
        # (bare_after_definite); a word of a longer name is left alone
        self.adjective_like = {strip_article(w[0]) for sec in
                               ('office', 'nisba') for w in titles[sec]
                               if len(w) == 1}
        for ws in read_lexicon(os.path.join(d, 'places.txt')).values():
            self.adjective_like.update(strip_article(w[0]) for w in ws
                                       if len(w) == 1)
        # Reporting verbs match as written or after و/ف (never through
        # the article or a preposition).
        self.verbs = {w[0] for s in ('verb', 'relay') for w in verbs[s]
                      if len(w) == 1}
        # A verb that is also a common word (بين "between") has a subject
        # only before a complementiser.
        clause = read_lexicon(os.path.join(d, 'reporting_verbs.txt'),
                              'content=clause')
        self.clause_verbs = {w[0] for ws in clause.values() for w in ws
                             if len(w) == 1}
        self.reporting = {w[0] for ws in verbs.values() for w in ws
                          if len(w) == 1}
        self.comps = {w[0] for w in comps['complementiser'] if len(w) == 1}
        # Function words: as written, after و/ف.
        self.stops = {w[0] for ws in bounds.values() for w in ws
                      if len(w) == 1}
        self.stops |= {w[0] for w in comps['bridge'] if len(w) == 1}
        # A verb that is also a function word (عبر "via") is taken as the
        # function word: its "subject" is the preposition's object.
        self.verbs -= self.stops
        self.adverbs = {w[0] for w in bounds['adverb'] if len(w) == 1}


def after_conj(tok):
    """TOK as written, and without a leading و/ف (two letters left)."""
    out = [tok]
    if tok[0] in CONJ and len(tok) >= 3:
        out.append(tok[1:])
    return out


def is_definite(tok):
    """Whether TOK carries the article (after any و/ف), glued to a
    preposition or not (الوزير, والوزير, للوزير, بالوزير)."""
    for v in after_conj(tok):
        if v.startswith(ARTICLE) and len(v) > 3:
            return True
        if len(v) > 4 and (v.startswith('لل') or
                           (v[0] in PREP and v[1:].startswith(ARTICLE))):
            return True
    return False


def noun_keys(tok):
    """Lookup keys of TOK: clitics (و ف, ب ل ك, لل) and the article off."""
    keys = []
    for v in after_conj(tok):
        keys.append(strip_article(v))
        if v[0] in PREP and len(v) >= 3:
            keys.append(strip_article(v[1:]))
            if v.startswith('لل') and len(v) >= 4:
                keys.append(strip_article('ال' + v[2:]))
    return keys


# ------------------------------------------------------------- mining

class Miner:
    def __init__(self, lex, freq):
        self.lex = lex
        self.freq = freq                # every form's count, from pass 1
        self.total = Counter()
        self.name = Counter()
        self.after_def = Counter()      # definite, after a definite word
        self.tokens = 0
        self.articles = 0
        # weak subject phrases: phrase -> set of articles, and where
        self.weak = defaultdict(set)
        self.weak_at = []
        self.seen = 0       # tokens of the paragraphs before this one
        # name phrases of two words or more closed by إن/أن, a colon or a
        # comma (the test of a title's weak phrase)
        self.closed = set()

    def is_stop(self, tok):
        lx = self.lex
        return any(v in lx.stops or v in lx.comps or v in lx.reporting
                   for v in after_conj(tok))

    def prep_led(self, tok):
        """Whether TOK opens with a glued preposition ب/ل/ك (after any
        و/ف): before the article (للجزيره, بالبيان), or ب/ل before a form
        that is more frequent without it (لcnn, لفرانك; not لبنان).  ك
        counts only before the article: ك + a verb or a noun is too often
        a name (كيري is no ك + يري, كمال no ك + مال).  A leading و/ف is
        read as the conjunction only when the word without it is at least
        as frequent (وليد is no و + ل + يد)."""
        for v in after_conj(tok):
            # و/ف is a conjunction only when the word without it is at
            # least as frequent (وللجزيرة; not وليد, no و + ليد)
            if v is not tok and self.freq[v] < self.freq[tok]:
                continue
            if len(v) < 3 or v[0] not in PREP:
                continue
            if v.startswith('لل') and len(v) >= 4:
                return True
            if v[1:].startswith(ARTICLE) and len(v) >= 5:
                return True
            if v[0] != 'ك' and self.freq[v[1:]] > self.freq[v]:
                return True
        return False

    def ends_name(self, tok):
        """Whether a name phrase stops before TOK."""
        return not is_word(tok) or self.is_stop(tok) or self.prep_led(tok)

    def is_verb(self, tok, conj_ok=True):
        vs = after_conj(tok) if conj_ok else [tok]
        return any(v in self.lex.verbs for v in vs)

    def is_clause_verb(self, tok):
        return any(v in self.lex.clause_verbs for v in after_conj(tok))

    def title_at(self, toks, i):
        """Tokens a title entry spans at I, or 0."""
        best = 0
        for key in noun_keys(toks[i]):
            for words in self.lex.titles.get(key, ()):
                n = len(words)
                if n <= best or i + n > len(toks):
                    continue
                if all(is_word(toks[i + k]) and
                       strip_article(toks[i + k]) == words[k]
                       for k in range(1, n)):
                    best = n
        return best

    def in_title_phrase(self, toks, j):
        """Whether the word at J goes on a title phrase: a word of a
        title, an office, a nisba or a body's or place's name, but no
        bare word after a definite one (bare_after_definite)."""
        lx = self.lex
        if not is_word(toks[j]) or self.bare_after_definite(toks, j):
            return False
        return any(k in lx.title_words or k in lx.org_words
                   for k in noun_keys(toks[j]))

    def bare_after_definite(self, toks, j):
        """Whether the word at J, without the article after a word with
        it, cannot go on the title phrase: an adjective would take the
        article, so a one-word nisba, place or office written bare there
        is a given name (العقيد تركي المالكي, الوزير رياض المالكي,
        الفريق سامي عنان: السامي is the office); a title or an office a
        form writes bare (المتحدث باسم) and a body written bare (حماس)
        still go on."""
        if j == 0 or not is_word(toks[j - 1]) or is_definite(toks[j]) or \
                not is_definite(toks[j - 1]):
            return False
        keys = noun_keys(toks[j])
        return any(k in self.lex.adjective_like for k in keys) and \
            not any(k in self.lex.bare_construct_words or
                    k in self.lex.bare_org_words for k in keys)

    def past_genitive(self, toks, j):
        """J past the definite genitive of a title in the construct state
        (a title word written without the article: مدير التمريض, مسؤول
        الإعلام) and the definite words that qualify it: a bare title
        needs a genitive, so the definite words right after it are that
        genitive, not the name, which may follow (مدير التمريض فلان).  A
        definite title takes its name directly (الوزير الفلاني)."""
        if j == 0 or j >= len(toks) or not is_word(toks[j - 1]) or \
                is_definite(toks[j - 1]) or \
                not any(k in self.lex.construct_words
                        for k in noun_keys(toks[j - 1])):
            return j
        while j < len(toks) and is_word(toks[j]) and is_definite(toks[j]) \
                and not self.ends_name(toks[j]):
            j += 1
        return j

    def after_title(self, toks, j):
        """The name words after a title phrase that ends at J: past the
        words of the title phrase and of an organisation or place
        (الأمين العام للأمم المتحدة), the words up to the end of the name
        when it ends at a complementiser, a colon or a comma, else the
        first word alone; and, for a name not so closed, the span of its
        words as a weak phrase (first, last) or None."""
        lx = self.lex
        while j < len(toks) and self.in_title_phrase(toks, j):
            j += 1
        genitive = self.past_genitive(toks, j)
        past_genitive, j = genitive > j, genitive
        first = j
        while j < len(toks) and j - first < MAX_OPEN and \
                not self.ends_name(toks[j]):
            j += 1
        if j == first:
            return range(0), None
        # the end of a sentence may follow an object (التقى الوزير فلان
        # المزارعين.): only a comma, a colon or إن/أن close a name; the
        # words of one not closed count when they recur as a phrase in
        # other articles (a full name: مصطفى صنع الله، خالد التميمي)
        closed = j < len(toks) and (
            toks[j] in (':', '،', ',') or
            any(v in lx.comps for v in after_conj(toks[j])))
        if closed:
            return range(first, j), None
        weak = (first, j) if MIN_WEAK <= j - first <= MAX_WEAK else None
        # after a genitive, the first word is as often the sentence's
        # verb or object (مدير الأمن يشن حملة): only a closed name counts
        if past_genitive:
            return range(0), weak
        return range(first, first + 1), weak

    def subject(self, toks, i):
        """The subject phrase after the verb at I: (first, last, strong)."""
        j = i + 1
        while j < len(toks) and is_word(toks[j]) and \
                any(v in self.lex.adverbs for v in after_conj(toks[j])):
            j += 1
        first = j
        while j < len(toks) and j - first < MAX_SUBJECT + 1 and \
                not self.ends_name(toks[j]):
            j += 1
        if j == first or j - first > MAX_SUBJECT:
            return None
        comp = j < len(toks) and is_word(toks[j]) and \
            any(v in self.lex.comps for v in after_conj(toks[j]))
        if self.is_clause_verb(toks[i]):
            return (first, j, True) if comp else None
        # A colon closes a subject; a quotation mark may follow an object
        # too (أعلن العراق قصف "…"): that phrase must recur.
        return first, j, comp or (j < len(toks) and toks[j] == ':')

    def sentence(self, toks, marks, weak):
        lx = self.lex
        for i, t in enumerate(toks):
            if not is_word(t):
                continue
            if self.is_verb(t):
                s = self.subject(toks, i)
                if s:
                    first, last, strong = s
                    if strong:
                        marks.update(range(first, last))
                        self.closed.add(' '.join(toks[first:last]))
                    elif MIN_WEAK <= last - first <= MAX_WEAK:
                        weak.append((first, last, False))
            n = self.title_at(toks, i)
            if n:
                strong, phrase = self.after_title(toks, i + n)
                marks.update(strong)
                if phrase:
                    weak.append(phrase + (True,))
                elif len(strong) >= MIN_WEAK:
                    self.closed.add(' '.join(toks[strong.start:strong.stop]))
        # V: a sentence opened by its subject, then the verb
        for j in range(1, min(len(toks), MAX_OPEN + 1)):
            if self.ends_name(toks[j - 1]):
                break
            if is_word(toks[j]) and self.is_verb(toks[j], conj_ok=False):
                marks.update(range(0, j))
                break

    def paragraph(self, toks, art):
        toks = list(toks)
        straight = [i for i, t in enumerate(toks) if t == '"']
        for i in straight[0::2]:
            toks[i] = OPEN_STRAIGHT
        words = [t for t in toks if is_word(t)]
        self.tokens += len(words)
        marks = set()
        # P: NAME: "…"
        for j in range(1, min(len(toks) - 1, MAX_OPEN + 1)):
            if self.ends_name(toks[j - 1]):
                break
            if toks[j] == ':' and toks[j + 1] in OPENING:
                marks.update(range(0, j))
                break
        start, weak = 0, []
        for i, t in enumerate(toks + ['.']):
            if t in SENTENCE_END or i == len(toks):
                sub, subweak = set(), []
                self.sentence(toks[start:i], sub, subweak)
                marks.update(start + k for k in sub)
                weak.extend((start + a, start + b, t) for a, b, t in subweak)
                start = i + 1
        # A weak phrase's words count later if the phrase recurs; the
        # words another position already took are not counted twice.
        for a, b, titled in weak:
            phrase = ' '.join(toks[a:b])
            if not titled:
                self.weak[phrase].add(art)
            self.weak_at.append((phrase, titled,
                                 [(self.seen + k, toks[k], k in marks)
                                  for k in range(a, b)]))
        prev = None
        for i, t in enumerate(toks):
            if not is_word(t):
                prev = None
                continue
            self.total[t] += 1
            if i in marks:
                self.name[t] += 1
            if prev is not None and prev.startswith(ARTICLE) and \
                    t.startswith(ARTICLE):
                self.after_def[t] += 1
            prev = t
        self.last = (toks, marks)
        self.seen += len(toks)

    def article(self, paragraphs, art):
        self.articles += 1
        for toks in paragraphs:
            self.paragraph(toks, art)

    def finish_weak(self):
        """Weak subject phrases that recur across articles are names, and
        so are the opening words after a title that are a whole name
        closed elsewhere (a subject before إن or a colon, or a title's name
        before a comma): الوزير فلان الفلاني المزارعين counts الفلاني
        when قال فلان الفلاني إن occurs somewhere."""
        self.recurring = 0
        counted = set()     # a word in two phrases counts once
        for phrase, titled, words in self.weak_at:
            if titled:
                # the longest opening that is a closed name elsewhere
                n = len(words)
                while n >= MIN_WEAK and \
                        ' '.join(w for _, w, _ in words[:n]) not in self.closed:
                    n -= 1
                words = words[:n] if n >= MIN_WEAK else []
            elif len(self.weak[phrase]) < MIN_RECUR:
                words = []
            for at, w, marked in words:
                if not marked and at not in counted:
                    counted.add(at)
                    self.recurring += 1
                    self.name[w] += 1


def read_article(path):
    """The tokens of each paragraph of the article at PATH (interned:
    the corpora are held in memory for the two passes)."""
    out = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line:
                out.append([sys.intern(t) for t in tokenize(fold(line))])
    return out


def is_adjective(m, w):
    total = m.total[w]
    if not w.endswith('ه'):
        fem = m.total.get(w + 'ه', 0)
        if fem >= MIN_FEM and fem >= FEM_RATIO * total:
            return True
    if (w.endswith('ي') or w.endswith('يه')) and w.startswith(ARTICLE) and \
            m.after_def[w] >= NISBA_RATIO * total:
        return True
    # the accusative ending ا (تحديدا, متحدثا, جديدا): the form without it
    # is at least as frequent and takes the article
    stem = w[:-1]
    if len(w) >= 4 and w.endswith('ا') and m.total.get(stem, 0) >= total \
            and m.total.get(ARTICLE + stem, 0) >= MIN_FEM:
        return True
    return False


def classify(m):
    names_total = sum(m.name.values())
    base = names_total / m.tokens if m.tokens else 0.0
    out = {'name': [], 'not_name': []}
    for w, total in m.total.items():
        if len(w) < 2 or w.isdigit():
            continue
        n = m.name[w]
        share = n / total
        adj = is_adjective(m, w)
        if n >= MIN_NAME and share >= NAME_FACTOR * base and not adj:
            out['name'].append((w, n, total - n))
        elif total >= MIN_TOTAL and (share <= NOT_FACTOR * base or
                                     (adj and share < ADJ_FACTOR * base)):
            out['not_name'].append((w, n, total - n))
    for k in out:
        out[k].sort(key=lambda e: (-(e[1] + e[2]), e[0]))
        out[k] = out[k][:TOP]
    return base, names_total, out


HEADER = """\
#+format: 1
#+language: ar
#+kind: namelike
# GENERATED by lexicons/mine/namelike.py; do not edit by hand, run the
# script again (lexicons/README.md says how).  Single word forms, folded as
# qawl folds the text, whole tokens with their clitics; no corpus text.
# name=N: occurrences in a name position (subject after a reporting verb,
# the name after a title phrase (past a bare title's definite genitive:
# مدير التمريض), NAME: "..." at a paragraph start, subject
# opening a sentence before a verb; a name ends at a function word or a
# glued preposition); other=M: all other occurrences.
# Corpora: {articles} articles, {tokens} words, {names} in name positions
# ({recurring} of them only from recurring subject phrases);
# BASE = {base:.5f}.
# name:     name >= {min_name} and name/(name+other) >= {nf} * BASE, no
#           adjective.
# not_name: name+other >= {min_total} and name/(name+other) <= {notf} * BASE,
#           or an adjective with name/(name+other) < {adjf} * BASE.
# adjective: its form + ه at least {fem_ratio} times as frequent (and {min_fem}
#           times), or a definite ي/يه form after a definite word in at
#           least {nisba} of its occurrences, or a form in accusative ا
#           whose stem is as frequent and takes the article ({min_fem} times).
# The {top} most frequent forms of each class are kept: {nname} name,
# {nnot} not_name.
"""


def write(m, out, fp):
    base, names_total, classes = classify(m)
    fp.write(HEADER.format(
        articles=m.articles, tokens=m.tokens, names=names_total,
        recurring=m.recurring, base=base, min_name=MIN_NAME,
        nf=NAME_FACTOR, notf=NOT_FACTOR, adjf=ADJ_FACTOR,
        min_total=MIN_TOTAL,
        fem_ratio=FEM_RATIO, min_fem=MIN_FEM, nisba=NISBA_RATIO, top=TOP,
        nname=len(classes['name']), nnot=len(classes['not_name'])))
    for sec in ('name', 'not_name'):
        fp.write('\n[%s]\n' % sec)
        for w, n, o in classes[sec]:
            fp.write('%s\tname=%d\tother=%d\n' % (w, n, o))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--lexicons', default=os.path.dirname(here))
    ap.add_argument('--out', default=os.path.join(os.path.dirname(here),
                                                  'namelike.txt'))
    ap.add_argument('corpora', nargs='+')
    a = ap.parse_args(argv)
    articles = []
    for d in a.corpora:
        names = sorted(f for f in os.listdir(d) if f.endswith('.txt'))
        if not names:
            sys.exit('namelike.py: no *.txt article in %s' % d)
        for f in names:
            path = os.path.join(d, f)
            articles.append((path, read_article(path)))
    # Pass 1: how often each form occurs (prep_led() compares forms).
    freq = Counter(t for _, paras in articles for toks in paras
                   for t in toks)
    # Pass 2: the positions.
    m = Miner(Lexicons(a.lexicons), freq)
    for path, paras in articles:
        m.article(paras, path)
    m.finish_weak()
    tmp = a.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as fp:
        write(m, a.out, fp)
    os.replace(tmp, a.out)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
