#pragma once

#include "storeresult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace saywho::store {

class Database;

// Daily copies of the library beside it (backups/library-YYYYMMDD-HHMMSS.sqlite), made with
// VACUUM INTO so each is consistent even while the app writes; the last three are kept. A copy is
// only made of a library that passes the integrity check, so the newest backup is a good one.
class BackupKeeper final
{
public:
    explicit BackupKeeper(const QString &libraryPath);

    QString folder() const { return m_folder; }
    // Newest first.
    QStringList backups() const;
    QDateTime newestTime() const;
    // A backup when the newest is older than maxAge (or there is none); made says whether one was.
    StoreResult backupIfDue(Database &db, qint64 maxAgeSeconds = 24 * 3600, bool *made = nullptr);
    StoreResult backupNow(Database &db, QString *written = nullptr);
    // Puts the damaged library aside (renamed with ".damaged-" and the time, with its -wal and -shm)
    // and copies backup in its place. The library must be closed.
    static StoreResult restore(const QString &backup, const QString &libraryPath,
                               QString *damagedAside = nullptr);

    static constexpr int Keep = 3;

private:
    QString m_folder;
    QString m_base;
};

} // namespace saywho::store
