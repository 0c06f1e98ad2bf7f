#include "sievehelpers.h"
#include "sieves.h"

#include "../../lexicon/wordclass.h"

using namespace Qt::StringLiterals;

namespace saywho::core::sieve {

namespace {

// How far before a quote a "X said:" introduction may start, in tokens.
constexpr int IntroWindow = 10;
// How long a paragraph signing the quotation before it may be, in characters.
constexpr int MaxSignatureLine = 80;
// How many tokens may follow a closing report clause ("reported ten days ago.").
constexpr int MaxReportTail = 5;

// Mention m is the object of "of", "with" or "from" ("footage of Trump", "with one of her ads").
bool ownsParticiple(const SieveContext &c, int m)
{
    int k = c.phrase.firstToken(m) - 1;
    if (c.tt().has(k, WordClass::Determiner))
        --k;
    return c.tt().isLower(k, u"of") || c.tt().isLower(k, u"with") || c.tt().isLower(k, u"from");
}

} // namespace

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

// “…” ― Pamela Padilla : a dash after the quotation signs it. So does a short paragraph of its own
// right after a quotation that ends its paragraph ("“…”¶¶- Bernie Sanders, in a debate.").
bool dashSignature(const SieveContext &c, int q, Attribution &out)
{
    int k = c.closeToken.at(q) + 1;
    if (k >= c.tt().size())
        return false;
    const int para = paragraphOf(c, q);
    const bool ownLine = para >= 0 && para + 1 < c.doc.paragraphs().size() &&
                         c.tt().at(k).span.begin >= c.doc.paragraphs().at(para).span.end &&
                         c.tt().at(k).span.begin == c.doc.paragraphs().at(para + 1).span.begin &&
                         c.doc.paragraphs().at(para + 1).span.length() <= MaxSignatureLine;
    const QChar d = c.tt().first(k);
    const bool dash = d == QChar(0x2015) || d == QChar(0x2014) || d == QChar(0x2013) || d == u'-';
    if (!dash || (d == u'-' && c.tt().view(k).size() < 2 && !ownLine))
        return false;
    const int m = c.phrase.mentionAt(k + 1);
    if (m < 0 || c.phrase.firstToken(m) != k + 1)
        return false;
    // A line of its own naming an agency ("- Reuters.") credits a picture, not the words.
    if (ownLine && c.doc.mentions().at(m).entityKind != EntityKind::Person)
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
        // "X released a statement saying: “…”": a participle speaks for the sentence's subject, not
        // for the object before it; but "footage of Trump saying", "one of her ads asking": the
        // object of a preposition is who speaks in it.
        // "X was asked by host Y, “…”": a passive verb's agent speaks.
        if (c.tt().isLower(v + 1, u"by") &&
            (c.tt().isLower(v - 1, u"was") || c.tt().isLower(v - 1, u"were") ||
             c.tt().isLower(v - 1, u"is") || c.tt().isLower(v - 1, u"been"))) {
            if (const int agent = sp.subjectAfter(v, open); agent >= 0)
                return setFrom(c, agent, v, out);
        }
        const int before = sp.subjectBefore(v, sentenceFirstToken(c, v));
        int m = before >= 0 && ownsParticiple(c, before) ? -1 : sentenceSubject(c, v);
        if (m < 0)
            m = before;
        if (m < 0 && inverts(c, v))
            m = sp.subjectAfter(v, open);
        int cue = v;
        m = m >= 0 ? outerReporter(c, m, cue) : m;
        return setFrom(c, m, cue, out);
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

// Kasich resisted: “…”  /  Pollsters agree - Carl Bialik: “…”  /  A footnote makes that clear: “…”: a
// colon hands the sentence over to the quotation, so whoever the sentence is about speaks, whatever
// the verb (most of them are in no list).
bool colonSubject(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int colon = open - 1;
    if (colon < 1 || !c.tt().isPunct(colon, u':'))
        return false;
    const int first = sentenceFirstToken(c, colon);
    // A name that is all the introduction says ("Carl Bialik:", "- Carl Bialik:") signs it; one after
    // a verb ("told Fox News:") is its object.
    if (const int m = c.phrase.mentionAt(colon - 1); m >= 0 && c.phrase.lastToken(m) == colon &&
                                                     !c.phrase.inQuote(colon - 1) &&
                                                     c.doc.mentions().at(m).kind == MentionKind::Name) {
        const int before = c.phrase.firstToken(m) - 1;
        const QChar d = before >= first ? c.tt().first(before) : QChar();
        if (before < first || d == u'-' || d == QChar(0x2014) || d == QChar(0x2013))
            return setFrom(c, m, -1, out);
    }
    // The clause the colon ends speaks: "When Trump suggested …, Rubio fired back: “…”".
    if (const int start = lastClauseStart(c, first, colon); start > first) {
        if (const int m = firstSubject(c, start, colon); m >= 0)
            return setFrom(c, m, -1, out);
    }
    return setFrom(c, firstSubject(c, first, colon), -1, out);
}

// ... according to X ...
bool accordingTo(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, c.closeToken.at(q));
    return c.once("according-to", first, end, out, [&](Attribution &out) {
        for (int k = first; k + 2 < end; ++k) {
            if (c.phrase.inQuote(k) || !c.tt().isLower(k, u"according") || !c.tt().isLower(k + 1, u"to"))
                continue;
            // "according to conservative talk radio host Rush Limbaugh": the first mention before a comma.
            for (int j = k + 2; j < end && j < k + 9 && !c.tt().isPunct(j, u',') && !c.phrase.inQuote(j);
                 ++j) {
                const int m = c.phrase.mentionAt(j);
                if (m >= 0) {
                    out.mention = m;
                    out.cue = {c.tt().at(k).span.begin, c.tt().at(k + 1).span.end};
                    return true;
                }
            }
        }
        return false;
    });
}

// “…,” Kristen Day said, the Orlando Sentinel reported.  /  …, reported the Washington Examiner.
// A report clause closing the sentence names the source the reader is given, like "according to".
bool reportedBy(const SieveContext &c, int q, Attribution &out)
{
    const int close = c.closeToken.at(q);
    const int first = sentenceFirstToken(c, close);
    const int end = sentenceEndToken(c, close);
    Attribution found;
    const bool any = c.once("reported-by", first, end, found, [&](Attribution &a) {
        auto reports = [&](int k) {
            return !c.phrase.inQuote(k) && (c.tt().isLower(k, u"reported") || c.tt().isLower(k, u"reports"));
        };
        // The clause ends the sentence, but for a time ("in 1991", "on Tuesday", "ten days ago"):
        // "reported that …" opens what is reported instead.
        auto closesSentence = [&](int k) {
            for (int j = k; j < end && j < k + MaxReportTail; ++j)
                if (c.tt().isLower(j, u"that") || c.phrase.inQuote(j) || c.tt().isPunct(j, u','))
                    return false;
            return end - k <= MaxReportTail;
        };
        for (int k = end - 1; k > first; --k) {
            if (!reports(k))
                continue;
            // ", the Orlando Sentinel (first) reported"
            int v = k - 1;
            while (v > first && c.phrase.isFiller(v))
                --v;
            if (const int m = c.phrase.mentionAt(v); m >= 0 && c.phrase.lastToken(m) == v + 1) {
                int before = c.phrase.firstToken(m) - 1;
                if (c.tt().isLower(before, u"the"))
                    --before;
                if (c.tt().isPunct(before, u',') || c.tt().isQuoteMark(before)) {
                    if (!closesSentence(k + 1))
                        return false;
                    a.mention = m;
                    a.cue = c.tt().at(k).span;
                    return true;
                }
            }
            // ", reported the Washington Examiner"
            if (c.tt().isPunct(k - 1, u',')) {
                int n = k + 1;
                if (c.tt().isLower(n, u"the"))
                    ++n;
                const int m = c.phrase.mentionAt(n);
                if (m >= 0 && c.phrase.firstToken(m) <= n && closesSentence(c.phrase.lastToken(m))) {
                    a.mention = m;
                    a.cue = c.tt().at(k).span;
                    return true;
                }
            }
            return false;
        }
        return false;
    });
    // Only for the quotes the clause follows.
    if (!any || c.tt().tokenAt(found.cue.begin) <= close)
        return false;
    out = found;
    return true;
}

} // namespace saywho::core::sieve
