#include "quotefinder.h"

#include "../model/document.h"
#include "quotemark.h"
#include "userdecisions.h"

#include <QHash>

#include <QVarLengthArray>

#include <array>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

struct OpenMark
{
    int pos;
    QuoteMark::Family family;
};

// Confidence in a span's extent: balanced marks are sure; an unclosed mark that runs to the end of
// its paragraph is a guess.
constexpr double Balanced = 1.0;
constexpr double RunOn = 0.6;

bool hasWords(const QString &t, Span s)
{
    for (int i = s.begin; i < s.end; ++i)
        if (t.at(i).isLetterOrNumber())
            return true;
    return false;
}

int trimEnd(const QString &t, int begin, int end)
{
    while (end > begin && t.at(end - 1).isSpace())
        --end;
    return end;
}

class ParagraphScanner
{
public:
    ParagraphScanner(const Document &doc, QList<Quote> &out) : m_doc(doc), m_t(doc.text()), m_out(out) {}

    // Scans tokens [first, last) of one paragraph. Returns the open mark still pending at its end, if any.
    void scan(const Paragraph &p, int first, int last, int continuesId)
    {
        clearStack();
        m_insideSingle.clear();
        m_continues = continuesId;
        m_para = p.span;
        bool inAttribute = false;
        for (int k = first; k < last; ++k) {
            const Token &tok = m_doc.tokens().at(k);
            if (tok.kind != TokenKind::QuoteMark)
                continue;
            const bool straight = m_t.at(tok.span.begin) == u'"';
            if (inAttribute && straight) {
                inAttribute = false; // the value's closing mark, whatever follows it
                continue;
            }
            const QuoteMark m =
                QuoteMark::classify(m_t, tok.span.begin, tok.span.length(), p.span.begin, p.span.end);
            if (m.role == QuoteMark::Role::AttributeOpen || m.role == QuoteMark::Role::AttributeClose) {
                inAttribute = m.role == QuoteMark::Role::AttributeOpen;
                continue;
            }
            handle(m, tok.span);
        }
    }

    // The mark still open at the paragraph's end (the outermost), or -1.
    int pendingOpen() const { return m_stack.isEmpty() ? -1 : m_stack.first().pos; }
    QuoteMark::Family pendingFamily() const { return m_stack.first().family; }

    // A single mark left open at the paragraph's end was an apostrophe (‘bout, ‘em): the double
    // quotations closed inside it stand on their own.
    void emitInsideUnclosedSingle()
    {
        for (const Span &s : std::as_const(m_insideSingle))
            emitQuote(s.begin, s.end, Balanced);
        m_insideSingle.clear();
    }

    int emitQuote(int begin, int end, double confidence)
    {
        const Span s{begin, end};
        if (!hasWords(m_t, s))
            return 0;
        Quote q;
        q.id = int(m_out.size()) + 1;
        q.span = s;
        q.continues = m_continues;
        q.provenance.confidence = confidence;
        m_out.append(q);
        m_continues = 0;
        return q.id;
    }

private:
    void handle(QuoteMark m, Span mark)
    {
        using R = QuoteMark::Role;
        if (m.role == R::Ignore)
            return;
        const int depthOfFamily = indexOf(m.family);
        R role = m.role;
        if (role == R::Either)
            role = depthOfFamily >= 0 ? R::Close : R::Open;
        if (role == R::Open) {
            // A second outer double mark while one is open: the first was never closed. End it before
            // this one rather than letting it swallow what follows.
            if (m.family == QuoteMark::Family::Double && m_stack.size() == 1 &&
                m_stack.first().family == QuoteMark::Family::Double) {
                emitQuote(m_stack.first().pos, trimEnd(m_t, m_stack.first().pos, mark.begin), RunOn);
                clearStack();
            }
            m_depths[size_t(m.family)].append(int(m_stack.size()));
            m_stack.append({mark.begin, m.family});
            return;
        }
        if (depthOfFamily < 0)
            return; // a stray closing mark (or the apostrophe of boys’) closes nothing
        // ‘bout the headline “Surge alters residents’ routines”: a single mark cannot close across a
        // double quotation opened inside it; it is an apostrophe.
        if (m.family == QuoteMark::Family::Single && indexOf(QuoteMark::Family::Double) > depthOfFamily)
            return;
        const int open = m_stack.at(depthOfFamily).pos;
        truncateStack(depthOfFamily);
        if (m_stack.isEmpty()) {
            emitQuote(open, mark.end, Balanced);
            m_insideSingle.clear();
        } else if (m.family == QuoteMark::Family::Double && indexOf(QuoteMark::Family::Double) < 0) {
            m_insideSingle.append({open, mark.end});
        }
    }

    // The innermost open mark of family f, or -1. Each family keeps the depths of its own marks,
    // so that a paragraph with thousands of unclosed single marks is not rescanned at every mark.
    int indexOf(QuoteMark::Family f) const
    {
        const auto &d = m_depths[size_t(f)];
        return d.isEmpty() ? -1 : d.last();
    }
    void truncateStack(int depth)
    {
        m_stack.resize(depth);
        for (auto &d : m_depths)
            while (!d.isEmpty() && d.last() >= depth)
                d.removeLast();
    }
    void clearStack() { truncateStack(0); }

    const Document &m_doc;
    const QString &m_t;
    QList<Quote> &m_out;
    QVarLengthArray<OpenMark, 8> m_stack;
    std::array<QVarLengthArray<int, 8>, 2> m_depths; // per QuoteMark::Family
    Span m_para;
    int m_continues = 0;
    QVarLengthArray<Span, 4> m_insideSingle; // double quotations closed while only single marks were open
};

bool startsWithOpeningMark(const Document &doc, const Paragraph &p, int firstToken)
{
    if (firstToken >= doc.tokens().size())
        return false;
    const Token &tok = doc.tokens().at(firstToken);
    if (tok.kind != TokenKind::QuoteMark || tok.span.begin != p.span.begin)
        return false;
    const QuoteMark m =
        QuoteMark::classify(doc.text(), tok.span.begin, tok.span.length(), p.span.begin, p.span.end);
    return m.role == QuoteMark::Role::Open || m.role == QuoteMark::Role::Either;
}

} // namespace

QString QuoteFinder::name() const
{
    return u"quotes"_s;
}

void QuoteFinder::run(Document &doc) const
{
    QList<Quote> quotes;
    ParagraphScanner scanner(doc, quotes);
    const QList<Paragraph> &paras = doc.paragraphs();
    const QList<Token> &tokens = doc.tokens();
    int tok = 0;
    int continues = 0;
    for (qsizetype pi = 0; pi < paras.size(); ++pi) {
        const Paragraph &p = paras.at(pi);
        while (tok < tokens.size() && tokens.at(tok).span.begin < p.span.begin)
            ++tok;
        int last = tok;
        while (last < tokens.size() && tokens.at(last).span.end <= p.span.end)
            ++last;
        if (p.excluded) {
            tok = last;
            continues = 0;
            continue;
        }
        scanner.scan(p, tok, last, continues);
        continues = 0;
        const int open = scanner.pendingOpen();
        if (open >= 0) {
            // The news convention: the quote goes on when the next paragraph re-opens with a mark.
            const bool goesOn = pi + 1 < paras.size() && !paras.at(pi + 1).excluded &&
                                scanner.pendingFamily() == QuoteMark::Family::Double &&
                                startsWithOpeningMark(doc, paras.at(pi + 1), last);
            const bool isDouble = scanner.pendingFamily() == QuoteMark::Family::Double;
            if (!isDouble)
                scanner.emitInsideUnclosedSingle();
            if (isDouble || goesOn) {
                const int id = scanner.emitQuote(open, p.span.end, goesOn ? Balanced : RunOn);
                if (goesOn)
                    continues = id;
            }
        }
        tok = last;
    }
    // The user's quotes stay as they are; none is found over one of them, over a stretch the user
    // marked as a non-quote, or where the user removed one. Found quotes get fresh ids.
    const QList<Quote> kept = UserDecisions::kept(doc.quotes());
    UserDecisions user(doc, Store::Quotes);
    user.block(kept);
    user.block(UserDecisions::kept(doc.nonQuotes()));
    QHash<int, int> ids;
    QList<Quote> found;
    found.reserve(quotes.size());
    for (Quote q : std::as_const(quotes)) {
        if (user.blocks(q.span))
            continue;
        const int id = doc.allocateId(Store::Quotes);
        ids.insert(q.id, id);
        q.id = id;
        q.continues = ids.value(q.continues, 0);
        found.append(q);
    }
    doc.setQuotes(user.merged(kept, found));
}

} // namespace saywho::core
