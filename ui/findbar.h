#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <utility>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace saywho::ui {

class ArticleView;

// Edit → Find (Ctrl+F, F3, Shift+F3): a bar under the article that finds text as it is typed,
// underlines every match in the current article's view and selects the current one.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // The view searched (the current tab's); nullptr when no article is open.
    void setView(ArticleView *view);
    QList<QAction *> menuActions() const;
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_next; }
    QAction *findPreviousAction() const { return m_previous; }
    QLineEdit *lineEdit() const { return m_edit; }

    int matchCount() const { return int(m_matches.size()); }
    // Index of the current match, or -1.
    int currentMatch() const { return m_current; }
    const QList<std::pair<int, int>> &matches() const { return m_matches; }

    // Every occurrence of needle in text, in order and not overlapping.
    static QList<std::pair<int, int>> matchesIn(const QString &text, const QString &needle,
                                                Qt::CaseSensitivity cs);

    void openBar();
    void closeBar();
    void findNext();
    void findPrevious();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // Re-runs the search; the current match becomes the first at or after from.
    void search(int from);
    void step(int delta);
    void select();
    void updateCount();

    QLineEdit *m_edit;
    QCheckBox *m_case;
    QToolButton *m_prevButton;
    QToolButton *m_nextButton;
    QToolButton *m_closeButton;
    QLabel *m_count;
    QAction *m_find;
    QAction *m_next;
    QAction *m_previous;
    QPointer<ArticleView> m_view;
    QList<std::pair<int, int>> m_matches;
    int m_current = -1;
};

} // namespace saywho::ui
