#include "sieves.h"

namespace saywho::core {

SieveContext::SieveContext(const Document &d) : doc(d), phrase(d)
{
    const QList<Quote> &qs = doc.quotes();
    const int n = int(qs.size());
    decided.resize(n);
    QHash<int, int> indexOfId;
    indexOfId.reserve(n);
    chainOf.resize(size_t(n));
    runEnd.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        indexOfId.insert(qs.at(i).id, i);
        const int prev = qs.at(i).continues ? indexOfId.value(qs.at(i).continues, -1) : -1;
        chainOf[size_t(i)] = prev >= 0 ? chainOf[size_t(prev)] : i;
    }
    for (int i = n - 1; i >= 0; --i)
        runEnd[size_t(i)] = i + 1 < n && qs.at(i + 1).continues == qs.at(i).id ? runEnd[size_t(i + 1)] : i;
}

void SieveContext::decide(int i, const Attribution &a)
{
    decided[i] = a;
    if (!a.found())
        return;
    decidedInChain[chainOf[size_t(i)]].insert(i);
    decidedQuotes.insert(i);
}

int SieveContext::speakerOf(int i) const
{
    const Attribution &a = decided.at(i);
    if (a.entity)
        return a.entity;
    return a.mention >= 0 ? doc.mentions().at(a.mention).entity : 0;
}

const QList<Sieve> &attributionSieves()
{
    static const QList<Sieve> sieves{
        // "“…,” Welch said, according to Vermont Edition": the outer source is the one the reader is
        // given, and the one the attribution names.
        {"according-to", 0.85, sieve::accordingTo},
        {"reported-by", 0.8, sieve::reportedBy},
        {"transcript-label", 0.9, sieve::transcriptLabel},
        {"trailing-said", 0.95, sieve::trailingSaid},
        {"dash-signature", 0.85, sieve::dashSignature},
        {"leading-said", 0.9, sieve::leadingSaid},
        {"colon-introduction", 0.85, sieve::colonIntroduction},
        {"colon-noun", 0.7, sieve::colonNoun},
        {"colon-subject", 0.7, sieve::colonSubject},
        {"sentence-verb", 0.7, sieve::sentenceVerb},
        {"as-epithet", 0.6, sieve::asEpithet},
        {"speech-noun", 0.65, sieve::speechNoun},
        {"as-put-it", 0.8, sieve::asPutIt},
        {"subject-before-quote", 0.6, sieve::subjectBeforeQuote},
        {"continuation", 0.85, sieve::continuation},
        {"paragraph-speaker", 0.6, sieve::paragraphSpeaker},
        {"previous-paragraph", 0.55, sieve::previousParagraph},
        {"previous-sentence-speaker", 0.45, sieve::previousSentenceSpeaker},
        {"sentence-subject", 0.35, sieve::sentenceSubjectFallback, true},
        {"sentence-tail", 0.35, sieve::tailSubjectFallback, true},
        {"previous-subject", 0.3, sieve::previousSubjectFallback, true},
        {"paragraph-subject", 0.25, sieve::paragraphSubjectFallback, true},
    };
    return sieves;
}

} // namespace saywho::core
