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

namespace {

// Words that open a subordinate clause before the main one.
const WordSet &subordinators()
{
    static const WordSet words =
        makeWordSet({u"when"_s, u"as"_s, u"although"_s, u"though"_s, u"while"_s, u"because"_s, u"if"_s,
                     u"once"_s, u"whereas"_s, u"whether"_s, u"unless"_s, u"even"_s});
    return words;
}

// "Nefzi said, adding, …", "“…,” he said, adding …", "“…,” said Spicer, adding": a participle right
// after a reporting clause goes on with its speaker.
int reportingSubject(const SieveContext &c, int first, int verb)
{
    if (!c.tt().isPunct(verb - 1, u','))
        return -1;
    int v = verb - 2;
    while (v > first && c.phrase.isFiller(v))
        --v;
    if (c.phrase.isSpeechVerb(v))
        return c.phrase.subjectBefore(v, first);
    const int m = c.phrase.mentionAt(v);
    if (m >= 0 && c.phrase.lastToken(m) == v + 1 && c.phrase.isSpeechVerb(c.phrase.firstToken(m) - 1) &&
        inverts(c, c.phrase.firstToken(m) - 1))
        return m;
    return -1;
}

} // namespace

int lastClauseStart(const SieveContext &c, int first, int end)
{
    // "…, and Breitbart News responded", "…, to which O'Malley interjected", "…, but he gave": a
    // conjunction after a comma opens the clause.
    for (int k = end - 2; k > first; --k) {
        if (!c.tt().isPunct(k, u',') || c.phrase.inQuote(k))
            continue;
        if (c.tt().isLower(k + 1, u"and") || c.tt().isLower(k + 1, u"but") || c.tt().isLower(k + 1, u"so"))
            return k + 2;
        if (c.tt().isLower(k + 1, u"to") && c.tt().isLower(k + 2, u"which"))
            return k + 3;
    }
    // "When Wallace died, Clinton released the following statement": the main clause follows the
    // subordinate one's comma. But "As Cornyn, the No. 2 in the leadership, put it:" gives the
    // source itself.
    if (subordinators().contains(c.tt().lower(first)) && !c.tt().isLower(first, u"as")) {
        for (int k = first + 1; k + 1 < end; ++k)
            if (c.tt().isPunct(k, u',') && !c.phrase.inQuote(k))
                return c.tt().isQuoteMark(k + 1) ? k + 2 : k + 1;
    }
    return first;
}

// "X had mocked the complaint, saying “…”", "X began by saying …": a participle speaks for the
// sentence's subject.
int sentenceSubject(const SieveContext &c, int verb)
{
    // Also the second verb of "X outlined his plan and vowed …".
    const bool participle = c.tt().view(verb).endsWith(u"ing");
    if (!participle && !c.tt().isLower(verb - 1, u"and"))
        return -1;
    const int first = sentenceFirstToken(c, verb);
    if (participle) {
        if (const int m = reportingSubject(c, first, verb); m >= 0)
            return m;
    }
    // "Although he thanked them, he sounded a rare note, saying …", "When Mook was asked …, he
    // laughed and said": a sentence opened by a subordinate clause is about the main clause's
    // subject, the first one after a comma of the sentence, walking back from the verb.
    if (subordinators().contains(c.tt().lower(first))) {
        for (int k = verb - 1; k > first; --k) {
            if (!c.tt().isPunct(k, u',') || c.phrase.inQuote(k))
                continue;
            const int after = c.tt().isQuoteMark(k + 1) ? k + 2 : k + 1;
            if (const int m = firstSubject(c, after, verb); m >= 0)
                return m;
        }
    }
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

bool ownersPronoun(const SieveContext &c, int k)
{
    return c.tt().isLower(k, u"his") || c.tt().isLower(k, u"her") || c.tt().isLower(k, u"their") ||
           c.tt().isLower(k, u"its");
}

namespace {

// Prepositions that open a phrase whose noun is no subject ("In a statement, …", "On Twitter, …").
const WordSet &clausePrepositions()
{
    static const WordSet words = makeWordSet(
        {u"in"_s,      u"on"_s,      u"at"_s,        u"from"_s,    u"with"_s,     u"for"_s,    u"of"_s,
         u"by"_s,      u"during"_s,  u"amid"_s,      u"among"_s,   u"under"_s,    u"over"_s,   u"after"_s,
         u"before"_s,  u"despite"_s, u"without"_s,   u"within"_s,  u"like"_s,     u"unlike"_s, u"through"_s,
         u"into"_s,    u"about"_s,   u"against"_s,   u"behind"_s,  u"via"_s,      u"near"_s,   u"inside"_s,
         u"outside"_s, u"between"_s, u"toward"_s,    u"towards"_s, u"across"_s,   u"around"_s, u"since"_s,
         u"until"_s,   u"upon"_s,    u"alongside"_s, u"beyond"_s,  u"following"_s});
    return words;
}

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
    if (ownersPronoun(c, k))
        return false;
    // "Democratic presidential nominee Hillary Clinton chimed in": lower-case words that only
    // qualify the name from the sentence start leave it the subject.
    int before = k - 1;
    while (before >= first && c.tt().isWord(before) && !c.tt().capitalized(before) && isQualifier(c, before))
        --before;
    // "an angry Hollande retaliated": so do they after an article that opens the clause.
    const bool fromStart =
        before < first ||
        (before == first && c.tt().capitalized(before) && !c.tt().has(before, WordClass::FunctionWord)) ||
        (before == first && c.tt().has(before, WordClass::Determiner) && !c.tt().capitalized(before));
    // "…, party Chairman Reince Priebus scolded": so do they after an opening phrase's comma.
    const bool afterComma = before > first && c.tt().isPunct(before, u',');
    if ((fromStart || afterComma) && before != k - 1)
        return true;
    // "the Security Council": the article belongs to the name; look before it.
    const int prev = c.tt().isLower(k - 1, u"the") ? k - 2 : k - 1;
    // "(AFP)", a dateline's agency, is an aside.
    if (c.tt().isPunct(prev, u'(') && c.tt().isPunct(c.phrase.lastToken(m), u')'))
        return false;
    // "On Twitter, she responded", "At the RNC's meeting, Priebus scolded": a preposition opening
    // the sentence takes the name as its object, capitalized or not ("To Sharp, Trump is …" gives
    // a point of view, not a place: "to" is not one of them).
    const bool object = prev >= first && c.tt().isWord(prev) &&
                        (!c.tt().capitalized(prev) || clausePrepositions().contains(c.tt().lower(prev)));
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

int outerReporter(const SieveContext &c, int mention, int &verb)
{
    for (int round = 0; round < 2 && mention >= 0; ++round) {
        int v = c.phrase.firstToken(mention) - 1;
        if (c.tt().isLower(v, u"that"))
            --v;
        if (v < 0 || !c.phrase.isStrongSpeechVerb(v))
            break;
        const int m = c.phrase.subjectBefore(v, sentenceFirstToken(c, v));
        if (m < 0 || m == mention)
            break;
        mention = m;
        verb = v;
    }
    return mention;
}

} // namespace saywho::core::sieve
