#pragma once

#include "sievecontext.h"

namespace saywho::core::sieve {

// The sieves, each one pattern; attributionSieves() lists them in the order they run.
// Around the quote itself (localsieves.cpp):
bool transcriptLabel(const SieveContext &c, int q, Attribution &out);
bool trailingSaid(const SieveContext &c, int q, Attribution &out);
bool dashSignature(const SieveContext &c, int q, Attribution &out);
bool leadingSaid(const SieveContext &c, int q, Attribution &out);
bool colonIntroduction(const SieveContext &c, int q, Attribution &out);
bool colonNoun(const SieveContext &c, int q, Attribution &out);
bool colonSubject(const SieveContext &c, int q, Attribution &out);
bool accordingTo(const SieveContext &c, int q, Attribution &out);
bool reportedBy(const SieveContext &c, int q, Attribution &out);
// From the sentence, the paragraph and the quotes around it (contextsieves.cpp):
bool sentenceVerb(const SieveContext &c, int q, Attribution &out);
bool speechNoun(const SieveContext &c, int q, Attribution &out);
bool subjectBeforeQuote(const SieveContext &c, int q, Attribution &out);
bool continuation(const SieveContext &c, int q, Attribution &out);
bool paragraphSpeaker(const SieveContext &c, int q, Attribution &out);
bool previousParagraph(const SieveContext &c, int q, Attribution &out);
bool previousSentenceSpeaker(const SieveContext &c, int q, Attribution &out);
// From a framing phrase around a label or a borrowed phrase (framingsieves.cpp):
bool asPutIt(const SieveContext &c, int q, Attribution &out);
bool asEpithet(const SieveContext &c, int q, Attribution &out);
// When no cue names anyone (fallbacksieves.cpp):
bool sentenceSubjectFallback(const SieveContext &c, int q, Attribution &out);
bool tailSubjectFallback(const SieveContext &c, int q, Attribution &out);
bool previousSubjectFallback(const SieveContext &c, int q, Attribution &out);
bool paragraphSubjectFallback(const SieveContext &c, int q, Attribution &out);

} // namespace saywho::core::sieve
