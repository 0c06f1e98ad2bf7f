#include "markdownimporter.h"

#include <QCoreApplication>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Collects md4c's callbacks into the article text and its source map.
class Collector
{
public:
    explicit Collector(const QByteArray &utf8) : m_utf8(utf8) {}

    QString text;
    QList<SourceRun> runs;
    QString title;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        return static_cast<Collector *>(self)->enter(type, detail);
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        return static_cast<Collector *>(self)->leave(type);
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            ++static_cast<Collector *>(self)->m_inImage;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            --static_cast<Collector *>(self)->m_inImage;
        return 0;
    }
    static int onText(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *self)
    {
        static_cast<Collector *>(self)->add(type, chars, size);
        return 0;
    }

private:
    int enter(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_H:
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            breakParagraph();
            m_inHeading = type == MD_BLOCK_H && title.isNull();
            m_headingStart = int(text.size());
            break;
        default:
            break;
        }
        return 0;
    }

    int leave(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_H && m_inHeading) {
            title = text.mid(m_headingStart).trimmed();
            if (title.isNull())
                title = u""_s;
            m_inHeading = false;
        }
        return 0;
    }

    // Blocks are paragraphs apart: one blank line, as in a plain-text article.
    void breakParagraph()
    {
        if (text.isEmpty())
            return;
        while (text.endsWith(u' '))
            text.chop(1);
        if (!text.endsWith(u"\n\n"_s))
            text.append(text.endsWith(u'\n') ? u"\n"_s : u"\n\n"_s);
    }

    // Position in the file's UTF-16 text of a byte of its UTF-8 form. md4c reports text in file
    // order, so this walks forward from the last answer.
    int utf16At(qsizetype byte)
    {
        if (byte < m_byte) {
            m_byte = 0;
            m_utf16 = 0;
        }
        while (m_byte < byte && m_byte < m_utf8.size()) {
            const auto c = static_cast<unsigned char>(m_utf8.at(m_byte));
            const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            m_byte += len;
            m_utf16 += len == 4 ? 2 : 1;
        }
        return m_utf16;
    }

    void append(const QString &words, int originalBegin)
    {
        if (words.isEmpty())
            return;
        runs.append({int(text.size()), originalBegin, int(words.size())});
        text.append(words);
    }

    void add(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size)
    {
        if (m_inImage)
            return; // an image's alt text is no part of the prose
        const bool inFile = chars >= m_utf8.constData() && chars + size <= m_utf8.constData() + m_utf8.size();
        const int at = inFile ? utf16At(chars - m_utf8.constData()) : -1;
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH: {
            QString words = QString::fromUtf8(chars, size);
            words.remove(u'\r');
            if (inFile)
                append(words, at);
            else
                text.append(words);
            break;
        }
        case MD_TEXT_ENTITY:
            if (inFile)
                append(entity(QString::fromUtf8(chars, size)), at);
            break;
        case MD_TEXT_NULLCHAR:
            text.append(QChar(0xFFFD));
            break;
        case MD_TEXT_SOFTBR:
            // A wrapped line: the paragraph goes on.
            if (!text.endsWith(u' '))
                text.append(u' ');
            break;
        case MD_TEXT_BR:
            text.append(u'\n');
            break;
        case MD_TEXT_HTML:
            break; // inline tags carry no words
        }
    }

    static QString entity(const QString &e)
    {
        static const QList<std::pair<QString, QString>> named = {
            {u"&amp;"_s, u"&"_s},    {u"&lt;"_s, u"<"_s},    {u"&gt;"_s, u">"_s},
            {u"&quot;"_s, u"\""_s},  {u"&apos;"_s, u"'"_s},  {u"&nbsp;"_s, u"\u00a0"_s},
            {u"&ldquo;"_s, u"“"_s},  {u"&rdquo;"_s, u"”"_s}, {u"&lsquo;"_s, u"‘"_s},
            {u"&rsquo;"_s, u"’"_s},  {u"&mdash;"_s, u"—"_s}, {u"&ndash;"_s, u"–"_s},
            {u"&hellip;"_s, u"…"_s}, {u"&laquo;"_s, u"«"_s}, {u"&raquo;"_s, u"»"_s},
        };
        for (const auto &[name, value] : named)
            if (e == name)
                return value;
        if (e.startsWith(u"&#"_s) && e.endsWith(u';')) {
            bool ok = false;
            const bool hex = e.size() > 3 && (e.at(2) == u'x' || e.at(2) == u'X');
            const uint cp = e.mid(hex ? 3 : 2, e.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                const char32_t c = cp;
                return QString::fromUcs4(&c, 1);
            }
            return QString(QChar(0xFFFD));
        }
        return e; // an unknown name stays as written
    }

    const QByteArray &m_utf8;
    qsizetype m_byte = 0;
    int m_utf16 = 0;
    int m_inImage = 0;
    bool m_inHeading = false;
    int m_headingStart = 0;
};

} // namespace

bool MarkdownImporter::isMarkdownFileName(const QString &path)
{
    return path.endsWith(u".md"_s, Qt::CaseInsensitive) || path.endsWith(u".markdown"_s, Qt::CaseInsensitive);
}

LoadResult MarkdownImporter::fromText(const QString &text, const QString &path)
{
    LoadResult r;
    const QByteArray utf8 = text.toUtf8();
    Collector collector(utf8);
    MD_PARSER parser{};
    parser.abi_version = 0;
    // CommonMark plus tables and strikethrough (GitHub's dialect); raw HTML is not shown.
    parser.flags =
        MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = &Collector::enterBlock;
    parser.leave_block = &Collector::leaveBlock;
    parser.enter_span = &Collector::enterSpan;
    parser.leave_span = &Collector::leaveSpan;
    parser.text = &Collector::onText;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector) != 0) {
        r.error =
            QCoreApplication::translate("saywho::core::DocumentLoader", "the Markdown could not be read");
        return r;
    }
    QString body = collector.text;
    while (body.endsWith(u'\n') || body.endsWith(u' '))
        body.chop(1);
    if (body.trimmed().isEmpty()) {
        r.error = QCoreApplication::translate("saywho::core::DocumentLoader", "the text is empty");
        return r;
    }
    body.append(u'\n');
    DocumentMetadata meta;
    meta.path = path;
    meta.title = collector.title;
    r.document = Document(body, text, collector.runs, meta);
    r.ok = true;
    return r;
}

} // namespace saywho::core
