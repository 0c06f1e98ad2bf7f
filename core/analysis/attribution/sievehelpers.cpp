#include "sievehelpers.h"

#include "../../lexicon/wordclass.h"

using namespace Qt::StringLiterals;

namespace saywho::core::sieve {

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

int paragraphOf(const SieveContext &c, int quote)
{
    return c.doc.paragraphAt(c.doc.quotes().at(quote).span.begin);
}

// The quoted words end with a full stop, question or exclamation mark before the closing mark.
bool endsWithSentence(const SieveContext &c, int q)
{
    const QStringView inner = c.doc.textOf(c.doc.quotes().at(q).span);
    if (inner.size() < 3)
        return false;
    const QChar last = inner.at(inner.size() - 2);
    return last == u'.' || last == u'?' || last == u'!';
}

// "said X" inverts only at a sentence start or right after a quotation or a comma. After a comma
// that does not close a quotation, only verbs that take no person as object invert: "the plan,
// said Psaki, is dead" but not "Christie, who …, blasted Clinton as a “disgrace”".
bool inverts(const SieveContext &c, int verb)
{
    static const WordSet intransitive = makeWordSet(
        {u"said"_s,     u"says"_s,     u"added"_s,     u"adds"_s,     u"wrote"_s,     u"writes"_s,
         u"noted"_s,    u"notes"_s,    u"explained"_s, u"explains"_s, u"continued"_s, u"continues"_s,
         u"insisted"_s, u"insists"_s,  u"argued"_s,    u"argues"_s,   u"recalled"_s,  u"recalls"_s,
         u"replied"_s,  u"replies"_s,  u"countered"_s, u"counters"_s, u"concluded"_s, u"concludes"_s,
         u"observed"_s, u"declared"_s, u"declares"_s,  u"asked"_s,    u"asks"_s,      u"tweeted"_s,
         u"tweets"_s});
    if (verb == sentenceFirstToken(c, verb) || (verb > 0 && c.tt().isQuoteMark(verb - 1)))
        return true;
    if (verb < 1 || !c.tt().isPunct(verb - 1, u','))
        return false;
    return c.tt().isQuoteMark(verb - 2) || intransitive.contains(c.tt().lower(verb));
}

// "X had mocked the complaint, saying “…”", "X began by saying …": a participle speaks for the
// sentence's subject.
int sentenceSubject(const SieveContext &c, int verb)
{
    // Also the second verb of "X outlined his plan and vowed …".
    if (!c.tt().view(verb).endsWith(u"ing") && !c.tt().isLower(verb - 1, u"and"))
        return -1;
    const int first = sentenceFirstToken(c, verb);
    const int m = firstSubject(c, first, verb);
    const bool opening = c.tt().isLower(first, u"after") || c.tt().isLower(first, u"before") ||
                         c.tt().isLower(first, u"while") || c.tt().isLower(first, u"since") ||
                         c.tt().isLower(first, u"upon") || c.tt().isLower(first, u"by") ||
                         c.tt().isLower(first, u"when") || c.tt().isLower(first, u"despite");
    if (m >= 0 || verb != first + 1 || !opening)
        return m;
    // "After saying her foot was “so swollen …,” she was …": an opening participle phrase
    // belongs to the subject of the clause after it.
    const int end = sentenceEndToken(c, verb);
    for (int k = verb + 1; k + 1 < end; ++k) {
        if (!c.tt().isPunct(k, u','))
            continue;
        const int after = c.tt().isQuoteMark(k + 1) ? k + 2 : k + 1; // the comma may close a quote
        return firstSubject(c, after, std::min(end, after + 3));
    }
    return -1;
}

namespace {

// An adjective-like word before a name: not a preposition, verb, determiner or function word.
bool isQualifier(const SieveContext &c, int k)
{
    const QStringView w = c.tt().view(k);
    return !c.tt().has(k, WordClass::Preposition | WordClass::FunctionWord | WordClass::Determiner |
                              WordClass::SpeechVerb) &&
           !w.endsWith(u"ed") && !w.endsWith(u"ing");
}

// Mention m starting at token k is the subject of a clause from token first (see firstSubject).
bool isSubjectAt(const SieveContext &c, int first, int k, int m)
{
    if (m < 0 || c.phrase.inQuote(k) || c.phrase.firstToken(m) != k)
        return false;
    // "At his cookout, the band leader …": an owner's pronoun is no subject.
    if (c.tt().isLower(k, u"his") || c.tt().isLower(k, u"her") || c.tt().isLower(k, u"their") ||
        c.tt().isLower(k, u"its"))
        return false;
    // "Democratic presidential nominee Hillary Clinton chimed in": lower-case words that only
    // qualify the name from the sentence start leave it the subject.
    int before = k - 1;
    while (before >= first && c.tt().isWord(before) && !c.tt().capitalized(before) && isQualifier(c, before))
        --before;
    const bool fromStart = before < first || (before == first && c.tt().capitalized(before) &&
                                              !c.tt().has(before, WordClass::FunctionWord));
    if (fromStart && before != k - 1)
        return true;
    // "the Security Council": the article belongs to the name; look before it.
    const int prev = c.tt().isLower(k - 1, u"the") ? k - 2 : k - 1;
    const bool object = prev >= first && c.tt().isWord(prev) && !c.tt().capitalized(prev);
    return !object || c.tt().isLower(prev, u"and");
}

} // namespace

int firstSubject(const SieveContext &c, int first, int end)
{
    // The answer is the first subject token at or after first, cut off at end: each clause start
    // is scanned once however many quotes and verbs ask (a sentence may hold thousands).
    SieveContext::SubjectScan &scan = c.subjectScans[first];
    if (scan.found < 0) {
        for (int k = std::max(first, scan.next); k < end; ++k) {
            if (isSubjectAt(c, first, k, c.phrase.mentionAt(k))) {
                scan.found = k;
                break;
            }
        }
        if (scan.found < 0)
            scan.next = std::max(scan.next, end);
    }
    return scan.found >= 0 && scan.found < end ? c.phrase.mentionAt(scan.found) : -1;
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

} // namespace saywho::core::sieve
