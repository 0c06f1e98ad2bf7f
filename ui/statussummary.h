#pragma once

#include <QLabel>

namespace saywho::ui {

class ArticleSession;

// Status bar counts for the current article: quotations, speakers, dates, and analysis time.
class StatusSummary final : public QLabel
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);
    void setSession(const ArticleSession *session);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    const ArticleSession *m_session = nullptr;
};

} // namespace saywho::ui
