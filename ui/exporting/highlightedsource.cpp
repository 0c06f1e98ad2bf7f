#include "highlightedsource.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef SAYWHO_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QTextDocument>
#endif

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::ui::HighlightedSource", s);
}

QString theme(bool dark)
{
    return dark ? u"Breeze Dark"_s : u"Breeze Light"_s;
}

} // namespace

QString HighlightedSource::highlighterProgram()
{
    for (const QString &name : {u"ksyntaxhighlighter6"_s, u"kate-syntax-highlighter"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

HighlightedSource HighlightedSource::highlight(const QString &text, const QString &syntax, bool dark)
{
    HighlightedSource h;
    h.m_plain = text.left(MaxLength);
    const bool cut = text.size() > MaxLength;
    if (syntax.isEmpty()) {
        h.m_note = tr("This format has no syntax to colour.");
        return h;
    }
#ifdef SAYWHO_HAVE_KF6_SYNTAX
    static KSyntaxHighlighting::Repository repository;
    QTextDocument doc;
    doc.setPlainText(h.m_plain);
    KSyntaxHighlighting::SyntaxHighlighter highlighter(&doc);
    highlighter.setDefinition(repository.definitionForName(syntax));
    highlighter.setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                      : KSyntaxHighlighting::Repository::LightTheme));
    highlighter.rehighlight();
    h.m_html = doc.toHtml();
    h.m_background =
        QColor::fromRgba(highlighter.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name();
#else
    const QString program = highlighterProgram();
    if (program.isEmpty()) {
        h.m_note =
            tr("Plain text: neither kate-syntax-highlighter (package libkf5syntaxhighlighting-tools) nor "
               "ksyntaxhighlighter6 was found on PATH, so the preview is not coloured.");
        return h;
    }
    QProcess p;
    p.start(program, {u"--stdin"_s, u"--syntax"_s, syntax, u"--theme"_s, theme(dark), u"--output-format"_s,
                      u"html"_s});
    if (!p.waitForStarted(5000)) {
        h.m_note = tr("Plain text: %1 did not start.").arg(program);
        return h;
    }
    p.write(h.m_plain.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(15000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(1000);
        h.m_note = tr("Plain text: %1 failed.").arg(program);
        return h;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype pre = out.indexOf(u"<pre>"_s), end = out.lastIndexOf(u"</pre>"_s);
    if (pre < 0 || end < pre) {
        h.m_note = tr("Plain text: %1 wrote no HTML.").arg(program);
        return h;
    }
    h.m_html = out.mid(pre, end + 6 - pre);
    static const QRegularExpression body(
        uR"(<body style="background-color:(#[0-9a-fA-F]{6});color:(#[0-9a-fA-F]{6}))"_s);
    const QRegularExpressionMatch m = body.match(out);
    if (m.hasMatch()) {
        h.m_background = m.captured(1);
        h.m_html = u"<pre style=\"color:%1\">"_s.arg(m.captured(2)) + h.m_html.mid(5);
    }
#endif
    if (cut)
        h.m_note = tr("The preview shows the first %1 KB.").arg(MaxLength / 1024);
    return h;
}

} // namespace saywho::ui
