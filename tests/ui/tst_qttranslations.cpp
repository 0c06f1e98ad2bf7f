// Qt's own texts follow the chosen language: standard buttons, live, beside SayWho's catalog; and
// the messages of the core and render libraries are found under the contexts they are looked up in.
#include "articletextdocument.h"
#include "export/htmlexporter.h"
#include "io/bratreader.h"
#include "io/documentjsonreader.h"
#include "languagemanager.h"

#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestQtTranslations final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // scripts/deps.sh installs them (Debian's qt6-translations-l10n).
        QVERIFY2(QFileInfo::exists(dir + u"/qtbase_de.qm"_s), qPrintable(dir));
    }

    void standardButtonsFollowTheLanguage()
    {
        ui::LanguageManager languages;
        auto cancelText = [] {
            QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            return box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
        };
        languages.setLanguage(u"de"_s);
        QCOMPARE(cancelText(), u"Abbrechen"_s);
        // Switched live: the next dialog speaks the new language, no restart needed.
        languages.setLanguage(u"fr"_s);
        QCOMPARE(cancelText(), u"Annuler"_s);
        languages.setLanguage(u"en"_s);
        QCOMPARE(cancelText(), u"Cancel"_s);
    }

    void shortcutsReadStrgInGerman()
    {
        ui::LanguageManager languages;
        languages.setLanguage(u"de"_s);
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText), u"Strg+F"_s);
        languages.setLanguage(u"en"_s);
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText), u"Ctrl+F"_s);
    }

    void libraryMessagesFollowTheLanguage()
    {
        ui::LanguageManager languages;
        languages.setLanguage(u"de"_s);
        QVERIFY(core::readDocumentJson(QByteArray("x")).error.startsWith(u"kein JSON"_s));
        QFile f(QStringLiteral(SAYWHO_TEST_DATA "/export/fixture.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QByteArray broken = json;
        broken.replace("\"id\":\"q2\"", "\"id\":\"q1\"");
        const QString refusal = core::readDocumentJson(broken).error;
        QVERIFY2(refusal.startsWith(u"widersprüchliche Annotationen: Zitat: die ID 1"_s),
                 qPrintable(refusal));
        QVERIFY(core::BratReader::read(u"abc"_s, u"T1\tPerson 0 9\tabcdefghi"_s, u"a.txt"_s)
                    .error.contains(u"hat die Positionen"_s));
        const core::LoadResult doc = core::readDocumentJson(json);
        QVERIFY(doc.ok);
        QBuffer html;
        html.open(QIODevice::WriteOnly);
        QVERIFY(core::HtmlExporter().write(doc.document, html).ok());
        QVERIFY(html.data().contains("<h2>Zitate</h2>"));
        QVERIFY(render::articleTextDocument(doc.document)->toPlainText().contains(u"Zitate"_s));
        languages.setLanguage(u"en"_s);
        QVERIFY(core::readDocumentJson(QByteArray("x")).error.startsWith(u"not JSON"_s));
    }
};

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
