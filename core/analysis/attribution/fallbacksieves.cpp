#include "sievehelpers.h"
#include "sieves.h"

#include "../../lexicon/wordclass.h"

#include <algorithm>

namespace saywho::core::sieve {

namespace {
// How far after a quotation its speaker may stand when no verb points at them.
constexpr int MaxTailTokens = 12;

// A guess names a person, a group or an organisation, never a bare "it".
bool guessFrom(const SieveContext &c, int m, Attribution &out)
{
    if (m < 0)
        return false;
    const Mention &mention = c.doc.mentions().at(m);
    if (mention.kind == MentionKind::Pronoun && mention.entityKind == EntityKind::Organization)
        return false;
    return setFrom(c, m, -1, out);
}
} // namespace

// Last resort for a quote no cue names: the subject of the writer's sentence around it ("Trump
// mocked Rubio for “having a tough night”", "Bolton thought the buzz was a tribute to “…”"). In news
// prose the one who acts in the sentence is the one whose words are borrowed far more often than not.
bool sentenceSubjectFallback(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    if (open <= first)
        return false;
    return guessFrom(c, firstSubject(c, first, open), out);
}

// “…,” Trump barked / “…?” Hannity pressed: a quotation whose sentence goes on after it, with a
// verb no list holds, was said by the first one named in that tail.
bool tailSubjectFallback(const SieveContext &c, int q, Attribution &out)
{
    const QStringView quoted = c.doc.textOf(c.doc.quotes().at(q).span);
    if (quoted.size() < 3)
        return false;
    const QChar last = quoted.at(quoted.size() - 2);
    if (last != u',' && last != u'?' && last != u'!' && last != QChar(0x2014))
        return false;
    const int close = c.closeToken.at(q);
    // “…!” beamed Donald Hartley / “…?” reacted Trump: a past verb no list holds, inverted before
    // the name that closes the phrase.
    if (const int v = close + 1;
        c.tt().isWord(v) && !c.tt().capitalized(v) && c.tt().view(v).endsWith(u"ed")) {
        const int m = c.phrase.mentionAt(v + 1);
        if (m >= 0 && c.phrase.firstToken(m) == v + 1) {
            const int after = c.phrase.lastToken(m);
            if (after >= c.tt().size() || c.tt().isPunct(after, u',') || c.tt().isPunct(after, u'.'))
                return guessFrom(c, m, out);
        }
    }
    int end = std::min(sentenceEndToken(c, close), close + 1 + MaxTailTokens);
    // “…?” Hannity pressed: a question or cry ends a sentence for the splitter, not for the writer,
    // when a name and its lower-case verb follow at once.
    if (end <= close + 1 && last != u',' && close + 1 < c.tt().size()) {
        const int m = c.phrase.mentionAt(close + 1);
        if (m < 0 || c.phrase.firstToken(m) != close + 1)
            return false;
        const int verb = c.phrase.lastToken(m);
        // "Rep. Jane Doe, R-Pa., said of …": an appositive may come first.
        if (c.tt().isPunct(verb, u','))
            return guessFrom(c, m, out);
        if (!c.tt().isWord(verb) || c.tt().capitalized(verb) || c.tt().has(verb, WordClass::FunctionWord))
            return false;
        return guessFrom(c, m, out);
    }
    return guessFrom(c, firstSubject(c, close + 1, end), out);
}

// A quotation standing as its own sentence, no cue around it: the subject of the sentence before it,
// in its paragraph or closing the one before ("Valastro praised Christie's leadership. ¶ “We need …”",
// "Jared Potts echoed: ¶ “…”").
bool previousSubjectFallback(const SieveContext &c, int q, Attribution &out)
{
    const Span span = c.doc.quotes().at(q).span;
    if (!c.doc.startsSentence(span.begin))
        return false;
    const int s = c.doc.sentenceAt(span.begin);
    if (s <= 0)
        return false;
    const Sentence &prev = c.doc.sentences().at(s - 1);
    if (c.doc.paragraphAt(prev.span.begin) < c.doc.paragraphAt(span.begin) - 1)
        return false;
    return guessFrom(c, firstSubject(c, prev.firstToken, prev.firstToken + prev.tokenCount), out);
}

// The last resort of all: a quotation no cue and no sentence names is, in news prose, most often the
// words of the one the paragraph is about, its first subject before the quote ("Kelly responded
// pointedly, with a smile: “…”", a verb no list holds).
bool paragraphSubjectFallback(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    if (para < 0)
        return false;
    const int first = c.tt().tokenAt(c.doc.paragraphs().at(para).span.begin);
    const int open = c.openToken.at(q);
    return open > first && guessFrom(c, firstSubject(c, first, open), out);
}

} // namespace saywho::core::sieve
