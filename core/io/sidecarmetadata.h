#pragma once

#include "../model/documentmetadata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace saywho::core {

// Metadata for a plain-text article kept beside it: ARTICLE.txt.meta.json holds what a text file
// cannot say about itself, the publication date above all:
//   {"dct": "2022-02-21", "title": "...", "url": "https://...", "author": "...", "site_name": "..."}
// A date from it counts as page metadata (dct_source "metadata").
class SidecarMetadata final
{
public:
    static QString pathFor(const QString &articlePath);
    // Applies the sidecar of articlePath to meta when there is one. Returns warnings for a sidecar
    // that exists but cannot be used (never an error: the article itself is fine).
    static QStringList apply(const QString &articlePath, DocumentMetadata &meta);
    // Applies the keys of a metadata object (a sidecar's, or a JSON Lines record's: `saywho analyze
    // --jsonl`) to meta; source names it in warnings.
    static QStringList applyObject(const QJsonObject &o, const QString &source, DocumentMetadata &meta);
    // The same for the bytes of a sidecar; name is the file named in warnings.
    static QStringList applyJson(const QByteArray &json, const QString &name, DocumentMetadata &meta);
};

} // namespace saywho::core
