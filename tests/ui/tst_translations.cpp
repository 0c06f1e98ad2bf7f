// German and French are complete: every message has a finished translation, plural forms included,
// and keeps its placeholders and accelerator.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << u"saywho_de.ts"_s;
        QTest::newRow("fr") << u"saywho_fr.ts"_s;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFile ts(QDir(QStringLiteral(SAYWHO_TRANSLATIONS_DIR)).filePath(file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        static const QRegularExpression placeholder(u"%(\\d|n)"_s);
        int messages = 0;
        QString source;
        QStringList forms;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation") {
                unfinished = xml.attributes().hasAttribute(u"type"_s);
                forms.clear();
                // Plain text, or <numerusform> children for plurals.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms.append(xml.readElementText());
                }
                if (forms.isEmpty())
                    forms.append(text);
            } else if (xml.isEndElement() && xml.name() == u"message") {
                ++messages;
                QVERIFY2(!unfinished, qPrintable(source));
                for (const QString &t : std::as_const(forms)) {
                    QVERIFY2(!t.trimmed().isEmpty(), qPrintable(source));
                    auto args = [](const QString &s) {
                        QStringList found;
                        for (auto it = placeholder.globalMatch(s); it.hasNext();)
                            found.append(it.next().captured());
                        found.sort();
                        found.removeDuplicates();
                        return found;
                    };
                    QCOMPARE(args(t), args(source));
                    QCOMPARE(t.contains(u'&') && !t.contains(u"&&"_s),
                             source.contains(u'&') && !source.contains(u"&&"_s));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 150);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
