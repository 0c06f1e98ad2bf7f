#pragma once

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <string_view>

namespace saywho::core {

// A light model of the HTML tree builder, for HtmlNestingScan: the stack of open elements and the
// list of active formatting elements, with the standard's implied end tags where they can only
// make the tree shallower than the model says. Every rule errs towards a deeper estimate: an
// element the model keeps open too long costs a page nothing, one it closed too early would let a
// hostile page through to Gumbo. Tag names are lower case.
class HtmlTreeModel final
{
public:
    explicit HtmlTreeModel(int stopAbove) : m_stopAbove(stopAbove) {}

    // The most elements open at once so far, counting formatting elements waiting to reopen.
    int deepest() const { return m_deepest; }
    bool over() const { return m_deepest > m_stopAbove; }
    bool inForeign() const { return m_foreign > 0; }

    // tagText: the start tag as written, which tells formatting elements apart.
    void start(const QByteArray &name, const QByteArray &tagText, bool selfClosing);
    void end(const QByteArray &name);

private:
    std::string_view at(qsizetype i) const;
    qsizetype top() const { return m_stack.size() - 1; }
    // Index of the nearest open element named one of targets, searching down from the top and
    // stopping at a boundary; -1 if none.
    qsizetype findInScope(std::initializer_list<std::string_view> targets,
                          std::initializer_list<std::string_view> boundaries) const;
    qsizetype findSpecialStop(std::initializer_list<std::string_view> targets,
                              std::initializer_list<std::string_view> passThrough) const;
    void popTo(qsizetype index); // pops the element at index and everything above it
    void removeAt(qsizetype index);
    void push(const QByteArray &name, const QByteArray &tagText);
    void addFormatting(const QByteArray &key);
    void clearFormattingToMarker();
    void measure();

    QList<QByteArray> m_stack;
    QList<QByteArray> m_keys;       // tag text of each stack entry, for the formatting list
    QList<QByteArray> m_formatting; // active formatting elements not on the stack; "" is a marker
    int m_stopAbove;
    int m_deepest = 0;
    int m_foreign = 0;
};

} // namespace saywho::core
