#pragma once

#include "wordset.h"

#include <QString>
#include <QStringView>

#include <utility>

namespace saywho::core {

// A word as the key of a QHash or QSet, hashed with the word tables' FNV-1a. Qt 6.4's seeded
// qHash of a string takes an AES path that costs about 150 ns for a short word on this project's
// machines (ten million calls: 1.5 s against 33 ms), and the linker and the people filters hash
// every name word of an article several times. The QHash seed still starts the hash, so the
// tables keep Qt's protection against chosen collisions.
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
