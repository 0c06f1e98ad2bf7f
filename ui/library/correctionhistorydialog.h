#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace saywho::store {
class Library;
}

namespace saywho::ui {

class ArticleSession;

// Article → History: every correction of the article the library holds, across sessions, newest
// first; Revert applies the inverse of one as a new correction (itself undoable and logged).
class CorrectionHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    CorrectionHistoryDialog(store::Library *library, ArticleSession *session, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_tree; }
    // Reverts the selected entry; the error, or empty when it was reverted.
    QString revertSelected();

private:
    void reload();

    store::Library *m_library;
    ArticleSession *m_session;
    QTreeWidget *m_tree;
    QPushButton *m_revert;
};

} // namespace saywho::ui
