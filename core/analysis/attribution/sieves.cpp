#include "sievecontext.h"

#include "../../lexicon/wordclass.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

int SieveContext::speakerOf(int i) const
{
    const Attribution &a = decided.at(i);
    if (a.entity)
        return a.entity;
    return a.mention >= 0 ? doc.mentions().at(a.mention).entity : 0;
}

namespace {

// How far before a quote a "X said:" introduction may start, in tokens.
constexpr int IntroWindow = 10;

int sentenceFirstToken(const SieveContext &c, int k)
{
    const int s = c.doc.sentenceAt(c.tt().at(k).span.begin);
    return s >= 0 ? c.doc.sentences().at(s).firstToken : 0;
}

int sentenceEndToken(const SieveContext &c, int k)
{
    const int s = c.doc.sentenceAt(c.tt().at(k).span.begin);
    return s >= 0 ? c.doc.sentences().at(s).firstToken + c.doc.sentences().at(s).tokenCount : c.tt().size();
}

int paragraphOf(const SieveContext &c, int quote) { return c.doc.paragraphAt(c.doc.quotes().at(quote).span.begin); }

// The quoted words end with a full stop, question or exclamation mark before the closing mark.
bool endsWithSentence(const SieveContext &c, int q)
{
    const QStringView inner = c.doc.textOf(c.doc.quotes().at(q).span);
    if (inner.size() < 3)
        return false;
    const QChar last = inner.at(inner.size() - 2);
    return last == u'.' || last == u'?' || last == u'!';
}

// "said X" inverts only right after a quotation or a comma.
bool inverts(const SieveContext &c, int verb)
{
    return verb == sentenceFirstToken(c, verb) ||
           (verb > 0 && (c.tt().isQuoteMark(verb - 1) || c.tt().isPunct(verb - 1, u',')));
}

// "X had mocked the complaint, saying “…”", "X began by saying …": a participle speaks for the
// sentence's subject.
int sentenceSubject(const SieveContext &c, int verb)
{
    // Also the second verb of "X outlined his plan and vowed …".
    if (!c.tt().view(verb).endsWith(u"ing") && !c.tt().isLower(verb - 1, u"and"))
        return -1;
    // The first mention that is not the object of a preposition ("In a speech, Trump attacked…").
    const int first = sentenceFirstToken(c, verb);
    for (int k = first; k < verb; ++k) {
        const int m = c.phrase.mentionAt(k);
        if (m < 0 || c.phrase.inQuote(k) || c.phrase.firstToken(m) != k)
            continue;
        const int before = k - 1;
        const bool object = before >= first && c.tt().isWord(before) && !c.tt().capitalized(before);
        if (!object || c.tt().isLower(before, u"and"))
            return m;
    }
    return -1;
}

bool setFrom(const SieveContext &c, int mention, int verb, Attribution &out)
{
    if (mention < 0)
        return false;
    out.mention = mention;
    if (verb >= 0)
        out.cue = c.tt().at(verb).span;
    return true;
}

// “…,” X said  /  “…,” said X  /  “…,” X, a former aide, said
bool trailingSaid(const SieveContext &c, int q, Attribution &out)
{
    const SpeakerPhrase &sp = c.phrase;
    int k = c.closeToken.at(q) + 1;
    if (c.tt().isPunct(k, u','))
        ++k;
    if (k >= c.tt().size() || sp.inQuote(k))
        return false;
    const Span para = c.doc.paragraphs().at(paragraphOf(c, q)).span;
    if (c.tt().at(k).span.begin >= para.end)
        return false;
    int limit = k;
    while (limit < c.tt().size() && limit < k + 24 && c.tt().at(limit).span.end <= para.end)
        ++limit;
    int verb = -1;
    const int m = sp.mentionThenVerb(k, limit, verb);
    // “… change.” She adds, “…”: after a finished sentence, a verb that introduces the next quote is its.
    const bool finished = endsWithSentence(c, q);
    auto introducesNext = [&](int v) {
        int n = v + 1;
        while (n < limit && sp.isFiller(n))
            ++n;
        return finished && (c.tt().isPunct(n, u',') || c.tt().isPunct(n, u':')) && c.tt().isQuoteMark(n + 1);
    };
    // A quote that ends a sentence it did not start ("said “the question is the timing.” Gov. Pat
    // McCrory said …"): what follows is the next sentence's speaker.
    if (finished && !c.doc.startsSentence(c.doc.quotes().at(q).span.begin))
        return false;
    if (m >= 0)
        return !introducesNext(verb) && setFrom(c, m, verb, out);
    int v = k;
    while (v < limit && sp.isFiller(v))
        ++v;
    if (sp.isSpeechVerb(v) && !introducesNext(v))
        return setFrom(c, sp.subjectAfter(v, limit), v, out);
    return false;
}

// "WALLACE: But, Governor Pence, …": an interview transcript names its speaker inside the quote.
bool transcriptLabel(const SieveContext &c, int q, Attribution &out)
{
    const int name = c.openToken.at(q) + 1;
    if (name + 1 >= c.tt().size() || !c.tt().isPunct(name + 1, u':'))
        return false;
    const int m = c.phrase.mentionAt(name);
    if (m < 0 || c.phrase.lastToken(m) != name + 1)
        return false;
    // Transcripts label speakers in capitals ("WALLACE:"); "Collapse:" is a heading.
    for (const QChar ch : c.tt().view(name))
        if (ch.isLower())
            return false;
    out.mention = m;
    return true;
}

// “…” ― Pamela Padilla : a dash after the quotation signs it.
bool dashSignature(const SieveContext &c, int q, Attribution &out)
{
    int k = c.closeToken.at(q) + 1;
    if (k >= c.tt().size())
        return false;
    const QChar d = c.tt().first(k);
    if (d != QChar(0x2015) && d != QChar(0x2014) && d != QChar(0x2013) && !(d == u'-' && c.tt().view(k).size() >= 2))
        return false;
    const int m = c.phrase.mentionAt(k + 1);
    if (m < 0 || c.phrase.firstToken(m) != k + 1)
        return false;
    out.mention = m;
    return true;
}

// X said: “…”  /  X said, “…”  /  X told reporters on Sunday: “…”  /  X said that “…”
bool leadingSaid(const SieveContext &c, int q, Attribution &out)
{
    const SpeakerPhrase &sp = c.phrase;
    const int open = c.openToken.at(q);
    const int begin = std::max(sentenceFirstToken(c, open), open - IntroWindow);
    int k = open - 1;
    if (k < begin)
        return false;
    const bool punct = c.tt().isPunct(k, u':') || c.tt().isPunct(k, u',');
    const bool that = c.tt().isLower(k, u"that");
    if (!punct && !that && !sp.isSpeechVerb(k))
        return false;
    for (int v = k; v >= begin; --v) {
        if (sp.inQuote(v))
            return false;
        if (!sp.isSpeechVerb(v))
            continue;
        int m = sp.subjectBefore(v, sentenceFirstToken(c, v));
        if (m < 0)
            m = sentenceSubject(c, v);
        if (m < 0 && inverts(c, v))
            m = sp.subjectAfter(v, open);
        return setFrom(c, m, v, out);
    }
    return false;
}

// He said:\n\n“…” : the introduction ends the previous paragraph.
bool colonIntroduction(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int prev = open - 1;
    const int para = paragraphOf(c, q);
    if (para <= 0 || prev < 0 || !c.tt().isPunct(prev, u':'))
        return false;
    if (c.doc.quotes().at(q).span.begin != c.doc.paragraphs().at(para).span.begin)
        return false;
    const int first = sentenceFirstToken(c, prev);
    for (int v = prev - 1; v >= first; --v) {
        if (c.phrase.isSpeechVerb(v)) {
            int m = c.phrase.subjectBefore(v, first);
            if (m < 0)
                m = c.phrase.subjectAfter(v, prev);
            return setFrom(c, m, v, out);
        }
    }
    return false;
}

// X is rolling out a new message: “It's about me.” — a speech noun before the colon.
bool colonNoun(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    if (!c.tt().isPunct(open - 1, u':'))
        return false;
    const int first = sentenceFirstToken(c, open);
    bool noun = false;
    for (int k = open - 2; k >= first && k >= open - 4 && !noun; --k)
        noun = c.tt().has(k, WordClass::SpeechNoun);
    if (!noun)
        return false;
    for (int k = first; k < open; ++k) {
        const int m = c.phrase.mentionAt(k);
        if (m >= 0 && c.phrase.firstToken(m) == k && !c.phrase.inQuote(k)) {
            out.mention = m;
            return true;
        }
    }
    return false;
}

// ... according to X ...
bool accordingTo(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, c.closeToken.at(q));
    for (int k = first; k + 2 < end; ++k) {
        if (c.phrase.inQuote(k) || !c.tt().isLower(k, u"according") || !c.tt().isLower(k + 1, u"to"))
            continue;
        // "according to conservative talk radio host Rush Limbaugh": the first mention before a comma.
        for (int j = k + 2; j < end && j < k + 9 && !c.tt().isPunct(j, u',') && !c.phrase.inQuote(j); ++j) {
            const int m = c.phrase.mentionAt(j);
            if (m >= 0) {
                out.mention = m;
                out.cue = {c.tt().at(k).span.begin, c.tt().at(k + 1).span.end};
                return true;
            }
        }
    }
    return false;
}

// Any speech verb in the quote's sentence, outside quotes, nearest first: "X said the plan was “…”".
bool sentenceVerb(const SieveContext &c, int q, Attribution &out)
{
    const SpeakerPhrase &sp = c.phrase;
    const int open = c.openToken.at(q);
    const int close = c.closeToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, close);
    for (const bool strong : {true, false}) {
        for (int d = 1; d < 40; ++d) {
            const int before = open - d, after = close + d;
            if (before < first && after >= end)
                break;
            for (const int v : {before, after}) {
                if (v < first || v >= end || !(strong ? sp.isStrongSpeechVerb(v) : sp.isSpeechVerb(v)))
                    continue;
                // A participle ("issued a statement calling …") follows its object: the
                // sentence's subject speaks.
                int m = sentenceSubject(c, v);
                if (m < 0)
                    m = sp.subjectBefore(v, first);
                if (m < 0 && inverts(c, v))
                    m = sp.subjectAfter(v, end);
                if (m >= 0)
                    return setFrom(c, m, v, out);
            }
        }
    }
    return false;
}

// X's claim that ... “…”  /  in a statement, X ...
bool speechNoun(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    for (int k = open - 1; k > first; --k) {
        if (c.phrase.inQuote(k))
            break;
        if (!c.tt().has(k, WordClass::SpeechNoun))
            continue;
        const int owner = k - 1;
        if (c.tt().possessive(owner) && c.phrase.mentionAt(owner) >= 0) {
            out.mention = c.phrase.mentionAt(owner);
            out.cue = c.tt().at(k).span;
            return true;
        }
    }
    return false;
}

// Macron “will work with all stakeholders”: a name right before a quote that goes on as its verb.
bool subjectBeforeQuote(const SieveContext &c, int q, Attribution &out)
{
    const int prev = c.openToken.at(q) - 1;
    const int m = c.phrase.mentionAt(prev);
    const int inner = c.openToken.at(q) + 1;
    if (m < 0 || c.phrase.lastToken(m) != prev + 1 || inner >= c.tt().size() || c.tt().capitalized(inner))
        return false;
    const int first = sentenceFirstToken(c, prev);
    if (c.phrase.firstToken(m) > first + 1)
        return false;
    out.mention = m;
    return true;
}

// A multi-paragraph quotation has one speaker, wherever in the chain it was named.
bool continuation(const SieveContext &c, int q, Attribution &out)
{
    const QList<Quote> &qs = c.doc.quotes();
    auto indexOfId = [&](int id) {
        for (int i = 0; i < qs.size(); ++i)
            if (qs.at(i).id == id)
                return i;
        return -1;
    };
    for (int i = indexOfId(qs.at(q).continues); i >= 0; i = indexOfId(qs.at(i).continues)) {
        if (c.decided.at(i).found()) {
            out.entity = c.speakerOf(i);
            out.mention = c.decided.at(i).mention;
            return out.found();
        }
    }
    for (int i = q + 1; i < qs.size() && qs.at(i).continues == qs.at(i - 1).id; ++i) {
        if (c.decided.at(i).found()) {
            out.entity = c.speakerOf(i);
            out.mention = c.decided.at(i).mention;
            return out.found();
        }
    }
    return false;
}

// Another quote in the same paragraph has a speaker: the nearest one before, else after.
bool paragraphSpeaker(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    // A quote inside someone else's sentence ("Japan branded North Korea an “outlaw nation”") does
    // not inherit the paragraph's speaker; one that stands as its own sentence, or shares a sentence
    // with the attributed quote, does.
    const int sentence = c.doc.sentenceAt(c.doc.quotes().at(q).span.begin);
    const bool standsAlone = c.doc.startsSentence(c.doc.quotes().at(q).span.begin);
    for (int step : {-1, 1}) {
        for (int i = q + step; i >= 0 && i < c.doc.quotes().size(); i += step) {
            if (paragraphOf(c, i) != para)
                break;
            if (!standsAlone && c.doc.sentenceAt(c.doc.quotes().at(i).span.begin) != sentence &&
                c.doc.sentenceAt(c.doc.quotes().at(i).span.end - 1) != sentence)
                continue;
            if (c.decided.at(i).found()) {
                out.mention = c.decided.at(i).mention;
                out.entity = c.speakerOf(i);
                return true;
            }
        }
    }
    return false;
}

bool hasSpeechVerbOutsideQuotes(const SieveContext &c, Span para)
{
    for (int k = c.tt().tokenAt(para.begin); k < c.tt().size() && c.tt().at(k).span.end <= para.end; ++k)
        if (c.phrase.isSpeechVerb(k))
            return true;
    return false;
}

// A quote-only paragraph continues the speaker of the quote that ended the previous paragraph.
bool previousParagraph(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    if (para <= 0 || c.doc.quotes().at(q).span.begin != c.doc.paragraphs().at(para).span.begin)
        return false;
    if (hasSpeechVerbOutsideQuotes(c, c.doc.paragraphs().at(para).span))
        return false;
    for (int i = q - 1; i >= 0; --i) {
        const int p = paragraphOf(c, i);
        if (p < para - 1)
            break;
        if (p == para - 1 && c.decided.at(i).found()) {
            out.mention = c.decided.at(i).mention;
            out.entity = c.speakerOf(i);
            return true;
        }
    }
    return false;
}

// The speaker of the last reported speech earlier in the paragraph: "Trump said X. “…”"
bool previousSentenceSpeaker(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    if (para < 0)
        return false;
    const int paraFirst = c.tt().tokenAt(c.doc.paragraphs().at(para).span.begin);
    const int open = c.openToken.at(q);
    // Only a quotation that stands as its own sentence goes on from an earlier speaker; a partial
    // one lives in the writer's sentence, whose own subject is unknown here.
    if (c.doc.quotes().at(q).kind != QuoteKind::Direct)
        return false;
    for (int v = open - 1; v >= paraFirst; --v) {
        if (!c.phrase.isSpeechVerb(v))
            continue;
        const int first = sentenceFirstToken(c, v);
        int m = c.phrase.subjectBefore(v, first);
        if (m < 0)
            m = c.phrase.subjectAfter(v, sentenceEndToken(c, v));
        if (m >= 0)
            return setFrom(c, m, v, out);
    }
    return false;
}

} // namespace

const QList<Sieve> &attributionSieves()
{
    static const QList<Sieve> sieves{
        {"transcript-label", 0.9, transcriptLabel},
        {"trailing-said", 0.95, trailingSaid},
        {"dash-signature", 0.85, dashSignature},
        {"leading-said", 0.9, leadingSaid},
        {"colon-introduction", 0.85, colonIntroduction},
        {"colon-noun", 0.7, colonNoun},
        {"according-to", 0.85, accordingTo},
        {"sentence-verb", 0.7, sentenceVerb},
        {"speech-noun", 0.65, speechNoun},
        {"subject-before-quote", 0.6, subjectBeforeQuote},
        {"continuation", 0.85, continuation},
        {"paragraph-speaker", 0.6, paragraphSpeaker},
        {"previous-paragraph", 0.55, previousParagraph},
        {"previous-sentence-speaker", 0.45, previousSentenceSpeaker},
    };
    return sieves;
}

} // namespace saywho::core
