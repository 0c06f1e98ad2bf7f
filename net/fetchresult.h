#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace saywho::net {

struct FetchOptions
{
    int timeoutMs = 30'000;               // the whole transfer, connection included
    qint64 maxBytes = 20LL * 1024 * 1024; // no article page is larger; a bigger one is refused
    int maxRedirects = 5;
};

struct FetchResult
{
    bool ok = false;
    QString error; // one line for the user when !ok
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    int httpStatus = 0;
    QString contentType; // as the server sent it, e.g. "text/html; charset=utf-8"
    QByteArray body;
};

} // namespace saywho::net

Q_DECLARE_METATYPE(saywho::net::FetchResult)
