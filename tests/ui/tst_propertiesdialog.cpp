// Article → Properties: OK leaves the date alone, "not known" clears it, a pasted article gets one.
#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "dialogs/propertiesdialog.h"
#include "mainwindow.h"
#include "uiresources.h"

#include "model/document.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

core::Document article(const QDate &dct, const QString &path = u"/tmp/article.txt"_s)
{
    core::DocumentMetadata meta;
    meta.path = path;
    meta.title = u"A title"_s;
    meta.dct = dct;
    meta.dctSource = dct.isValid() ? core::DctSource::Dateline : core::DctSource::None;
    return core::Document(u"Some text.\n"_s, meta);
}

QCheckBox *unknownBox(QWidget *dialog)
{
    return dialog->findChild<QCheckBox *>(u"dateUnknown"_s);
}

QDateEdit *dateEdit(QWidget *dialog)
{
    return dialog->findChild<QDateEdit *>(u"publicationDate"_s);
}

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestPropertiesDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // Runs with the modal Properties dialog once Article → Properties has opened it.
    static void whenDialogOpens(std::function<void(QWidget *)> act)
    {
        QTimer::singleShot(0, qApp, [act] {
            auto *dialog = qobject_cast<ui::PropertiesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(dialog);
        });
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ui::initResources();
    }

    void okKeepsAKnownDate()
    {
        const QDate dct(2021, 6, 16);
        ui::PropertiesDialog dialog(article(dct));
        QVERIFY(!unknownBox(&dialog)->isChecked());
        QCOMPARE(dialog.publicationDate(), dct);
    }

    void okKeepsAnUnknownDateUnknown()
    {
        ui::PropertiesDialog dialog(article(QDate()));
        QVERIFY(unknownBox(&dialog)->isChecked());
        QVERIFY(!dateEdit(&dialog)->isEnabled());
        // The disabled field shows today; that is no date the reader chose.
        QVERIFY(!dialog.publicationDate().isValid());
    }

    void notKnownClearsTheDate()
    {
        ui::PropertiesDialog dialog(article(QDate(2021, 6, 16)));
        dialog.show();
        QTest::mouseClick(unknownBox(&dialog), Qt::LeftButton);
        QVERIFY(unknownBox(&dialog)->isChecked());
        QVERIFY(!dateEdit(&dialog)->isEnabled());
        QVERIFY(!dialog.publicationDate().isValid());
    }

    void anUndatedArticleGetsADate()
    {
        ui::PropertiesDialog dialog(article(QDate(), QString()));
        dialog.show();
        QTest::mouseClick(unknownBox(&dialog), Qt::LeftButton);
        QVERIFY(dateEdit(&dialog)->isEnabled());
        dateEdit(&dialog)->setDate(QDate(2020, 3, 1));
        QCOMPARE(dialog.publicationDate(), QDate(2020, 3, 1));
    }

    // Through the window: OK untouched pushes nothing; a pasted article can be dated and re-analysed.
    void pastedArticleThroughTheWindow()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::clipboard()->setText(
            u"The mayor spoke on Monday. “We will rebuild the bridge,” said Mayor Anna Berg.\n"_s);
        QSignalSpy opened(&window, &ui::MainWindow::articleOpened);
        window.actions()->newFromClipboard->trigger();
        QVERIFY(opened.wait(20000));
        ui::ArticleSession *session = window.tabs()->current()->session();
        QVERIFY(session->path().isEmpty());
        QVERIFY(!session->document().metadata().dct.isValid());

        whenDialogOpens([](QWidget *dialog) { clickOk(dialog); });
        window.actions()->properties->trigger();
        QCOMPARE(session->undoStack()->count(), 0);
        QVERIFY(!session->document().metadata().dct.isValid());

        whenDialogOpens([](QWidget *dialog) {
            QTest::mouseClick(unknownBox(dialog), Qt::LeftButton);
            dateEdit(dialog)->setDate(QDate(2021, 6, 14));
            clickOk(dialog);
        });
        QSignalSpy analysed(session, &ui::ArticleSession::reanalysed);
        window.actions()->properties->trigger();
        QCOMPARE(session->undoStack()->count(), 1);
        QVERIFY(analysed.wait(20000));
        QCOMPARE(session->document().metadata().dct, QDate(2021, 6, 14));

        // Now dated: OK untouched keeps the date and pushes nothing more.
        whenDialogOpens([](QWidget *dialog) { clickOk(dialog); });
        window.actions()->properties->trigger();
        QCOMPARE(session->undoStack()->count(), 1);
        QCOMPARE(session->document().metadata().dct, QDate(2021, 6, 14));
    }
};

QTEST_MAIN(TestPropertiesDialog)
#include "tst_propertiesdialog.moc"
