#include "htmlencoding.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The HTML standard has browsers look for the declaration in the first 1024 bytes; saved pages
// sometimes put a long comment first, so look a little further.
constexpr qsizetype PrescanBytes = 4096;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("saywho::core::HtmlEncoding", text, disambiguation, n);
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

// The encoding a label names under the WHATWG Encoding Standard, the only ones a web page may use
// (so not UTF-32, UTF-7 or EBCDIC), as a name QStringDecoder knows; empty when the label is not
// among them. The standard maps the Latin-1 and ASCII labels to Windows-1252, a superset; a page
// that reached us as bytes and calls itself UTF-16 in a <meta> is really UTF-8 (the declaration
// could not have been read otherwise).
QString whatwgEncoding(const QString &label)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        auto add = [&h](const char *name, std::initializer_list<const char *> labels) {
            for (const char *l : labels)
                h.insert(QString::fromLatin1(l), QString::fromLatin1(name));
        };
        add("UTF-8", {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                      "x-unicode20utf8", "utf-16", "utf-16le", "utf-16be", "unicode", "unicodefeff",
                      "unicodefffe", "ucs-2", "iso-10646-ucs-2", "csunicode"});
        add("Windows-1252", {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
                             "iso88591", "iso_8859-1:1987", "iso-ir-100", "csisolatin1", "latin1", "l1",
                             "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819"});
        add("IBM866", {"ibm866", "866", "cp866", "csibm866"});
        const int iso[] = {2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16};
        for (const int n : iso) {
            const QString name = u"ISO-8859-%1"_s.arg(n);
            for (const QString &form : {u"iso-8859-%1"_s, u"iso8859-%1"_s, u"iso_8859-%1"_s, u"iso8859%1"_s})
                h.insert(form.arg(n), name);
        }
        add("ISO-8859-2", {"latin2", "l2", "csisolatin2", "iso-ir-101"});
        add("ISO-8859-3", {"latin3", "l3", "csisolatin3", "iso-ir-109"});
        add("ISO-8859-4", {"latin4", "l4", "csisolatin4", "iso-ir-110"});
        add("ISO-8859-5", {"cyrillic", "csisolatincyrillic", "iso-ir-144"});
        add("ISO-8859-6", {"arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
                           "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127"});
        add("ISO-8859-7",
            {"greek", "greek8", "csisolatingreek", "ecma-118", "elot_928", "iso-ir-126", "sun_eu_greek"});
        add("ISO-8859-8", {"hebrew", "csiso88598e", "csisolatinhebrew", "iso-8859-8-e", "iso-ir-138",
                           "visual", "iso-8859-8-i", "csiso88598i", "logical"});
        add("ISO-8859-10", {"latin6", "l6", "csisolatin6", "iso-ir-157"});
        add("ISO-8859-15", {"latin9", "l9", "csisolatin9"});
        add("KOI8-R", {"koi8-r", "koi8_r", "koi8", "koi", "cskoi8r"});
        add("KOI8-U", {"koi8-u", "koi8-ru"});
        add("macintosh", {"macintosh", "mac", "x-mac-roman", "csmacintosh"});
        add("windows-874", {"windows-874", "dos-874", "tis-620", "iso-8859-11", "iso8859-11", "iso885911"});
        for (int n = 1250; n <= 1258; ++n)
            if (n != 1252)
                for (const QString &form : {u"windows-%1"_s, u"cp%1"_s, u"x-cp%1"_s})
                    h.insert(form.arg(n), u"windows-%1"_s.arg(n));
        add("windows-1254", {"iso-8859-9", "iso8859-9", "iso_8859-9", "iso88599", "latin5", "l5",
                             "csisolatin5", "iso-ir-148"});
        add("x-mac-cyrillic", {"x-mac-cyrillic", "x-mac-ukrainian"});
        add("GBK", {"gbk", "gb2312", "chinese", "csgb2312", "x-gbk", "gb_2312", "gb_2312-80", "iso-ir-58",
                    "csiso58gb231280"});
        add("GB18030", {"gb18030"});
        add("Big5", {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"});
        add("EUC-JP", {"euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"});
        add("ISO-2022-JP", {"iso-2022-jp", "csiso2022jp"});
        add("Shift_JIS",
            {"shift_jis", "shift-jis", "sjis", "ms932", "ms_kanji", "windows-31j", "x-sjis", "csshiftjis"});
        add("EUC-KR", {"euc-kr", "cseuckr", "korean", "windows-949", "ks_c_5601-1987", "ks_c_5601-1989",
                       "ksc5601", "ksc_5601", "iso-ir-149", "csksc56011987"});
        return h;
    }();
    return names.value(label);
}

struct Decoded
{
    bool known = true;
    QString text;
    QString name;
    bool invalid = false;
};

Decoded decodeAs(const QString &name, const QByteArray &bytes)
{
    Decoded d;
    d.name = name;
    if (name == u"Windows-1252") {
        d.text = TextDecoder::decodeWindows1252(bytes);
        return d;
    }
    QStringDecoder dec(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!dec.isValid()) {
        d.known = false;
        return d;
    }
    d.text = dec(bytes);
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
        const QString name = whatwgEncoding(declared);
        const Decoded d = name.isEmpty() ? Decoded{false, {}, {}, false} : decodeAs(name, bytes);
        if (d.known) {
            r.text = d.text;
            r.encoding = d.name;
            if (d.invalid)
                r.warnings.append(
                    tr("the page is not valid %1 as it declares; some characters are lost").arg(d.name));
            return r;
        }
        r.warnings.append(
            tr("the page declares the encoding '%1', which is not one web pages may use; ignored")
                .arg(declared));
    }
    // Undeclared: mostly well-formed UTF-8 stays UTF-8, as for a text file.
    const Utf8Check check = TextDecoder::checkUtf8(bytes);
    if (check.invalid == 0 || check.multiByte > check.invalid) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        r.text = utf8(bytes);
        r.encoding = u"UTF-8"_s;
        if (check.invalid > 0)
            r.warnings.append(tr("the page is UTF-8 with %n invalid byte sequence(s), the first at byte %1; "
                                 "they read as U+FFFD",
                                 nullptr, int(std::min<qsizetype>(check.invalid, INT_MAX)))
                                  .arg(check.firstInvalid));
    } else {
        r.text = TextDecoder::decodeWindows1252(bytes);
        r.encoding = u"Windows-1252"_s;
        r.warnings.append(
            tr("the page does not say how it is encoded and is not UTF-8; read it as Windows-1252"));
    }
    return r;
}

} // namespace saywho::core
