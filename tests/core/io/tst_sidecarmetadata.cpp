#include "io/documentloader.h"
#include "io/sidecarmetadata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

// ARTICLE.txt.meta.json gives a plain-text article its publication date and other metadata.
class TestSidecarMetadata : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void appliesDateAndTitle()
    {
        const QString article = write(u"a.txt"_s, "He left on Sunday.\n");
        write(u"a.txt.meta.json"_s,
              "{\"dct\": \"2022-02-21\", \"title\": \"Summit\", \"url\": \"https://example.org/a\"}");
        const core::LoadResult r = core::DocumentLoader::loadFile(article);
        QVERIFY(r.ok);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.document.metadata().dct, QDate(2022, 2, 21));
        QCOMPARE(r.document.metadata().dctSource, core::DctSource::Metadata);
        QCOMPARE(r.document.metadata().title, u"Summit"_s);
        QCOMPARE(r.document.metadata().url, QUrl(u"https://example.org/a"_s));
    }

    void brokenSidecarWarnsButLoads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{dct: yesterday");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("bad date") << QByteArray("{\"dct\": \"21/02/2022\"}");
    }
    void brokenSidecarWarnsButLoads()
    {
        QFETCH(QByteArray, json);
        const QString article = write(u"b.txt"_s, "Text.\n");
        write(u"b.txt.meta.json"_s, json);
        const core::LoadResult r = core::DocumentLoader::loadFile(article);
        QVERIFY(r.ok);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(!r.document.metadata().dct.isValid());
    }

    void noSidecarNoChange()
    {
        const core::LoadResult r = core::DocumentLoader::loadFile(write(u"c.txt"_s, "Text.\n"));
        QVERIFY(r.ok);
        QCOMPARE(r.document.metadata().dctSource, core::DctSource::None);
    }
};

QTEST_GUILESS_MAIN(TestSidecarMetadata)
#include "tst_sidecarmetadata.moc"
