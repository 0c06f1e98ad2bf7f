#include "correctionlog.h"

#include "annotationcodec.h"
#include "database.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

const QString columns =
    u"c.id, c.article_id, c.made_at, c.kind, c.description, c.patch, COALESCE(c.reverts, 0), "
    "COALESCE((SELECT MIN(r.id) FROM correction r WHERE r.reverts = c.id), 0)"_s;

QList<CorrectionEntry> readEntries(Statement &st, StoreResult *result)
{
    QList<CorrectionEntry> out;
    while (st.next()) {
        CorrectionEntry e;
        e.id = st.value(0).toLongLong();
        e.article = st.value(1).toLongLong();
        e.madeAt = QDateTime::fromString(st.value(2).toString(), Qt::ISODateWithMs);
        e.kind = CorrectionKind(qBound(0, st.value(3).toInt(), 2));
        e.description = st.value(4).toString();
        const auto patch = codec::decodePatch(st.value(5).toString().toUtf8());
        if (!patch) {
            if (result)
                *result = StoreResult::failed(u"correction %1 cannot be read"_s.arg(e.id));
            continue;
        }
        e.patch = *patch;
        e.reverts = st.value(6).toLongLong();
        e.revertedBy = st.value(7).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace

StoreResult CorrectionLog::append(qint64 article, CorrectionKind kind, const QString &description,
                                  const core::Patch &patch, qint64 reverts, qint64 *id)
{
    Statement st(m_db.handle(),
                 u"INSERT INTO correction (article_id, made_at, kind, description, patch, reverts) "
                 "VALUES (:a, :t, :k, :d, :p, :r)"_s);
    st.bind(u":a"_s, article)
        .bind(u":t"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(u":k"_s, int(kind))
        .bind(u":d"_s, description)
        .bind(u":p"_s, QString::fromUtf8(codec::encodePatch(patch)))
        .bind(u":r"_s, reverts > 0 ? QVariant(reverts) : QVariant());
    if (!st.exec())
        return st.result();
    if (id)
        *id = st.lastInsertId();
    return {};
}

QList<CorrectionEntry> CorrectionLog::list(qint64 article, StoreResult *result)
{
    if (result)
        *result = {};
    Statement st(m_db.handle(),
                 u"SELECT %1 FROM correction c WHERE c.article_id = :a ORDER BY c.id"_s.arg(columns));
    st.bind(u":a"_s, article);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return {};
    }
    return readEntries(st, result);
}

std::optional<CorrectionEntry> CorrectionLog::entry(qint64 id, StoreResult *result)
{
    if (result)
        *result = {};
    Statement st(m_db.handle(), u"SELECT %1 FROM correction c WHERE c.id = :id"_s.arg(columns));
    st.bind(u":id"_s, id);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return std::nullopt;
    }
    const QList<CorrectionEntry> e = readEntries(st, result);
    if (e.isEmpty())
        return std::nullopt;
    return e.first();
}

} // namespace saywho::store
