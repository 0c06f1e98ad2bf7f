#include "tokenizer.h"

#include "runcontrol.h"

#include "../lexicon/lexicon.h"
#include "../model/document.h"

#include <array>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}
// ASCII letters and digits, as a table: the test runs for every character of every word.
constexpr std::array<bool, 128> AsciiWordChars = [] {
    std::array<bool, 128> table{};
    for (char16_t u = 0; u < 128; ++u)
        table[u] = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return table;
}();

// Out of line, so that the ASCII test inlines where it is asked.
bool isOtherWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? AsciiWordChars[u] : isOtherWordChar(c); // the common case without Unicode tables
}

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

bool isClosingAfterTerminal(QChar c)
{
    return Tokenizer::isQuoteMark(c) || c == u')' || c == u']';
}

// Extends a word that starts at i; returns its end. Sets hyphenated when a hyphen joins its parts.
int scanWord(const QString &t, int i, int end, bool &hyphenated)
{
    const int start = i;
    // Most words are ASCII letters and digits to their end: a tight run over them first.
    const char16_t *chars = reinterpret_cast<const char16_t *>(t.constData());
    while (i < end && chars[i] < 0x80 && AsciiWordChars[chars[i]])
        ++i;
    while (i < end) {
        const QChar c = t.at(i);
        if (isWordChar(c)) {
            ++i;
            continue;
        }
        if (i + 1 >= end || i == start)
            break;
        const QChar prev = t.at(i - 1), next = t.at(i + 1);
        if (isApostrophe(c) && prev.isLetter() && next.isLetter()) {
            ++i; // don't, Smith's, O'Brien
        } else if ((c == u'-' || c == QChar(0x2011)) && isWordChar(prev) && isWordChar(next)) {
            ++i; // full-scale, 2021-03-03
            hyphenated = true;
        } else if ((c == u',' || c == u'.' || c == u':' || c == u'/') && prev.isDigit() && next.isDigit()) {
            ++i; // 3,210 10:30 03/03/2021 2.5
        } else if (c == u'.' && prev.isLetter() && next.isLetter() && i - start <= 4) {
            ++i; // U.S, a.m, D-N.Y
        } else if (c == u'&' && prev.isUpper() && next.isUpper()) {
            ++i; // AT&T
        } else {
            break;
        }
    }
    return i;
}

bool keepsPeriod(const QString &t, int b, int e)
{
    const QStringView w = QStringView(t).mid(b, e - b);
    if (w.size() == 1 && w.at(0).isUpper())
        return true; // initial: J. R. R.
    if (w.contains(u'.'))
        return true; // U.S. a.m. D-N.Y.
    return Lexicon::instance().isAbbreviation(LowerWord(w));
}

} // namespace

bool Tokenizer::isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0x201E:
    case 0x201A:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0x201F:
    case 0x201B:
        return true;
    default:
        return false;
    }
}

QString Tokenizer::name() const
{
    return u"tokens"_s;
}

void Tokenizer::tokenize(const QString &t, int begin, int end, std::vector<Token> &out)
{
    const Lexicon &lex = Lexicon::instance(); // once, not per word
    int i = begin;
    while (i < end) {
        const QChar c = t.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token tok;
        if (isWordChar(c)) {
            int e = scanWord(t, i, end, tok.hyphenated);
            if (e < end && t.at(e) == u'.' && keepsPeriod(t, i, e))
                ++e;
            tok.span = {i, e};
            tok.kind = c.isDigit() ? TokenKind::Number : TokenKind::Word;
            tok.capitalized = c.isUpper();
            if (tok.kind == TokenKind::Word)
                tok.classes = lex.classesOf(QStringView(t).mid(i, e - i));
        } else if (isApostrophe(c) && i + 2 < end && t.at(i + 1).isDigit() && t.at(i + 2).isDigit()) {
            tok.span = {i, scanWord(t, i + 1, end, tok.hyphenated)}; // '90s
            tok.kind = TokenKind::Number;
        } else if (isApostrophe(c) && i + 2 < end && t.at(i + 1) == u'n' && isApostrophe(t.at(i + 2))) {
            tok.span = {i, i + 3}; // rock 'n' roll
            tok.kind = TokenKind::Word;
            tok.classes = 0;
        } else if ((c == u'`' || c == u'\'') && i + 1 < end && t.at(i + 1) == c) {
            tok.span = {i, i + 2}; // `` and '' of old newswire
            tok.kind = TokenKind::QuoteMark;
        } else if (isQuoteMark(c)) {
            tok.span = {i, i + 1};
            tok.kind = TokenKind::QuoteMark;
        } else {
            int e = i + 1;
            if (c == u'.' || c == u'-') // "..." and "--" are one token
                while (e < end && t.at(e) == c)
                    ++e;
            tok.span = {i, e};
            tok.kind = c.isPunct() ? TokenKind::Punct : TokenKind::Symbol;
        }
        out.push_back(tok);
        i = tok.span.end;
    }
}

void Tokenizer::run(Document &doc) const
{
    const RunControl never;
    runCancellable(doc, never);
}

void Tokenizer::runCancellable(Document &doc, const RunControl &control) const
{
    const QString &t = doc.text();
    const Lexicon &lex = Lexicon::instance();
    std::vector<Token> tokens;
    tokens.reserve(size_t(t.size() / 5));
    QList<Sentence> sentences;

    auto startSentence = [&](int first) {
        Sentence s;
        s.firstToken = first;
        sentences.append(s);
    };
    auto finishSentence = [&](int lastExclusive) {
        Sentence &s = sentences.last();
        s.tokenCount = lastExclusive - s.firstToken;
        if (s.tokenCount <= 0) {
            sentences.removeLast();
            return;
        }
        s.span = {tokens[size_t(s.firstToken)].span.begin, tokens[size_t(lastExclusive - 1)].span.end};
        for (int k = s.firstToken; k < lastExclusive; ++k) {
            if (tokens[size_t(k)].kind == TokenKind::Word || tokens[size_t(k)].kind == TokenKind::Number) {
                tokens[size_t(k)].sentenceStart = true;
                break;
            }
        }
    };

    int seen = 0;
    for (const Paragraph &p : doc.paragraphs()) {
        if (++seen % CancelCheckInterval == 0 && control.isCancelled())
            return;
        const int first = int(tokens.size());
        tokenize(t, p.span.begin, p.span.end, tokens);
        const int last = int(tokens.size());
        startSentence(first);
        for (int k = first; k < last; ++k) {
            const Token &tok = tokens[size_t(k)];
            const QChar lastChar = t.at(tok.span.end - 1);
            const bool terminalPunct = tok.kind == TokenKind::Punct && isTerminal(t.at(tok.span.begin));
            // An abbreviation with inner periods (U.S.) may still end a sentence before a function word.
            const bool abbrevEnd = tok.kind == TokenKind::Word && lastChar == u'.' &&
                                   QStringView(t).mid(tok.span.begin, tok.span.length() - 1).contains(u'.');
            if (!terminalPunct && !abbrevEnd)
                continue;
            int j = k + 1;
            while (j < last && isClosingAfterTerminal(t.at(tokens[size_t(j)].span.begin)) &&
                   tokens[size_t(j)].span.begin == tokens[size_t(j - 1)].span.end)
                ++j;
            if (j >= last)
                break;
            const Token &next = tokens[size_t(j)];
            const QChar nc = t.at(next.span.begin);
            bool boundary = nc.isUpper() || nc.isDigit() || Tokenizer::isQuoteMark(nc);
            if (abbrevEnd)
                boundary = nc.isUpper() && lex.isFunctionWord(t.mid(next.span.begin, next.span.length()));
            if (boundary) {
                finishSentence(j);
                startSentence(j);
                k = j - 1;
            }
        }
        finishSentence(last);
    }
    doc.setTokens(QList<Token>(tokens.cbegin(), tokens.cend()));
    doc.setSentences(std::move(sentences));
}

} // namespace saywho::core
