#pragma once

// Header-only helpers shared by the core tests: build a Document and run (part of) the pipeline.

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "model/document.h"

#include <QDate>

namespace saywho::test {

inline core::Document analyzed(const QString &text, QDate dct = {})
{
    core::Document doc = core::DocumentLoader::fromText(text).document;
    if (dct.isValid()) {
        doc.metadata().dct = dct;
        doc.metadata().dctSource = core::DctSource::Argument;
    }
    static const core::Pipeline pipeline = core::Pipeline::standard();
    pipeline.run(doc);
    return doc;
}

inline QString speakerName(const core::Document &doc, const core::Quote &q)
{
    const core::Entity *e = q.speaker ? doc.entity(q.speaker) : nullptr;
    return e ? e->name : QString();
}

// The quote whose text contains needle, or nullptr.
inline const core::Quote *quoteContaining(const core::Document &doc, const QString &needle)
{
    for (const core::Quote &q : doc.quotes())
        if (doc.textOf(q.span).contains(needle))
            return &q;
    return nullptr;
}

} // namespace saywho::test
