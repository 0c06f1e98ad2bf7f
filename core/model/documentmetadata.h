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
    // Starts (text positions) of boilerplate paragraphs the user brought back into the analysis,
    // and of paragraphs the user left out of it.
    QList<int> includedParagraphs;
    QList<int> excludedParagraphs;

    friend bool operator==(const DocumentMetadata &, const DocumentMetadata &) = default;
};

QString dctSourceName(DctSource source);

} // namespace saywho::core
