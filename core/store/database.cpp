#include "database.h"

#include "statement.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {
QAtomicInteger<quint64> s_connections;
}

Database::Database() : m_name(u"saywho-store-%1"_s.arg(s_connections.fetchAndAddRelaxed(1))) {}

Database::~Database()
{
    close();
}

StoreResult Database::open(const QString &path, int busyTimeoutMs)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return StoreResult::failed(QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed"));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    m_path = path;
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return StoreResult::failed(why);
    }
    return {};
}

StoreResult Database::configure()
{
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (StoreResult r = exec(pragma); !r.ok())
            return r;
    }
    return {};
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

StoreResult Database::exec(const QString &sql)
{
    Statement st(m_db, sql);
    if (!st.exec())
        return st.result();
    return {};
}

QVariant Database::scalar(const QString &sql, StoreResult *result)
{
    Statement st(m_db, sql);
    if (!st.exec() || !st.next()) {
        if (result)
            *result = st.error().isEmpty() ? StoreResult::failed(u"no row"_s) : st.result();
        return {};
    }
    if (result)
        *result = {};
    return st.value(0);
}

StoreResult Database::begin()
{
    // IMMEDIATE takes the write lock at once, so two writers wait for each other at the start
    // (busy timeout) instead of failing half-way through a save.
    return exec(u"BEGIN IMMEDIATE"_s);
}

StoreResult Database::commit()
{
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    exec(u"ROLLBACK"_s);
}

} // namespace saywho::store
