#pragma once

#include "sievecontext.h"

namespace saywho::core::sieve {

// Questions several sieves ask about a quote and the sentence around it.

// First token of the sentence containing token k, and one past its last.
int sentenceFirstToken(const SieveContext &c, int k);
int sentenceEndToken(const SieveContext &c, int k);
int paragraphOf(const SieveContext &c, int quote);
// The quoted words end with a full stop, question or exclamation mark before the closing mark.
bool endsWithSentence(const SieveContext &c, int q);
// "said X" inverts only at a sentence start or right after a quotation or a comma.
bool inverts(const SieveContext &c, int verb);
// The subject of a participle ("X mocked it, saying …") or of a coordinated verb ("X outlined …
// and vowed …"): the sentence's first mention that is not an object; -1 when none.
int sentenceSubject(const SieveContext &c, int verb);
// The first mention in tokens [first, end) that is not the object of a preposition or verb ("In a
// speech, Trump attacked …" gives Trump); -1 when none.
int firstSubject(const SieveContext &c, int first, int end);
// "Meeks said Clinton reassured them that …", "Trump said Fox executives were calling “…”": the
// subject of a speech verb that stands in what another speech verb reports is that verb's object;
// its subject (and verb, in verb) is the source. mention itself when it is reported by nobody.
int outerReporter(const SieveContext &c, int mention, int &verb);
// The first token of the last clause of tokens [first, end): after ", and", ", but", ", to which", or
// after the comma that closes an opening subordinate clause ("When …, X said"); first otherwise.
int lastClauseStart(const SieveContext &c, int first, int end);
// Token k is an owner's pronoun (his, her, their, its): what it heads belongs to someone else.
bool ownersPronoun(const SieveContext &c, int k);
// Records mention (and the verb at token verb, if any) as the attribution; false when mention < 0.
bool setFrom(const SieveContext &c, int mention, int verb, Attribution &out);

} // namespace saywho::core::sieve
