#include "correctionhistorydialog.h"

#include "articlelibrarylink.h"

#include "../articlesession.h"

#include "store/library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;
}

CorrectionHistoryDialog::CorrectionHistoryDialog(store::Library *library, ArticleSession *session,
                                                 QWidget *parent)
    : QDialog(parent), m_library(library), m_session(session), m_tree(new QTreeWidget(this))
{
    setObjectName(u"correctionHistory"_s);
    setWindowTitle(tr("Correction History"));
    auto *column = new QVBoxLayout(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("When"), tr("Correction"), tr("State")});
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    column->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ActionRole);
    m_revert->setEnabled(false);
    column->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_revert->setEnabled(item && item->data(0, EntryRole).toLongLong() > 0);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const QString error = revertSelected(); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    resize(720, 420);
    reload();
}

void CorrectionHistoryDialog::reload()
{
    m_tree->clear();
    const ArticleLibraryLink *link = ArticleLibraryLink::of(m_session);
    if (!m_library || !link || !link->article())
        return;
    store::StoreResult r;
    const QList<store::CorrectionEntry> log = m_library->corrections().list(link->article(), &r);
    for (qsizetype i = log.size() - 1; i >= 0; --i) {
        const store::CorrectionEntry &e = log.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, QLocale().toString(e.madeAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.description);
        QString state;
        if (e.revertedBy)
            state = tr("reverted");
        else if (e.kind == store::CorrectionKind::Reanalysis)
            state = tr("re-analysis");
        else if (e.kind == store::CorrectionKind::Revert)
            state = tr("a revert");
        item->setText(2, state);
        // A re-analysis is not the user's to revert; it is redone by the next one.
        item->setData(0, EntryRole, e.kind == store::CorrectionKind::Reanalysis || e.revertedBy ? 0 : e.id);
    }
    if (!r.ok())
        QMessageBox::warning(this, windowTitle(), r.error);
}

QString CorrectionHistoryDialog::revertSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    ArticleLibraryLink *link = ArticleLibraryLink::of(m_session);
    const qint64 id = item ? item->data(0, EntryRole).toLongLong() : 0;
    if (!id || !link)
        return tr("Choose a correction to revert.");
    store::StoreResult r;
    const auto entry = m_library->corrections().entry(id, &r);
    if (!entry)
        return r.error;
    core::Edit edit;
    edit.patch = entry->patch.inverted();
    // The inverse applies only to the annotations as that correction left them.
    if (core::Document probe = m_session->document(); !edit.patch.apply(probe).ok())
        return tr("“%1” cannot be reverted: what it changed was changed again since. Revert the later "
                  "corrections first.")
            .arg(entry->description);
    link->markNextAsRevert(id);
    const QString error = m_session->applyEdit(edit, tr("Revert “%1”").arg(entry->description));
    if (!error.isEmpty()) {
        link->markNextAsRevert(0);
        return error;
    }
    QTimer::singleShot(0, this, &CorrectionHistoryDialog::reload);
    return {};
}

} // namespace saywho::ui
