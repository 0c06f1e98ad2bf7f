#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace saywho::store {
struct StoreResult;
}

namespace saywho::ui {

class LibraryController;

// The Library panel: every stored article (title, date, site, quotes, corrections, last opened),
// sortable; a search box over article text and quotes, or "quotes by" / "articles mentioning" a
// library person; or the library's people, where two can be merged and one split (each one undo
// step of the panel's own stack). Double-click opens the article at the hit.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    LibraryDock(LibraryController *controller, QWidget *parent = nullptr);

    void refresh();
    void retranslate();
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *results() const { return m_tree; }
    // The undo steps of merging and splitting library people (the window's Edit menu shows them
    // while the panel has the keyboard).
    QUndoStack *peopleUndo() const { return m_undo; }
    // The panel's scopes, in the order of its scope box.
    enum class Scope { Words, QuotesBy, Mentioning, People };
    void setScope(Scope scope);
    // Merges the people from into into (one undo step); false with the reason in the panel's note.
    bool mergePeople(qint64 into, const QList<qint64> &from);
    // Splits the chosen entity rows of person off into a new person named name (one undo step).
    bool splitPerson(qint64 person, const QList<qint64> &entityRows, const QString &name);
    // Asks which of person's articles go to a new person (PersonSplitDialog), then splits.
    void splitWithDialog(qint64 person);

signals:
    // position: where in the article's text to go (0: its start).
    void openRequested(qint64 article, int position);
    // Library people were merged, split, or such a step undone or redone.
    void peopleChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showArticles();
    void showPeople(const QString &filter);
    void peopleMenu(const QPoint &at);
    void reportPeople(const store::StoreResult &result);
    void showSearch(const QString &query);
    void showQuotesBy(const QString &name);
    void activated(QTreeWidgetItem *item);

    LibraryController *m_controller;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_note;
    QTimer *m_debounce;
    QUndoStack *m_undo;
    bool m_stale = false;
};

} // namespace saywho::ui
