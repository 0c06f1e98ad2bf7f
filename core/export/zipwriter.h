#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace saywho::core {

// A small ZIP archive writer (PKWARE APPNOTE: local headers, central directory, end record) with
// stored or deflated (zlib, raw) entries. Entries carry a fixed date (1980-01-01), so the same
// content gives the same bytes. Enough for ODF and REFI-QDA packages; no ZIP64 (entries < 4 GiB).
class ZipWriter final
{
public:
    enum class Method { Stored, Deflated };

    void add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    // The archive; false if out refused it.
    bool write(QIODevice &out) const;
    QByteArray bytes() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data; // as stored (compressed when deflated)
        quint32 crc = 0;
        quint32 size = 0;
        Method method = Method::Stored;
    };
    QList<Entry> m_entries;
};

} // namespace saywho::core
