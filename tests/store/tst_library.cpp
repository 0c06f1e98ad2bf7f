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

    void contradictoryRowsAreRefusedOnLoad()
    {
        // A quote row changed behind the library's back to name a speaker that is not there.
        const QString path = m_dir.filePath(u"contradictory.sqlite"_s);
        qint64 id = 0;
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.add(test::harbour(), u"test"_s, &id).ok());
            QVERIFY(lib.database()
                        .exec(u"UPDATE annotation SET data = replace(data, '\"sp\":', '\"sp\":9000') "
                              "WHERE layer = %1"_s.arg(int(Store::Quotes)))
                        .ok());
        }
        Library lib;
        QVERIFY(lib.open(path).ok());
        StoreResult r;
        QVERIFY(!lib.load(id, &r));
        QVERIFY2(r.error.contains(u"that does not exist"_s), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
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

    void searchIsNewestFirstAndFollowsDates()
    {
        Library lib;
        QVERIFY(lib.open(m_dir.filePath(u"order.sqlite"_s)).ok());
        const QList<QDate> dates{QDate(2021, 5, 1), QDate(2023, 1, 9), QDate(), QDate(2022, 7, 3)};
        QList<qint64> ids;
        QList<Document> docs;
        for (int i = 0; i < dates.size(); ++i) {
            Document doc = test::analysedText(
                test::readFixture(u"harbour.txt"_s) + u"\nEdition %1.\n"_s.arg(i), u"Harbour %1"_s.arg(i));
            doc.metadata().dct = dates[i];
            qint64 id = 0;
            QVERIFY(lib.add(doc, u"test"_s, &id).ok());
            ids.append(id);
            docs.append(doc);
        }
        auto articleOrder = [&] {
            QList<qint64> out;
            for (const SearchHit &h : lib.search().articles(u"harbour"_s, 10))
                out.append(h.article);
            return out;
        };
        auto quoteOrder = [&](const QString &words) {
            QList<qint64> out;
            for (const SearchHit &h : lib.search().quotes(words, 10))
                out.append(h.article);
            return out;
        };
        auto byOrder = [&] {
            QList<qint64> out;
            const QList<LibraryPerson> p = lib.people().find(u"Elena Vasquez"_s);
            if (p.size() == 1)
                for (const LibraryQuote &q : lib.people().quotesBy(p.first().id, 100))
                    if (out.isEmpty() || out.constLast() != q.article)
                        out.append(q.article);
            return out;
        };
        // Newest first; the undated article last.
        const QList<qint64> expected{ids[1], ids[3], ids[0], ids[2]};
        QCOMPARE(articleOrder(), expected);
        QCOMPARE(quoteOrder(u"ferries"_s), expected);
        QCOMPARE(byOrder(), expected);
        const QList<SearchHit> page = lib.search().articles(u"harbour"_s, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.last().article, ids[3]);

        // The oldest article is re-dated to the newest: every index moves it to the front.
        const Edit e = edits::setPublicationDate(docs[0], QDate(2024, 2, 2));
        QVERIFY(e.patch.apply(docs[0]).ok());
        QVERIFY(lib.record(ids[0], e.patch, docs[0], CorrectionKind::Edit, u"Date"_s).ok());
        const QList<qint64> moved{ids[0], ids[1], ids[3], ids[2]};
        QCOMPARE(articleOrder(), moved);
        QCOMPARE(quoteOrder(u"ferries"_s), moved);
        QCOMPARE(byOrder(), moved);
        for (const QString &fts : {u"article_fts"_s, u"quote_fts"_s})
            QVERIFY2(
                lib.database().exec(u"INSERT INTO %1(%1, rank) VALUES('integrity-check', 1)"_s.arg(fts)).ok(),
                qPrintable(fts));
        // Entity names are not quotes, even after the index is rebuilt from the tables.
        QVERIFY(lib.search().rebuild().ok());
        QCOMPARE(quoteOrder(u"Vasquez"_s), QList<qint64>{});
        QCOMPARE(quoteOrder(u"ferries"_s), moved);
        QCOMPARE(articleOrder(), moved);
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

    void migratesFromVersionTwo()
    {
        // tests/data/store/library-v2.sqlite: harbour.txt (2022-11-08) and bridge.txt (2021-03-04)
        // as version 2 stored them, with q5 of harbour re-attributed to Tom Okoro by hand.
        const QString path = m_dir.filePath(u"v2.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(SAYWHO_TEST_DATA "/store/library-v2.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Library lib;
        const StoreResult r = lib.open(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(SchemaMigrator::version(lib.database()), latestSchemaVersion());
        const QList<ArticleSummary> list = lib.articles().list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().dct, QDate(2022, 11, 8));
        const QList<SearchHit> bridge = lib.search().quotes(u"bridge"_s, 10);
        QCOMPARE(bridge.size(), 1);
        QCOMPARE(lib.search().quotes(u"Vasquez"_s, 10).size(), 0);
        QCOMPARE(lib.search().articles(u"council"_s, 10).size(), 2);
        QCOMPARE(lib.search().articles(u"council"_s, 10).first().dct, QDate(2022, 11, 8));
        const QList<LibraryPerson> okoro = lib.people().find(u"Tom Okoro"_s);
        QCOMPARE(okoro.size(), 1);
        QCOMPARE(okoro.first().quotes, 3);
        QCOMPARE(okoro.first().articles, 2);
        const QList<LibraryQuote> quotes = lib.people().quotesBy(okoro.first().id, 10);
        QCOMPARE(quotes.size(), 3);
        QCOMPARE(quotes.first().dct, QDate(2022, 11, 8));
        QVERIFY(quotes.constLast().text.contains(u"bridge to nowhere"_s));
        for (const QString &fts : {u"article_fts"_s, u"quote_fts"_s})
            QVERIFY(lib.database()
                        .exec(u"INSERT INTO %1(%1, rank) VALUES('integrity-check', 1)"_s.arg(fts))
                        .ok());
        QCOMPARE(lib.integrityCheck(), u"ok"_s);
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
