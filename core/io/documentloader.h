#pragma once

#include "../model/document.h"
#include "textdecoder.h"

#include <QString>
#include <QStringList>

namespace saywho::core {

struct LoadResult
{
    bool ok = false;
    QString error; // one line for the user when !ok
    QStringList warnings;
    Document document;
};

// Turns a file (or pasted text) into a Document ready for the pipeline: decoding, line endings,
// a title from the first line. The one entry point the CLI and the window share.
class DocumentLoader final
{
public:
    static LoadResult loadFile(const QString &path);
    static LoadResult fromText(const QString &text, const QString &path = {});
};

} // namespace saywho::core
