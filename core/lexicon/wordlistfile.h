#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saywho::core {

// Reads one lexicon resource (":/lexicon/NAME.txt"): '#' starts a comment, blank lines are skipped.
// rows() splits each line on tabs (tables); words() splits every line on white space (lists), turning
// '_' into a space so multi-word entries fit in a list.
class WordListFile final
{
public:
    static QList<QStringList> rows(const QString &name);
    static QStringList words(const QString &name);
};

} // namespace saywho::core
