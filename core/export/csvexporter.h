#pragma once

#include "exporter.h"

#include <QStringList>

namespace saywho::core {

// One row per quote: article, speaker, quote, kind, start, end, rule, origin. RFC 4180 (CRLF, fields
// with a comma, quote or line break in double quotes, quotes doubled), UTF-8, a header row. rows()
// without the header lets a caller write one table of many articles.
class CsvExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;

    static QByteArray header();
    static QByteArray rows(const Document &doc);
    static QString field(const QString &value);
};

} // namespace saywho::core
