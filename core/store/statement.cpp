#include "statement.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

// SQLite's result codes for "another connection holds the lock" (SQLITE_BUSY, SQLITE_LOCKED).
bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == u"5"_s || code == u"6"_s || e.databaseText().contains(u"locked"_s);
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_busy = isBusy(m_query.lastError());
        m_error = m_query.lastError().databaseText();
        if (m_error.isEmpty())
            m_error = m_query.lastError().text();
    }
}

Statement &Statement::bind(const QString &name, const QVariant &value)
{
    // A null QString would bind as SQL NULL: text columns get '' unless NULL is asked for (QVariant()).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(name, QString(u""_s));
    else
        m_query.bindValue(name, value);
    return *this;
}

bool Statement::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec()) {
        m_error.clear();
        m_busy = false;
        return true;
    }
    const QSqlError e = m_query.lastError();
    m_busy = isBusy(e);
    m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (m_error.isEmpty())
        m_error = u"SQL error in \"%1\""_s.arg(m_sql.left(40));
    return false;
}

} // namespace saywho::store
