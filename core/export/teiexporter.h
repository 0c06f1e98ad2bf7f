#pragma once

#include "exporter.h"

namespace saywho::core {

// TEI P5 XML: the article's paragraphs with <q who="#e1">, <persName ref="#e1">, <orgName>, <date
// when="…"> (dur, dur-iso or the TIMEX3 value as subtype where an ISO date cannot say it) inline;
// the people and organisations in <listPerson> and <listOrg> in the header.
class TeiExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
};

} // namespace saywho::core
