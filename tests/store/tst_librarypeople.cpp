// People across the library: linked by full name, alias and unambiguous surname; merged and split
// back; "quotes by" through the person index (issue 10).

#include "storetestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;
using namespace saywho::core;
using namespace saywho::store;

class TestLibraryPeople : public QObject
{
    Q_OBJECT

private slots:
    void nameKeysIgnoreCaseAccentsAndPeriods_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("case") << u"Antony Blinken"_s << u"ANTONY BLINKEN"_s;
        QTest::newRow("accents") << u"José Martínez"_s << u"Jose Martinez"_s;
        QTest::newRow("periods") << u"Anthony J. Blinken"_s << u"Anthony J Blinken"_s;
        QTest::newRow("spaces") << u" Jen  Psaki "_s << u"Jen Psaki"_s;
    }
    void nameKeysIgnoreCaseAccentsAndPeriods()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(PersonRepository::nameKey(a), PersonRepository::nameKey(b));
    }

    void samePersonInManyArticlesIsOne()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(u"p.sqlite"_s)).ok());
        qint64 id = 0;
        QVERIFY(lib.add(test::harbour(), u"t"_s, &id).ok());
        QVERIFY(
            lib.add(test::analysedText(u"Budget day\n\nMayor Elena Vasquez presented the budget on Friday. "
                                       "\"It is balanced,\" Vasquez said.\n"_s),
                    u"t"_s, &id)
                .ok());
        // Only the surname, in a third article: the one Vasquez of the library.
        QVERIFY(
            lib.add(test::analysedText(u"Ferries\n\n\"The ferries are coming,\" Vasquez said on Monday.\n"_s),
                    u"t"_s, &id)
                .ok());
        const QList<LibraryPerson> found = lib.people().find(u"Elena Vasquez"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().articles, 3);
        const QList<LibraryQuote> quotes = lib.people().quotesBy(found.first().id, 100);
        QVERIFY2(quotes.size() >= 4, qPrintable(QString::number(quotes.size())));
        QCOMPARE(lib.people().find(u"Vasquez"_s).size(), 1);
        QCOMPARE(lib.people().articlesMentioning(found.first().id).size(), 3);
    }

    void ambiguousSurnameIsNotGuessed()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(u"s.sqlite"_s)).ok());
        qint64 id = 0;
        QVERIFY(
            lib.add(test::analysedText(u"One\n\n\"We will build it,\" said Anna Smith, the engineer.\n"_s),
                    u"t"_s, &id)
                .ok());
        QVERIFY(lib.add(test::analysedText(u"Two\n\n\"We will stop it,\" said John Smith, the lawyer.\n"_s),
                        u"t"_s, &id)
                    .ok());
        QVERIFY(
            lib.add(test::analysedText(u"Three\n\n\"Nobody asked us,\" Smith said.\n"_s), u"t"_s, &id).ok());
        QCOMPARE(lib.people().find(u"Anna Smith"_s).first().articles, 1);
        QCOMPARE(lib.people().find(u"John Smith"_s).first().articles, 1);
    }

    void mergeAndSplitAreUndoable()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(u"m.sqlite"_s)).ok());
        qint64 id = 0;
        QVERIFY(lib.add(test::harbour(), u"t"_s, &id).ok());
        const qint64 okoro = lib.people().find(u"Tom Okoro"_s).first().id;
        const qint64 vasquez = lib.people().find(u"Elena Vasquez"_s).first().id;
        const int before = lib.people().quotesBy(vasquez, 100).size();
        const int okoroQuotes = lib.people().quotesBy(okoro, 100).size();
        QVERIFY(okoroQuotes > 0);
        PersonMerge undo;
        QVERIFY(lib.mergePeople(vasquez, okoro, &undo).ok());
        QVERIFY(!lib.people().person(okoro));
        QCOMPARE(lib.people().quotesBy(vasquez, 100).size(), before + okoroQuotes);
        QCOMPARE(lib.people().find(u"Tom Okoro"_s).first().id, vasquez);
        QVERIFY(lib.unmergePeople(undo).ok());
        // Each name finds the one person it found before the merge.
        QCOMPARE(lib.people().find(u"Tom Okoro"_s).size(), 1);
        QCOMPARE(lib.people().find(u"Tom Okoro"_s).first().id, okoro);
        QCOMPARE(lib.people().find(u"Okoro"_s).size(), 1);
        QCOMPARE(lib.people().quotesBy(vasquez, 100).size(), before);
        QCOMPARE(lib.people().quotesBy(okoro, 100).size(), okoroQuotes);
        // Split the Okoro entity rows off into a person of their own, then merge them back.
        StoreResult r;
        const QList<qint64> articles = lib.people().articlesMentioning(okoro, &r);
        QCOMPARE(articles.size(), 1);
        const QList<qint64> rows = lib.people().entityRows(okoro);
        QVERIFY(!rows.isEmpty());
        qint64 other = 0;
        QVERIFY(lib.splitPerson(okoro, rows, u"Thomas Okoro"_s, &other).ok());
        QCOMPARE(lib.people().quotesBy(other, 100).size(), okoroQuotes);
        QCOMPARE(lib.people().quotesBy(okoro, 100).size(), 0);
        QCOMPARE(lib.people().find(u"Thomas Okoro"_s).size(), 1);
        const QList<PersonAppearance> seen = lib.people().appearances(other);
        QCOMPARE(seen.size(), rows.size());
        QCOMPARE(seen.first().article, id);
        QCOMPARE(seen.first().name, u"Tom Okoro"_s);
        int quotes = 0;
        for (const PersonAppearance &a : seen)
            quotes += a.quotes;
        QCOMPARE(quotes, okoroQuotes);
        QVERIFY(lib.unsplitPerson({okoro, other, u"Thomas Okoro"_s, rows}).ok());
        QVERIFY(!lib.people().person(other));
        QCOMPARE(lib.people().find(u"Thomas Okoro"_s).size(), 0);
        QCOMPARE(lib.people().quotesBy(okoro, 100).size(), okoroQuotes);
        QCOMPARE(lib.people().appearances(okoro).size(), rows.size());
    }
};

QTEST_GUILESS_MAIN(TestLibraryPeople)
#include "tst_librarypeople.moc"
