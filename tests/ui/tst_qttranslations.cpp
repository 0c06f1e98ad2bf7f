// Qt's own texts follow the chosen language: standard buttons, live, beside SayWho's catalog.
#include "languagemanager.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
