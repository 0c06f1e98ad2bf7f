#pragma once

// The article the export golden files are made from (tests/data/export/README.md): an invented
// article, analysed, with two corrections applied.

#include "testdocument.h"

#include "io/documentjsonreader.h"
#include "model/edits/entityedits.h"
#include "model/edits/quoteedits.h"

#include <QFile>
#include <QTest>

namespace saywho::test {

inline QString exportDataDir()
{
    return QStringLiteral(SAYWHO_TEST_DATA "/export");
}

inline core::Document exportFixture()
{
    // The annotations are fixed in fixture.json (what `saywho analyze --dct 2024-03-05 article.txt`
    // wrote once), so the golden files change with the exporters, not with the engine.
    QFile f(exportDataDir() + QStringLiteral("/fixture.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    core::LoadResult loaded = core::readDocumentJson(f);
    core::Document &doc = loaded.document;
    // 1. "We will be back in April." is Maren Ostby's.
    const core::Quote *back = quoteContaining(doc, QStringLiteral("back in April"));
    int ostby = 0;
    for (const core::Entity &e : doc.entities())
        if (e.name.contains(QStringLiteral("Ostby")))
            ostby = e.id;
    if (back && ostby) {
        const core::Edit e = core::edits::setSpeaker(doc, back->id, ostby);
        if (e.ok())
            e.patch.apply(doc);
    }
    // 2. "a full season of planning." is no quote.
    if (const core::Quote *season = quoteContaining(doc, QStringLiteral("full season"))) {
        const core::Edit e = core::edits::removeQuote(doc, season->id);
        if (e.ok())
            e.patch.apply(doc);
    }
    return doc;
}

// Checks that the fixture has the two corrections (a golden file made without them is no test).
inline bool fixtureCorrected(const core::Document &doc)
{
    const core::Quote *back = quoteContaining(doc, QStringLiteral("back in April"));
    return back && speakerName(doc, *back).contains(QStringLiteral("Ostby")) &&
           back->provenance.decidedByUser(core::UserField::Speaker) && !doc.removals().isEmpty() &&
           !quoteContaining(doc, QStringLiteral("full season"));
}

// Compares bytes with the golden file NAME in tests/data/export, or with SAYWHO_UPDATE_GOLDENS=1
// writes it.
inline bool matchesGolden(const QByteArray &bytes, const QString &name, QString *why)
{
    QFile f(exportDataDir() + u'/' + name);
    if (qEnvironmentVariableIntValue("SAYWHO_UPDATE_GOLDENS")) {
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            *why = QStringLiteral("cannot write ") + f.fileName();
            return false;
        }
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no golden file ") + f.fileName() +
               QStringLiteral(" (scripts/update-export-goldens.sh)");
        return false;
    }
    const QByteArray golden = f.readAll();
    if (golden == bytes)
        return true;
    qsizetype at = 0;
    while (at < golden.size() && at < bytes.size() && golden.at(at) == bytes.at(at))
        ++at;
    *why = QStringLiteral("%1 differs from its golden file at byte %2: golden \"%3\", now \"%4\"")
               .arg(name)
               .arg(at)
               .arg(QString::fromUtf8(golden.mid(at, 60)), QString::fromUtf8(bytes.mid(at, 60)));
    return false;
}

} // namespace saywho::test
