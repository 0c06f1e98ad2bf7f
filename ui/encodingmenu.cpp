#include "encodingmenu.h"

#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"

#include "io/textdecoder.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace saywho::ui {

EncodingMenu::EncodingMenu(ArticleTabs *tabs, QWidget *parent) : QMenu(parent), m_tabs(tabs)
{
    setObjectName(u"encodingMenu"_s);
    for (const QString &name : core::TextDecoder::availableEncodings()) {
        QAction *a = addAction(name);
        a->setData(name);
        connect(a, &QAction::triggered, this, [this, name] { reload(name); });
    }
    // Only an article read from a file can be read again, and not while it is being analysed.
    connect(this, &QMenu::aboutToShow, this, [this] {
        ArticleTab *tab = m_tabs->current();
        const bool can = tab && !tab->session()->path().isEmpty() && !tab->session()->isBusy();
        for (QAction *a : actions())
            a->setEnabled(can);
    });
    retranslate();
}

void EncodingMenu::reload(const QString &encoding)
{
    ArticleTab *tab = m_tabs->current();
    if (!tab)
        return;
    ArticleSession *session = tab->session();
    auto *ctx = new QObject(this);
    connect(session, &ArticleSession::reloadReady, ctx,
            [this, session](const QString &enc) { ready(session, enc); });
    connect(session, &ArticleSession::reloadFinished, ctx,
            [this, ctx, session, encoding](bool replaced, const QString &error, const QStringList &warnings) {
                ctx->deleteLater();
                QString text =
                    !error.isEmpty()
                        ? tr("Could not read %1 as %2: %3").arg(session->displayName(), encoding, error)
                    : replaced
                        ? tr("Reloaded %1 as %2 and analysed it again.").arg(session->displayName(), encoding)
                        : tr("%1 reads the same as %2: nothing changed, every correction kept.")
                              .arg(session->displayName(), encoding);
                if (!warnings.isEmpty())
                    text += u' ' + warnings.join(u"; "_s);
                emit message(text);
            });
    // A session that cannot start (busy, no file) says nothing: drop the listeners with it.
    session->reload(encoding);
    if (!session->isBusy())
        ctx->deleteLater();
}

void EncodingMenu::ready(ArticleSession *session, const QString &encoding)
{
    if (!session->hasCorrections())
        return; // the session goes on by itself
    QMessageBox box(QMessageBox::Question, tr("Reload with Encoding"),
                    tr("Read as %1, the text of %2 changes.").arg(encoding, session->displayName()),
                    QMessageBox::NoButton, window());
    box.setObjectName(confirmationName());
    box.setInformativeText(tr("The corrections made in this tab apply to the old text and will be dropped. "
                              "Reading it as an encoding that gives the same text keeps them."));
    QPushButton *reload = box.addButton(tr("Reload and Drop Corrections"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload)
        session->acceptReload();
    else
        session->discardReload();
}

void EncodingMenu::retranslate()
{
    setTitle(tr("Reload with &Encoding"));
    setToolTipsVisible(true);
    for (QAction *a : actions())
        a->setToolTip(tr("Read the file again as %1 and analyse it again").arg(a->data().toString()));
}

void EncodingMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace saywho::ui
