#pragma once

#include <QString>

namespace saywho::ui {

// Source text (JSON, XML, HTML, Markdown, CSV) coloured by KSyntaxHighlighting's definitions and a
// theme for the light or dark palette: in process when SayWho was built with KF6SyntaxHighlighting,
// otherwise through its command-line highlighter (kate-syntax-highlighter, or ksyntaxhighlighter6
// on newer systems) found on PATH at run time, with --output-format html (never --update, which
// downloads definitions). With neither, the text stays plain and note() says why.
class HighlightedSource final
{
public:
    // Longer texts are cut for the preview (the highlighter would take seconds over megabytes).
    static constexpr qsizetype MaxLength = 256 * 1024;

    static HighlightedSource highlight(const QString &text, const QString &syntax, bool dark);
    // The highlighter program found on PATH, or empty.
    static QString highlighterProgram();

    bool isColoured() const { return !m_html.isEmpty(); }
    // A <pre> with coloured spans, for a QTextDocument; empty when plain.
    const QString &html() const { return m_html; }
    const QString &plainText() const { return m_plain; }
    // Why the text is plain (or that it was cut); empty otherwise.
    const QString &note() const { return m_note; }
    // Page colours of the theme (#rrggbb), empty when plain.
    const QString &background() const { return m_background; }

private:
    QString m_html;
    QString m_plain;
    QString m_note;
    QString m_background;
};

} // namespace saywho::ui
