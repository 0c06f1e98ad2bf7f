#pragma once

#include "wordset.h"

#include <QString>
#include <QStringView>

#include <utility>

namespace saywho::core {

// A word as the key of a QHash or QSet, hashed with the word tables' FNV-1a. Qt 6.4's seeded
// qHash of a string takes an AES path whose cost for a short word varies with the processor: ten
// million calls took 1.5 s on one of this project's machines and 0.1 s on another, against 33 and
// 40 ms for this hash; the linker and the people filters hash every name word of an article
// several times. The QHash seed still starts the hash, so the tables keep Qt's protection against
// chosen collisions.
template <typename Text> struct BasicWordKey
{
    Text text;

    BasicWordKey() = default;
    BasicWordKey(Text t) : text(std::move(t)) {} // implicit: the key reads like the word

    friend bool operator==(const BasicWordKey &a, const BasicWordKey &b) { return a.text == b.text; }
    friend size_t qHash(const BasicWordKey &k, size_t seed = 0) noexcept
    {
        quint32 h = WordTable<bool>::HashSeed ^ quint32(seed);
        for (const QChar c : k.text)
            h = WordTable<bool>::hashStep(h, c.unicode());
        return WordTable<bool>::hashFinish(h);
    }
};

using WordKey = BasicWordKey<QString>;      // owns its characters
using WordView = BasicWordKey<QStringView>; // views the article's text, which outlives the table

} // namespace saywho::core
