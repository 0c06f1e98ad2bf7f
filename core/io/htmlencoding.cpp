#include "htmlencoding.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The HTML standard has browsers look for the declaration in the first 1024 bytes; saved pages
// sometimes put a long comment first, so look a little further.
constexpr qsizetype PrescanBytes = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("saywho::core::HtmlEncoding", text);
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool startsWithNoCase(QByteArrayView s, qsizetype at, const char *word)
{
    for (qsizetype k = 0; word[k]; ++k)
        if (at + k >= s.size() || lower(s.at(at + k)) != word[k])
            return false;
    return true;
}

// The value after "charset=" in a Content-Type string such as "text/html; charset=ISO-8859-1".
QString charsetFromContentType(const QString &content)
{
    const qsizetype at = content.indexOf(u"charset"_s, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < content.size() && content.at(i).isSpace())
        ++i;
    if (i >= content.size() || content.at(i) != u'=')
        return {};
    ++i;
    while (i < content.size() && content.at(i).isSpace())
        ++i;
    QString value;
    for (; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (c == u'"' || c == u'\'') {
            if (value.isEmpty())
                continue;
            break;
        }
        if (c == u';' || c.isSpace())
            break;
        value.append(c);
    }
    return value.trimmed().toLower();
}

struct Decoded
{
    bool known = true;
    QString text;
    QString name;
    bool invalid = false;
};

// The WHATWG encoding standard maps the Latin-1 and ASCII labels to Windows-1252, a superset.
Decoded decodeAs(const QString &label, const QByteArray &bytes)
{
    static const QStringList cp1252 = {
        u"windows-1252"_s, u"cp1252"_s, u"x-cp1252"_s, u"iso-8859-1"_s, u"iso8859-1"_s,      u"iso_8859-1"_s,
        u"latin1"_s,       u"l1"_s,     u"us-ascii"_s, u"ascii"_s,      u"ansi_x3.4-1968"_s, u"cp819"_s};
    static const QStringList utf8 = {u"utf-8"_s, u"utf8"_s, u"unicode-1-1-utf-8"_s};
    Decoded d;
    if (cp1252.contains(label)) {
        d.text = TextDecoder::decodeWindows1252(bytes);
        d.name = u"Windows-1252"_s;
        return d;
    }
    if (utf8.contains(label) || label.startsWith(u"utf-16"_s)) {
        // A page that reached us as bytes and calls itself UTF-16 in a <meta> is really UTF-8 (the
        // declaration could not have been read otherwise).
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        d.text = dec(bytes);
        d.name = u"UTF-8"_s;
        d.invalid = dec.hasError();
        return d;
    }
    QStringDecoder dec(label.toLatin1().constData());
    if (!dec.isValid()) {
        d.known = false;
        return d;
    }
    d.text = dec(bytes);
    d.name = label.toUpper();
    d.invalid = dec.hasError();
    return d;
}

} // namespace

QString HtmlEncoding::declaredCharset(QByteArrayView bytes)
{
    const QByteArrayView s = bytes.first(qMin(bytes.size(), PrescanBytes));
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) != '<') {
            ++i;
            continue;
        }
        if (startsWithNoCase(s, i, "<!--")) {
            const qsizetype end = s.indexOf("-->", i + 4);
            if (end < 0)
                return {};
            i = end + 3;
            continue;
        }
        if (!startsWithNoCase(s, i, "<meta") || i + 5 >= s.size() ||
            !(isSpace(s.at(i + 5)) || s.at(i + 5) == '/')) {
            ++i;
            continue;
        }
        // Read the attributes of this <meta>.
        i += 5;
        QString charset, httpEquiv, content;
        while (i < s.size() && s.at(i) != '>') {
            if (isSpace(s.at(i)) || s.at(i) == '/') {
                ++i;
                continue;
            }
            QByteArray name;
            while (i < s.size() && !isSpace(s.at(i)) && s.at(i) != '=' && s.at(i) != '>' && s.at(i) != '/')
                name.append(lower(s.at(i++)));
            while (i < s.size() && isSpace(s.at(i)))
                ++i;
            QByteArray value;
            if (i < s.size() && s.at(i) == '=') {
                ++i;
                while (i < s.size() && isSpace(s.at(i)))
                    ++i;
                if (i < s.size() && (s.at(i) == '"' || s.at(i) == '\'')) {
                    const char quote = s.at(i++);
                    while (i < s.size() && s.at(i) != quote)
                        value.append(s.at(i++));
                    ++i;
                } else {
                    while (i < s.size() && !isSpace(s.at(i)) && s.at(i) != '>')
                        value.append(s.at(i++));
                }
            }
            const QString v = QString::fromLatin1(value).trimmed();
            if (name == "charset")
                charset = v.toLower();
            else if (name == "http-equiv")
                httpEquiv = v.toLower();
            else if (name == "content")
                content = v;
        }
        if (!charset.isEmpty())
            return charset;
        if (httpEquiv == u"content-type") {
            const QString c = charsetFromContentType(content);
            if (!c.isEmpty())
                return c;
        }
    }
    return {};
}

HtmlText HtmlEncoding::decode(const QByteArray &bytes, const QString &charsetHint)
{
    HtmlText r;
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const DecodedText d = TextDecoder::decode(bytes);
        r.text = d.text;
        r.encoding = d.encoding;
        r.warnings = d.warnings;
        return r;
    }
    const QString hint = charsetFromContentType(u"charset="_s + charsetHint);
    const QString declared = hint.isEmpty() ? declaredCharset(bytes) : hint;
    if (!declared.isEmpty()) {
        const Decoded d = decodeAs(declared, bytes);
        if (d.known) {
            r.text = d.text;
            r.encoding = d.name;
            if (d.invalid)
                r.warnings.append(
                    tr("the page is not valid %1 as it declares; some characters are lost").arg(d.name));
            return r;
        }
        r.warnings.append(tr("the page declares the unknown encoding '%1'").arg(declared));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    r.text = utf8(bytes);
    r.encoding = u"UTF-8"_s;
    if (utf8.hasError()) {
        r.text = TextDecoder::decodeWindows1252(bytes);
        r.encoding = u"Windows-1252"_s;
        r.warnings.append(
            tr("the page does not say how it is encoded and is not UTF-8; read it as Windows-1252"));
    }
    return r;
}

} // namespace saywho::core
