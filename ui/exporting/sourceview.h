#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace saywho::ui {

// A read-only view of source text coloured by HighlightedSource, with a note under it when the
// text is plain (and why) or cut.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    // syntax: a KSyntaxHighlighting definition name ("JSON", "XML", …); empty for none.
    void setSource(const QString &text, const QString &syntax);
    // A message in place of a preview (a binary format).
    void setMessage(const QString &message);

    QTextBrowser *browser() const { return m_browser; }
    QString note() const;

private:
    QTextBrowser *m_browser;
    QLabel *m_note;
};

} // namespace saywho::ui
