#include "timextokens.h"

#include "../../lexicon/wordclass.h"
#include "../../model/document.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// Lower case for the letters the checks below look at; apostrophes become '\''.
QChar asciiLower(QChar c)
{
    if (isApostrophe(c))
        return QChar(u'\'');
    return c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(char16_t(c.unicode() + 32)) : c;
}

// The lower-case form of a token or a part of one: on the stack, resized inline (a QString's
// resize is a call into Qt per token).
using LowerBuffer = QVarLengthArray<char16_t, 64>;

QStringView viewOf(const LowerBuffer &buffer)
{
    return QStringView(buffer.constData(), buffer.size());
}

// Lower-cases v into buffer; returns the index of its first hyphen, or -1.
qsizetype lowerInto(QStringView v, LowerBuffer &buffer)
{
    buffer.resize(v.size());
    char16_t *out = buffer.data();
    qsizetype dash = -1;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char16_t c = v[i].unicode();
        if (c < 128) { // the common case, without a call into the Unicode tables
            out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            if (c == u'-' && dash < 0)
                dash = i;
        } else {
            out[i] = isApostrophe(v[i]) ? u'\'' : v[i].toLower().unicode();
        }
    }
    return dash;
}

// Reads digits from pos; returns the value (capped) and advances pos; -1 when none.
int readInt(QStringView v, qsizetype &pos, int *digits = nullptr)
{
    int value = 0, n = 0;
    while (pos < v.size() &&
           (v[pos].isDigit() || (v[pos] == u',' && n > 0 && pos + 1 < v.size() && v[pos + 1].isDigit()))) {
        if (v[pos] != u',') {
            value = value < 100000000 ? value * 10 + v[pos].digitValue() : value;
            ++n;
        }
        ++pos;
    }
    if (digits)
        *digits = n;
    return n ? value : -1;
}

void parseNumber(QStringView v, TimexToken &t, LowerBuffer &buffer)
{
    qsizetype pos = 0;
    const bool apostrophe = isApostrophe(v[0]);
    if (apostrophe)
        pos = 1;
    t.n1 = readInt(v, pos, &t.digits);
    if (t.n1 < 0) {
        t.shape = NumShape::Other;
        return;
    }
    if (pos == v.size()) {
        t.shape = apostrophe ? NumShape::Other : NumShape::Int;
        return;
    }
    const QStringView rest = v.mid(pos);
    if (rest.compare(u"s", Qt::CaseInsensitive) == 0 && (t.digits == 4 || (apostrophe && t.digits == 2))) {
        t.shape = NumShape::Decade;
        return;
    }
    if (!apostrophe && (rest == u"st" || rest == u"nd" || rest == u"rd" || rest == u"th")) {
        t.shape = NumShape::Ordinal;
        return;
    }
    const QChar sep = rest[0];
    if (sep == u':' && t.digits <= 2) {
        ++pos;
        t.n2 = readInt(v, pos);
        t.shape = pos == v.size() && t.n2 >= 0 && t.n2 < 60 && t.n1 <= 24 ? NumShape::Clock : NumShape::Other;
        return;
    }
    if (sep == u'/' || (sep == u'-' && t.digits == 4 && rest.size() > 1 && rest[1].isDigit())) {
        ++pos;
        t.n2 = readInt(v, pos);
        if (pos < v.size() && v[pos] == sep) {
            ++pos;
            int d3 = 0;
            t.n3 = readInt(v, pos, &d3);
            if (pos == v.size() && t.n2 >= 0 && t.n3 >= 0)
                t.shape = sep == u'/' ? NumShape::SlashDate : NumShape::IsoDate;
            else
                t.shape = NumShape::Other;
            return;
        }
        t.shape = sep == u'/' && pos == v.size() && t.n2 > 0 ? NumShape::Fraction : NumShape::Other;
        return;
    }
    if (sep == u'-' && rest.size() > 1 && rest[1].isLetter()) {
        // 14-day, 16-hour, 5-year-old: the unit after the first hyphen, the rest must be "long"/"old"
        const qsizetype unitEnd = rest.indexOf(u'-', 1);
        lowerInto(unitEnd < 0 ? rest.mid(1) : rest.mid(1, unitEnd - 1), buffer);
        t.tail = TemporalLexicon::instance().word(viewOf(buffer));
        if (t.tail && t.tail->unit != TimeUnit::None) {
            t.shape = NumShape::NumUnit;
            if (unitEnd >= 0) {
                lowerInto(rest.mid(unitEnd + 1), buffer);
                if (viewOf(buffer) == u"old")
                    t.shape = NumShape::Other; // ages are not times
            }
            return;
        }
    }
    t.shape = NumShape::Other;
}

// One token's TimexToken, with the lexicon looked up once by the caller: build() asks for every
// token, and has t, default-constructed, written in place rather than copied out.
void classifyToken(const TemporalLexicon &lex, const QString &text, const Token &tok, LowerBuffer &buffer,
                   TimexToken &t)
{
    t.begin = tok.span.begin;
    t.end = t.fullEnd = tok.span.end;
    t.kind = tok.kind;
    t.capitalized = tok.capitalized;
    t.sentenceStart = tok.sentenceStart;
    t.first = text.at(tok.span.begin);
    if (tok.kind == TokenKind::Punct || tok.kind == TokenKind::Symbol || tok.kind == TokenKind::QuoteMark) {
        t.punct = true;
        return;
    }
    const QStringView v = QStringView(text).mid(tok.span.begin, tok.span.length());
    if (tok.kind == TokenKind::Number || (v.size() > 1 && isApostrophe(v[0]) && v[1].isDigit())) {
        parseNumber(v, t, buffer);
        if (t.shape == NumShape::Decade || (v.size() > 1 && isApostrophe(v[0])))
            t.kind = TokenKind::Number;
        return;
    }
    const qsizetype n = v.size();
    const QChar last = asciiLower(v[n - 1]), beforeLast = n > 1 ? asciiLower(v[n - 2]) : QChar();
    if (n > lex.longest() + 2 && !tok.hyphenated) {
        // Too long for any temporal word, possessive or compound: only the tense and number shape count.
        t.pastForm = !tok.capitalized && beforeLast == u'e' && last == u'd';
        t.pluralForm = last == u's' && beforeLast != u's' && beforeLast != u'\'';
        return;
    }
    // Most words: the tokenizer's lexicon lookup already says no temporal list holds them, and no
    // possessive or compound hides one.
    const bool listed = tok.classes & WordClass::Temporal;
    if (!listed && !(beforeLast == u'\'' && last == u's') && last != u'\'' && !tok.hyphenated) {
        t.pastForm = !tok.capitalized && n > 4 && beforeLast == u'e' && last == u'd';
        t.futureForm = n > 3 && last == u'l' && beforeLast == u'l' && asciiLower(v[n - 3]) == u'\'';
        t.pluralForm = n > 3 && last == u's' && beforeLast != u's' && beforeLast != u'\'';
        return;
    }
    const qsizetype firstDash = lowerInto(v, buffer);
    t.full = t.word = lex.word(viewOf(buffer));
    t.pastForm = !t.word && !tok.capitalized && n > 4 && beforeLast == u'e' && last == u'd';
    t.futureForm = !t.word && n > 3 && last == u'l' && beforeLast == u'l' && buffer[n - 3] == u'\'';
    t.pluralForm = !t.word && n > 3 && last == u's' && beforeLast != u's' && beforeLast != u'\'';
    if (n > 3 && last == u's' && beforeLast == u'\'') {
        buffer.resize(buffer.size() - 2);
        if (const TemporalWord *w = lex.word(viewOf(buffer))) {
            t.word = w;
            t.possessive = true;
            t.end = tok.span.end - 2;
        }
    } else if (!t.word && n > 3 && last == u'\'' && beforeLast == u's') {
        buffer.resize(buffer.size() - 1);
        if ((t.word = lex.word(viewOf(buffer))))
            t.end = tok.span.end - 1;
    }
    if (!t.word) {
        const qsizetype dash = firstDash;
        if (dash > 0 && dash + 1 < buffer.size()) {
            const QString whole = viewOf(buffer).toString();
            t.head = lex.word(whole.left(dash));
            const QString rest = whole.mid(dash + 1);
            t.tail = lex.word(rest);
            if (!t.tail && !rest.isEmpty() && rest.at(0).isDigit()) {
                Token inner = tok;
                inner.span.begin += int(dash) + 1;
                inner.kind = TokenKind::Number;
                TimexToken n;
                classifyToken(lex, text, inner, buffer, n);
                t.shape = n.shape;
                t.n1 = n.n1;
                t.n2 = n.n2;
                t.n3 = n.n3;
                t.digits = n.digits;
            } else if (rest == u"long") {
                t.longSuffix = true; // day-long, decades-long
            } else if (!t.tail && rest.contains(u'-')) {
                // one-day-long; "five-year-old" is an age, not a time
                const qsizetype dash2 = rest.indexOf(u'-');
                t.tail = lex.word(rest.left(dash2));
                t.longSuffix = rest.mid(dash2 + 1) == u"long";
                if (!t.longSuffix)
                    t.tail = nullptr;
            }
        }
    }
}

} // namespace

QList<TimexToken> TimexTokens::build(const Document &doc, int firstToken, int count)
{
    // Sized once, default-constructed, and written in place: appending went through QList's growth
    // checks per token, and returning each token copied its 88 bytes.
    QList<TimexToken> out(count);
    TimexToken *slot = out.data();
    LowerBuffer buffer;
    const QString &text = doc.text();
    const TemporalLexicon &lex = TemporalLexicon::instance();
    const Token *tokens = doc.tokens().constData() + firstToken;
    for (int k = 0; k < count; ++k)
        classifyToken(lex, text, tokens[k], buffer, slot[k]);
    return out;
}

} // namespace saywho::core
