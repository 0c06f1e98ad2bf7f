// A library survives a writer killed at any moment (SIGKILL, 50 times) and two writers at once:
// the integrity check passes and every correction a writer reported as committed is there.

#include "store/library.h"

#include <QMap>
#include <QProcess>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace saywho::store;

namespace {

const QString worker = QStringLiteral(SAYWHO_STORE_WORKER);
const QString article = QStringLiteral(SAYWHO_TEST_DATA "/store/harbour.txt");

// log id -> correction name, from a worker's "committed ID NAME" lines.
QMap<qint64, QString> committed(const QByteArray &output)
{
    QMap<qint64, QString> out;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("committed "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3)
            continue;
        out.insert(parts.at(1).toLongLong(), QString::fromUtf8(line.mid(10 + parts.at(1).size() + 1)));
    }
    return out;
}

} // namespace

class TestLibraryCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"crash.sqlite"_s);
        QMap<qint64, QString> reported;
        int killedMidway = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess p;
            p.start(worker, {db, article, u"crash"_s, u"100000"_s});
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(60, 400)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            QVERIFY(p.waitForFinished(10000));
            const QMap<qint64, QString> now = committed(p.readAllStandardOutput());
            reported.insert(now);

            Library lib;
            const StoreResult r = lib.open(db);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(lib.integrityCheck(), u"ok"_s);
            const QList<qint64> ids = lib.articles().ids();
            if (ids.isEmpty()) {
                QVERIFY(reported.isEmpty());
                continue;
            }
            QCOMPARE(ids.size(), 1);
            // What this round reported is there; the whole log is compared once at the end.
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const auto e = lib.corrections().entry(it.key());
                QVERIFY2(e && e->description == it.value(),
                         qPrintable(u"lost correction %1"_s.arg(it.key())));
            }
            // The article's state is that of the last stored correction, whatever was in flight.
            QVERIFY(lib.load(ids.first()));
        }
        Library lib;
        QVERIFY(lib.open(db).ok());
        QMap<qint64, QString> stored;
        for (const CorrectionEntry &e : lib.corrections().list(lib.articles().ids().value(0)))
            stored.insert(e.id, e.description);
        for (auto it = reported.cbegin(); it != reported.cend(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(u"lost correction %1"_s.arg(it.key())));
        QVERIFY(killedMidway > 40);
        QVERIFY2(reported.size() > 50, qPrintable(QString::number(reported.size())));
    }

    void twoWritersAtOnceLoseNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"two.sqlite"_s);
        QProcess a, b;
        a.start(worker, {db, article, u"alpha"_s, u"40"_s});
        b.start(worker, {db, article, u"beta"_s, u"40"_s});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const QMap<qint64, QString> ca = committed(a.readAllStandardOutput());
        const QMap<qint64, QString> cb = committed(b.readAllStandardOutput());
        QCOMPARE(ca.size(), 40);
        QCOMPARE(cb.size(), 40);
        Library lib;
        QVERIFY(lib.open(db).ok());
        QCOMPARE(lib.integrityCheck(), u"ok"_s);
        QCOMPARE(lib.articles().ids().size(), 2);
        int total = 0;
        for (qint64 id : lib.articles().ids())
            total += lib.corrections().list(id).size();
        QCOMPARE(total, 80);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCrash)
#include "tst_librarycrash.moc"
