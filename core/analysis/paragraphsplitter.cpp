#include "paragraphsplitter.h"

#include "../model/document.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u'"':
    case u'\'':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x203A:
    case 0x201C:
        return true;
    default:
        return false;
    }
}

bool opensQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x201E:
    case 0x2039:
    case u'-':
    case 0x2022:
    case u'*':
    case 0x2014:
        return true;
    default:
        return false;
    }
}

// A line under ~60 characters with no final period is a heading or a byline, never wrapped prose.
constexpr int ShortLine = 60;

} // namespace

QString ParagraphSplitter::name() const
{
    return u"paragraphs"_s;
}

void ParagraphSplitter::run(Document &doc) const
{
    const QString &t = doc.text();
    const int n = int(t.size());
    QList<Paragraph> out;
    int lineStart = 0;
    int paraStart = -1, paraEnd = -1; // trimmed extent of the paragraph being built
    int prevLineBegin = -1, prevLineEnd = -1;
    bool blankSince = true;

    auto close = [&] {
        if (paraStart >= 0)
            out.append({{paraStart, paraEnd}, false});
        paraStart = paraEnd = -1;
    };

    while (lineStart <= n) {
        int lineEnd = int(t.indexOf(u'\n', lineStart));
        if (lineEnd < 0)
            lineEnd = n;
        int b = lineStart, e = lineEnd;
        while (b < e && t.at(b).isSpace())
            ++b;
        while (e > b && t.at(e - 1).isSpace())
            --e;
        if (b == e) {
            blankSince = true;
            close();
        } else {
            bool newPara = blankSince || paraStart < 0;
            if (!newPara) {
                const bool prevEnds = endsSentence(t.at(prevLineEnd - 1));
                const bool prevShort = prevLineEnd - prevLineBegin < ShortLine;
                newPara = prevEnds || prevShort || opensQuote(t.at(b));
            }
            if (newPara) {
                close();
                paraStart = b;
            }
            paraEnd = e;
            prevLineBegin = b;
            prevLineEnd = e;
            blankSince = false;
        }
        lineStart = lineEnd + 1;
    }
    close();
    doc.setParagraphs(std::move(out));
}

} // namespace saywho::core
