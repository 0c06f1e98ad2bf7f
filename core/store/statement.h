#pragma once

#include "storeresult.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace saywho::store {

// One prepared statement with bound values (the only way SQL runs here). Errors carry the
// statement's first words, never the values, so a message stays readable and leaks no text.
class Statement final
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QString &name, const QVariant &value);
    // Runs it; false (and error()) when SQLite refused.
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    StoreResult result() const { return StoreResult::failed(m_error, m_busy); }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    bool m_busy = false;
    bool m_prepared = false;
};

} // namespace saywho::store
