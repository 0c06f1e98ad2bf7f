#pragma once

#include "exporter.h"

namespace saywho::core {

// brat standoff: NAME.txt (the original text) and NAME.ann with text-bound Quote, Person,
// Organization, Group, Date (and NonQuote) annotations, attributes for kinds and origins, notes for
// date values and entity names, and Said relations from the speaker mention to the quote. Offsets in
// code points; a span over a line break is written as fragments, as brat wants. io's BratReader
// reads it back.
class BratExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    Destination destination() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
    ExportResult writeFolder(const Document &doc, const QString &dir, const QString &baseName) const override;

    // The .ann text.
    static QString annotations(const Document &doc);
};

} // namespace saywho::core
