#include "zipwriter.h"

#include <QIODevice>

#include <zlib.h>

namespace saywho::core {

namespace {

void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff));
    b.append(char((v >> 8) & 0xff));
}

void le32(QByteArray &b, quint32 v)
{
    le16(b, v & 0xffff);
    le16(b, v >> 16);
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

constexpr quint32 DosTime = 0;                       // 00:00:00
constexpr quint32 DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    Entry e;
    e.name = name.toUtf8();
    e.size = quint32(data.size());
    e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    e.method = method;
    e.data = method == Method::Deflated ? deflateRaw(data) : data;
    m_entries.append(e);
}

QByteArray ZipWriter::bytes() const
{
    QByteArray out, central;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        const quint32 method = e.method == Method::Deflated ? 8 : 0;
        QByteArray common;
        le16(common, 20);     // version needed
        le16(common, 0x0800); // flags: names in UTF-8
        le16(common, method);
        le16(common, DosTime);
        le16(common, DosDate);
        le32(common, e.crc);
        le32(common, quint32(e.data.size()));
        le32(common, e.size);
        le16(common, quint32(e.name.size()));
        le16(common, 0); // extra length

        le32(out, 0x04034b50);
        out += common + e.name + e.data;

        le32(central, 0x02014b50);
        le16(central, 20); // version made by
        central += common;
        le16(central, 0); // comment length
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, 0); // external attributes
        le32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint32(m_entries.size()));
    le16(out, quint32(m_entries.size()));
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

bool ZipWriter::write(QIODevice &out) const
{
    const QByteArray b = bytes();
    return out.write(b) == b.size();
}

} // namespace saywho::core
