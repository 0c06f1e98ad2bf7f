#include "backupkeeper.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

const QString stampFormat = u"yyyyMMdd-HHmmss"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("saywho::store::BackupKeeper", text);
}

} // namespace

BackupKeeper::BackupKeeper(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    m_folder = info.absoluteDir().filePath(u"backups"_s);
    m_base = info.completeBaseName();
}

QStringList BackupKeeper::backups() const
{
    QDir dir(m_folder);
    QStringList names = dir.entryList({m_base + u"-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &n : names)
        n = dir.filePath(n);
    return names;
}

QDateTime BackupKeeper::newestTime() const
{
    const QStringList all = backups();
    if (all.isEmpty())
        return {};
    const QString stamp = QFileInfo(all.first()).completeBaseName().mid(m_base.size() + 1);
    QDateTime t = QDateTime::fromString(stamp, stampFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

StoreResult BackupKeeper::backupIfDue(Database &db, qint64 maxAgeSeconds, bool *made)
{
    if (made)
        *made = false;
    const QDateTime newest = newestTime();
    if (newest.isValid() && newest.secsTo(QDateTime::currentDateTimeUtc()) < maxAgeSeconds)
        return {};
    if (made)
        *made = true;
    return backupNow(db);
}

StoreResult BackupKeeper::backupNow(Database &db, QString *written)
{
    StoreResult r;
    const QString check = db.scalar(u"PRAGMA quick_check"_s, &r).toString();
    if (!r.ok())
        return r;
    if (check != u"ok"_s)
        return StoreResult::failed(
            tr("The library failed its integrity check (%1); no backup was made.").arg(check));
    if (!QDir().mkpath(m_folder))
        return StoreResult::failed(tr("Cannot create the backup folder %1.").arg(m_folder));
    QString path = QDir(m_folder).filePath(
        u"%1-%2.sqlite"_s.arg(m_base, QDateTime::currentDateTimeUtc().toString(stampFormat)));
    if (QFile::exists(path))
        return {};
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    Statement st(db.handle(), u"VACUUM INTO :path"_s);
    st.bind(u":path"_s, partial);
    if (!st.exec()) {
        QFile::remove(partial);
        return st.result();
    }
    // A backup only appears under its name once it is whole.
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return StoreResult::failed(tr("Cannot write the backup %1.").arg(path));
    }
    if (written)
        *written = path;
    const QStringList all = backups();
    for (qsizetype i = Keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return {};
}

StoreResult BackupKeeper::restore(const QString &backup, const QString &libraryPath, QString *damagedAside)
{
    const QString aside =
        libraryPath + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(stampFormat);
    if (QFile::exists(libraryPath) && !QFile::rename(libraryPath, aside))
        return StoreResult::failed(tr("Cannot move the damaged library %1 aside.").arg(libraryPath));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(libraryPath + suffix))
            QFile::rename(libraryPath + suffix, aside + suffix);
    }
    if (!QFile::copy(backup, libraryPath))
        return StoreResult::failed(tr("Cannot copy the backup %1 to %2.").arg(backup, libraryPath));
    QFile(libraryPath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (damagedAside)
        *damagedAside = aside;
    return {};
}

} // namespace saywho::store
