// The SQLite library: round trips, corrections and their log, refusals, migrations, backups and
// SQL/FTS syntax in what is stored (issue 10).

#include "storetestutil.h"

#include "model/edits/dateedits.h"
#include "model/edits/quoteedits.h"
#include "store/backupkeeper.h"
#include "store/schemamigrator.h"
#include "store/schemasteps.h"
#include "store/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;
using namespace saywho::core;
using namespace saywho::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Two corrections of the fixture: the spokesman's quote to Tom Okoro, the March date's value.
Document corrected(Document doc)
{
    const Quote *q = test::quoteContaining(doc, u"Nothing is decided"_s);
    Q_ASSERT(q);
    Edit e = edits::setSpeakerByName(doc, q->id, u"Tom Okoro"_s);
    Q_ASSERT(e.ok());
    Q_ASSERT(e.patch.apply(doc).ok());
    Q_ASSERT(!doc.timeExprs().isEmpty());
    e = edits::setDate(doc, doc.timeExprs().first().id, TimexType::Date, u"2022-11-01"_s);
    Q_ASSERT(e.ok());
    Q_ASSERT(e.patch.apply(doc).ok());
    return doc;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTripEqualsAnnotationByAnnotation()
    {
        const Document doc = corrected(test::harbour());
        QVERIFY(doc.quotes().size() >= 4);
        const QString path = m_dir.filePath(u"rt.sqlite"_s);
        qint64 id = 0;
        {
            Library lib;
            QVERIFY2(lib.open(path).ok(), qPrintable(lib.open(path).error));
            const StoreResult r = lib.add(doc, u"test"_s, &id);
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        Library lib;
        QVERIFY(lib.open(path).ok());
        StoreResult r;
        const auto loaded = lib.load(id, &r);
        QVERIFY2(loaded, qPrintable(r.error));
        QCOMPARE(loaded->quotes(), doc.quotes());
        QCOMPARE(loaded->mentions(), doc.mentions());
        QCOMPARE(loaded->entities(), doc.entities());
        QCOMPARE(loaded->timeExprs(), doc.timeExprs());
        QCOMPARE(loaded->nonQuotes(), doc.nonQuotes());
        QCOMPARE(loaded->removals(), doc.removals());
        QCOMPARE(loaded->metadata(), doc.metadata());
        QCOMPARE(loaded->paragraphs(), doc.paragraphs());
        QCOMPARE(loaded->tokens(), doc.tokens());
        QVERIFY(loaded->sameAnnotations(doc));
        for (int l = 0; l < int(Store::Count); ++l)
            QCOMPARE(loaded->nextId(Store(l)), doc.nextId(Store(l)));
        QCOMPARE(lib.find(doc).value_or(0), id);
    }

    void correctionsAreWrittenAndLogged()
    {
        const QString path = m_dir.filePath(u"log.sqlite"_s);
        Document doc = test::harbour();
        qint64 id = 0;
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.add(doc, u"test"_s, &id).ok());
            const Quote *q = test::quoteContaining(doc, u"plan without money"_s);
            QVERIFY(q);
            Edit e = edits::setSpeakerByName(doc, q->id, u"Elena Vasquez"_s);
            QVERIFY(e.ok());
            QVERIFY(e.patch.apply(doc).ok());
            const StoreResult r = lib.record(id, e.patch, doc, CorrectionKind::Edit, u"Set speaker"_s);
            QVERIFY2(r.ok(), qPrintable(r.error));
            e = edits::removeQuote(doc, test::quoteContaining(doc, u"waited twenty years"_s)->id);
            QVERIFY(e.patch.apply(doc).ok());
            QVERIFY(lib.record(id, e.patch, doc, CorrectionKind::Edit, u"Remove quote"_s).ok());
        }
        Library lib;
        QVERIFY(lib.open(path).ok());
        const auto loaded = lib.load(id);
        QVERIFY(loaded);
        QVERIFY(loaded->sameAnnotations(doc));
        const QList<CorrectionEntry> log = lib.corrections().list(id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).description, u"Set speaker"_s);
        QVERIFY(log.at(0).madeAt.isValid());
        // Reverting the first correction, a session later: its inverse applies to today's document.
        Document now = *loaded;
        Patch inverse;
        QVERIFY(log.at(0).patch.inverted().apply(now, &inverse).ok());
        QVERIFY(test::quoteContaining(now, u"plan without money"_s)->speaker !=
                test::quoteContaining(doc, u"plan without money"_s)->speaker);
        qint64 revert = 0;
        QVERIFY(lib.record(id, log.at(0).patch.inverted(), now, CorrectionKind::Revert, u"Revert"_s,
                           log.at(0).id, &revert)
                    .ok());
        QCOMPARE(lib.corrections().entry(log.at(0).id)->revertedBy, revert);
        QVERIFY(lib.load(id)->sameAnnotations(now));
        QCOMPARE(lib.articles().list().first().corrections, 3);
    }

    void newerLibraryIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.database().exec(u"PRAGMA user_version = 99"_s).ok());
            QVERIFY(lib.database().exec(u"PRAGMA journal_mode = DELETE"_s).ok());
        }
        const QByteArray before = fileHash(path);
        Library lib;
        const StoreResult r = lib.open(path);
        QVERIFY(!r.ok());
        QCOMPARE(lib.problem(), Library::Problem::Newer);
        QVERIFY2(r.error.contains(u"99"_s) && r.error.contains(QString::number(latestSchemaVersion())),
                 qPrintable(r.error));
        lib.close();
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void foreignAndDamagedFilesAreRefused()
    {
        const QString text = m_dir.filePath(u"notes.sqlite"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = fileHash(text);
        Library lib;
        QVERIFY(!lib.open(text).ok());
        QCOMPARE(lib.problem(), Library::Problem::NotALibrary);
        QCOMPARE(fileHash(text), before);

        // A library whose pages were overwritten in the middle.
        const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
        {
            Library good;
            QVERIFY(good.open(damaged).ok());
            qint64 id = 0;
            QVERIFY(good.add(test::harbour(), u"test"_s, &id).ok());
            QVERIFY(good.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        }
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::ReadWrite));
        const qint64 size = d.size();
        QVERIFY(size > 8192);
        d.seek(4096 + 100);
        d.write(QByteArray(size - 4096 - 200, '\x5a'));
        d.close();
        Library again;
        const StoreResult r = again.open(damaged);
        const bool refused = !r.ok();
        const bool detected = refused || again.integrityCheck() != u"ok"_s;
        QVERIFY2(detected, "an overwritten library passed as sound");
    }

    void sqlAndFtsSyntaxAreStoredAndFound()
    {
        const QString path = m_dir.filePath(u"syntax.sqlite"_s);
        Library lib;
        QVERIFY(lib.open(path).ok());
        const QString title = u"Robert'); DROP TABLE article;-- says \"NEAR(x y)\" OR *"_s;
        Document doc = test::analysedText(u"Robert'); DROP TABLE article;--\n\n\"The quarry AND NOT NEAR( "
                                          "closing * soon,\" said Bobby Tables on Monday.\n"_s,
                                          title);
        qint64 id = 0;
        QVERIFY(lib.add(doc, u"test"_s, &id).ok());
        QCOMPARE(lib.articles().list().size(), 1);
        QCOMPARE(lib.articles().list().first().title, title);
        for (const QString &q : {u"DROP TABLE"_s, u"NEAR("_s, u"\"AND NOT\""_s, u"*"_s, u"quarry"_s}) {
            StoreResult r;
            const QList<SearchHit> hits = lib.search().articles(q, 10, &r);
            QVERIFY2(r.ok(), qPrintable(q + u": "_s + r.error));
            if (q != u"*"_s)
                QVERIFY2(hits.size() == 1, qPrintable(q));
        }
        StoreResult r;
        const QList<SearchHit> quotes = lib.search().quotes(u"quarry closing"_s, 10, &r);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(quotes.size(), 1);
        QVERIFY(quotes.first().snippet.contains(u"[quarry]"_s));
        QVERIFY(lib.search().quotes(u"\"closing soon\""_s, 10).isEmpty() == false);
        QVERIFY(lib.search().quotes(u"\"soon closing\""_s, 10).isEmpty());
    }

    void quoteIndexFollowsCorrections()
    {
        Library lib;
        QVERIFY(lib.open(m_dir.filePath(u"fts.sqlite"_s)).ok());
        Document doc = test::harbour();
        qint64 id = 0;
        QVERIFY(lib.add(doc, u"test"_s, &id).ok());
        QCOMPARE(lib.search().quotes(u"ferries"_s, 10).size(), 1);
        const Edit e = edits::removeQuote(doc, test::quoteContaining(doc, u"ferries"_s)->id);
        QVERIFY(e.patch.apply(doc).ok());
        QVERIFY(lib.record(id, e.patch, doc, CorrectionKind::Edit, u"Remove"_s).ok());
        QCOMPARE(lib.search().quotes(u"ferries"_s, 10).size(), 0);
        QCOMPARE(lib.search().articles(u"ferries"_s, 10).size(), 1);
        QCOMPARE(lib.database()
                     .scalar(u"INSERT INTO quote_fts(quote_fts, rank) VALUES('integrity-check', 1)"_s)
                     .isNull(),
                 true);
        QCOMPARE(lib.integrityCheck(), u"ok"_s);
    }

    void migratesFromEveryEarlierVersion()
    {
        // tests/data/store/library-v1.sqlite: a library as version 1 wrote it
        // (scripts/make-store-fixtures.py).
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SAYWHO_TEST_DATA "/store/library-v1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Library lib;
        const StoreResult r = lib.open(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(SchemaMigrator::version(lib.database()), latestSchemaVersion());
        QCOMPARE(lib.articles().list().size(), 1);
        const auto doc = lib.load(lib.articles().list().first().id);
        QVERIFY(doc);
        QCOMPARE(doc->quotes().size(), 1);
        QCOMPARE(doc->quotes().first().provenance.origin, Origin::User);
        QCOMPARE(lib.search().articles(u"lighthouse"_s, 5).size(), 1);
        QCOMPARE(lib.search().quotes(u"lamp"_s, 5).size(), 1);
        const QList<LibraryPerson> people = lib.people().find(u"Ada Keeper"_s);
        QCOMPARE(people.size(), 1);
        QCOMPARE(lib.people().quotesBy(people.first().id, 10).size(), 1);
        QCOMPARE(lib.corrections().list(doc ? lib.articles().list().first().id : 0).size(), 1);
    }

    void failedMigrationChangesNothing()
    {
        const QString path = m_dir.filePath(u"half.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(SchemaMigrator::migrate(db, 1).ok());
            // A table in the way of step 2: the step fails, and so must all of it.
            QVERIFY(db.exec(u"CREATE TABLE person (x)"_s).ok());
        }
        Library lib;
        QVERIFY(!lib.open(path).ok());
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(SchemaMigrator::version(db), 1);
        QVERIFY(db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'person_name'"_s).toInt() == 0);
    }

    void backupsAreDailyKeptThreeAndRestorable()
    {
        const QString path = m_dir.filePath(u"b/library.sqlite"_s);
        BackupKeeper keeper(path);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            qint64 id = 0;
            QVERIFY(lib.add(test::harbour(), u"test"_s, &id).ok());
            bool made = false;
            QVERIFY(keeper.backupIfDue(lib.database(), 24 * 3600, &made).ok());
            QVERIFY(made);
            QVERIFY(keeper.backupIfDue(lib.database(), 24 * 3600, &made).ok());
            QVERIFY(!made);
            for (int i = 0; i < 4; ++i) {
                QTest::qWait(1100);
                QVERIFY(keeper.backupNow(lib.database()).ok());
            }
        }
        QCOMPARE(keeper.backups().size(), BackupKeeper::Keep);
        QString aside;
        QVERIFY(BackupKeeper::restore(keeper.backups().first(), path, &aside).ok());
        QVERIFY(QFile::exists(aside));
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.articles().list().size(), 1);
        QCOMPARE(lib.integrityCheck(), u"ok"_s);
    }

    void busyLibrarySaysSo()
    {
        const QString path = m_dir.filePath(u"busy.sqlite"_s);
        Library first;
        QVERIFY(first.open(path).ok());
        Document doc = test::harbour();
        qint64 id = 0;
        QVERIFY(first.add(doc, u"test"_s, &id).ok());
        Library second;
        QVERIFY(second.open(path, 200).ok());
        QVERIFY(first.database().begin().ok());
        const Edit e = edits::removeQuote(doc, doc.quotes().first().id);
        QVERIFY(e.patch.apply(doc).ok());
        const StoreResult r = second.record(id, e.patch, doc, CorrectionKind::Edit, u"x"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.busy);
        first.database().rollback();
        QVERIFY(second.record(id, e.patch, doc, CorrectionKind::Edit, u"x"_s).ok());
        QVERIFY(first.load(id)->sameAnnotations(doc));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
