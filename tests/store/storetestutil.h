#pragma once

// Shared by the store tests: the fixture article analysed, and a library on a temporary file.

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "model/document.h"
#include "store/library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace saywho::test {

inline QString readFixture(const QString &name)
{
    QFile f(QStringLiteral(SAYWHO_TEST_DATA "/store/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline core::Document analysedText(const QString &text, const QString &title = {})
{
    core::Document doc = core::DocumentLoader::fromText(text).document;
    if (!title.isEmpty())
        doc.metadata().title = title;
    doc.metadata().dct = QDate(2022, 11, 2);
    doc.metadata().dctSource = core::DctSource::Argument;
    static const core::Pipeline pipeline = core::Pipeline::standard();
    pipeline.run(doc);
    return doc;
}

// The quote whose text contains needle, or nullptr.
inline const core::Quote *quoteContaining(const core::Document &doc, const QString &needle)
{
    for (const core::Quote &q : doc.quotes())
        if (doc.textOf(q.span).contains(needle))
            return &q;
    return nullptr;
}

inline core::Document harbour()
{
    return analysedText(readFixture(QStringLiteral("harbour.txt")));
}

} // namespace saywho::test
