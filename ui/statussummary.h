#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;

namespace saywho::ui {

class ArticleSession;

// Status bar counts for the current article: quotations, speakers, dates, and analysis time.
class StatusSummary final : public QLabel
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);
    void setSession(const ArticleSession *session);
    // The panels' filtered rows: when a filter hides some, the counts say "3 of 12".
    void setFilters(const QAbstractItemModel *quotes, const QAbstractItemModel *dates);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    const ArticleSession *m_session = nullptr;
    QPointer<const QAbstractItemModel> m_quotes;
    QPointer<const QAbstractItemModel> m_dates;
};

} // namespace saywho::ui
