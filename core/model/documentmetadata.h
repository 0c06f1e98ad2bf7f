#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace saywho::core {

enum class DctSource : std::uint8_t { None, Argument, Dateline, Metadata, User };

struct DocumentMetadata
{
    QString path; // file the article came from; empty for pasted text
    QUrl url;     // canonical or fetched URL
    QString title;
    QString author;
    QString siteName;
    QDate dct; // document creation time: the publication date that anchors relative dates
    DctSource dctSource = DctSource::None;
    // Starts (text positions) of boilerplate paragraphs the user brought back into the analysis.
    QList<int> includedParagraphs;
};

QString dctSourceName(DctSource source);

} // namespace saywho::core
