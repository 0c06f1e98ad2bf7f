// File → Export… and View → Annotation Source: the preview coloured by KSyntaxHighlighting's
// command-line highlighter (plain text and a note without it), exporting, remembering the choices.
#include "exportfixture.h"

#include "exporting/annotationsourcedialog.h"
#include "exporting/exportdialog.h"
#include "exporting/highlightedsource.h"
#include "exporting/sourceview.h"
#include "uiresources.h"

#include "allexporters.h"
#include "export/exportselection.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QSet<QRgb> textColours(QTextBrowser *browser)
{
    QSet<QRgb> colours;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().isValid() && !it.fragment().text().trimmed().isEmpty())
                colours.insert(it.fragment().charFormat().foreground().color().rgb());
    return colours;
}

void selectFormat(ui::ExportDialog &d, const QString &name)
{
    d.formatBox()->setCurrentIndex(d.formatBox()->findData(name));
}

} // namespace

class TestExportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        ui::initResources();
    }

    void listsEveryFormat()
    {
        ui::ExportDialog d(test::exportFixture());
        QCOMPARE(d.formatBox()->count(), int(render::allExporters().names().size()));
    }

    void previewIsColoured()
    {
        if (ui::HighlightedSource::highlighterProgram().isEmpty())
            QSKIP("kate-syntax-highlighter is not installed (scripts/deps.sh installs it)");
        ui::ExportDialog d(test::exportFixture());
        selectFormat(d, u"json"_s);
        QVERIFY(textColours(d.preview()->browser()).size() > 1);
        QVERIFY(d.preview()->note().isEmpty());
        QVERIFY(d.preview()->browser()->toPlainText().contains(u"\"quotes\""_s));
        selectFormat(d, u"tei"_s);
        QVERIFY(textColours(d.preview()->browser()).size() > 1);
    }

    void plainWithoutHighlighter()
    {
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", empty.path().toUtf8());
        ui::ExportDialog d(test::exportFixture());
        selectFormat(d, u"json"_s);
        qputenv("PATH", path);
        QCOMPARE(textColours(d.preview()->browser()).size(), 1);
        QVERIFY(d.preview()->note().contains(u"kate-syntax-highlighter"_s));
        QVERIFY(d.preview()->browser()->toPlainText().contains(u"\"quotes\""_s));
    }

    void previewFollowsTheChoices()
    {
        ui::ExportDialog d(test::exportFixture());
        selectFormat(d, u"csv"_s);
        QVERIFY(d.previewText().count(u"\r\n"_s) > 2);
        core::ExportSelection s = d.selection();
        QVERIFY(s.quotes);
        d.findChild<QCheckBox *>(u"exportUserOnly"_s)->setChecked(true);
        QCOMPARE(d.previewText().count(u"\r\n"_s), 2); // the header and the re-attributed quote
    }

    void exportsAndRemembers()
    {
        QTemporaryDir dir;
        {
            ui::ExportDialog d(test::exportFixture());
            selectFormat(d, u"markdown"_s);
            QVERIFY(d.destination().endsWith(u".md"_s));
            d.setDestination(dir.filePath(u"out.md"_s));
            QString error;
            QVERIFY2(d.exportNow(&error), qPrintable(error));
        }
        QFile f(dir.filePath(u"out.md"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray expected;
        QBuffer buffer(&expected);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(render::allExporters().find(u"markdown"_s)->write(test::exportFixture(), buffer).ok());
        QCOMPARE(f.readAll(), expected);
        ui::ExportDialog again(test::exportFixture());
        QCOMPARE(again.exporter()->name(), u"markdown"_s);
        QVERIFY(again.destination().startsWith(dir.path()));
    }

    void unwritableDestination()
    {
        ui::ExportDialog d(test::exportFixture());
        selectFormat(d, u"pdf"_s);
        d.setDestination(u"/nonexistent-dir/out.pdf"_s);
        QString error;
        QVERIFY(!d.exportNow(&error));
        QVERIFY(error.contains(u"/nonexistent-dir/out.pdf"_s));
    }

    void annotationSource()
    {
        ui::AnnotationSourceDialog d(test::exportFixture());
        QVERIFY(d.view()->browser()->toPlainText().contains(u"\"removals\""_s));
        QVERIFY(d.view()->browser()->isReadOnly());
        if (!ui::HighlightedSource::highlighterProgram().isEmpty())
            QVERIFY(textColours(d.view()->browser()).size() > 1);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
