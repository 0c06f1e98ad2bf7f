#pragma once

#include "storeresult.h"

#include <QSqlDatabase>
#include <QString>

namespace saywho::store {

// One named QSQLITE connection to a library file. open() only connects and sets the busy timeout:
// nothing is written until configure(), so a file the app must refuse (newer, not SQLite) is left
// exactly as it was.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    StoreResult open(const QString &path, int busyTimeoutMs = 5000);
    // foreign_keys=ON, WAL, synchronous=FULL: a committed correction survives a killed process and
    // a power cut.
    StoreResult configure();
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    const QSqlDatabase &handle() const { return m_db; }

    // Runs SQL without values (pragmas, schema steps).
    StoreResult exec(const QString &sql);
    // The first column of the first row of a query without values; invalid on error.
    QVariant scalar(const QString &sql, StoreResult *result = nullptr);

    StoreResult begin();
    StoreResult commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
};

// Commits when told, rolls back otherwise: every save is all or nothing.
class Transaction final
{
public:
    explicit Transaction(Database &db) : m_db(db), m_begun(db.begin()) {}
    ~Transaction()
    {
        if (m_begun.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const StoreResult &begun() const { return m_begun; }
    StoreResult commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    StoreResult m_begun;
    bool m_done = false;
};

} // namespace saywho::store
