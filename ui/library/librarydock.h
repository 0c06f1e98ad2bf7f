#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace saywho::ui {

class LibraryController;

// The Library panel: every stored article (title, date, site, quotes, corrections, last opened),
// sortable; a search box over article text and quotes, or "quotes by" / "articles mentioning" a
// library person. Double-click opens the article at the hit.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    LibraryDock(LibraryController *controller, QWidget *parent = nullptr);

    void refresh();
    void retranslate();
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidget *results() const { return m_tree; }

signals:
    // position: where in the article's text to go (0: its start).
    void openRequested(qint64 article, int position);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Scope { Words, QuotesBy, Mentioning };
    void showArticles();
    void showSearch(const QString &query);
    void showQuotesBy(const QString &name);
    void activated(QTreeWidgetItem *item);

    LibraryController *m_controller;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_note;
    QTimer *m_debounce;
    bool m_stale = false;
};

} // namespace saywho::ui
