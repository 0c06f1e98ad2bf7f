#pragma once

#include "../lexicon/wordset.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace saywho::core {

// Recognises the clutter paragraphs a web page leaves around an article ("See also …", "Share this:",
// "Leave a Reply"), from the phrases in resources/lexicon/boilerplate.txt. Shared by the HTML
// extractor, which drops them, and the plain-text stage, which marks them excluded.
class Boilerplate final
{
public:
    enum class Kind : std::uint8_t {
        None,
        Line, // this paragraph only
        Tail, // the comment section starts here: this paragraph and all after it
    };

    // Paragraphs longer than this are prose even when they start like boilerplate ("Read more …").
    static constexpr int MaxPrefixLength = 160;

    static const Boilerplate &instance();

    Kind classify(QStringView paragraph) const;

private:
    Boilerplate();

    struct Phrase
    {
        QString text; // normalized; the part before a "*" in a pattern
        QString tail; // the part after the "*", with its leading space; empty for plain phrases
        Kind kind = Kind::None;
        bool exact = false;
    };
    QList<Phrase> m_phrases;
    WordSet m_firstWords; // lower-case first word of every phrase
};

} // namespace saywho::core
