#pragma once

#include "../tokentext.h"

#include <vector>

namespace saywho::core {

// Token-level questions the sieves ask: which mention covers a token, where a speech verb is, and
// who its subject is ("X said", "said X", "X, a former aide, said", "X has repeatedly said").
class SpeakerPhrase final
{
public:
    explicit SpeakerPhrase(const Document &doc);

    const TokenText &tokens() const { return m_tt; }
    // Index into doc.mentions() of the mention covering token k, or -1.
    int mentionAt(int k) const
    {
        return k >= 0 && k < int(m_tokenMention.size()) ? m_tokenMention[size_t(k)] : -1;
    }
    // First and one-past-last token of mention m.
    int firstToken(int m) const { return m_mentionFirst[size_t(m)]; }
    int lastToken(int m) const { return m_mentionLast[size_t(m)]; }
    bool inQuote(int k) const { return k >= 0 && k < int(m_inQuote.size()) && m_inQuote[size_t(k)]; }

    bool isSpeechVerb(int k) const;
    bool isStrongSpeechVerb(int k) const;
    // Adverbs and auxiliaries that may stand between a subject and its verb ("has also said").
    bool isFiller(int k) const;
    // The mention that is the subject of the verb at k, looking left (skipping fillers and an
    // appositive between commas), not before token limit. -1 when none.
    int subjectBefore(int verb, int limit) const;
    // The mention right after the verb at k ("said Psaki", "said a White House official").
    int subjectAfter(int verb, int limit) const;
    // A mention starting at k (allowing a leading "the"), its verb after it, or -1. Sets cue.
    int mentionThenVerb(int k, int limit, int &verb) const;

private:
    // The mention that a prepositional phrase holding mention m qualifies ("a spokesman" for "the
    // company" in "a spokesman for the company"), or -1.
    int headBeforePhrase(int m, int limit) const;
    bool isPhrasePreposition(int k) const;

    const Document &m_doc;
    TokenText m_tt;
    std::vector<int> m_tokenMention;
    std::vector<int> m_mentionFirst;
    std::vector<int> m_mentionLast;
    std::vector<bool> m_inQuote;
};

} // namespace saywho::core
