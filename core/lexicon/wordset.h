#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <unordered_map>

namespace saywho::core {

// A read-only word table looked up by QStringView without allocating: the hot loops ask it about
// every token. Keys are owned by the table; lookups are exact (callers lower-case with LowerWord).
template <typename T> class WordTable
{
public:
    void insert(const QString &key, T value)
    {
        auto it = m_map.find(view(key));
        if (it != m_map.end()) {
            it->second = value;
            return;
        }
        m_keys.append(key);
        // QList may move its elements, but a QString's characters stay where they are.
        m_map.emplace(view(m_keys.last()), value);
    }
    bool contains(QStringView key) const { return m_map.find(view(key)) != m_map.end(); }
    T value(QStringView key, T fallback = T()) const
    {
        const auto it = m_map.find(view(key));
        return it == m_map.end() ? fallback : it->second;
    }
    T *find(QStringView key)
    {
        const auto it = m_map.find(view(key));
        return it == m_map.end() ? nullptr : &it->second;
    }
    int size() const { return int(m_map.size()); }

private:
    static std::u16string_view view(QStringView v) { return {v.utf16(), size_t(v.size())}; }

    QStringList m_keys;
    std::unordered_map<std::u16string_view, T> m_map;
};

using WordSet = WordTable<bool>;

inline WordSet makeWordSet(std::initializer_list<QString> words)
{
    WordSet set;
    for (const QString &w : words)
        set.insert(w, true);
    return set;
}

// The lower-case form of a short word in a stack buffer: lookups without a heap allocation.
class LowerWord final
{
public:
    explicit LowerWord(QStringView w)
    {
        if (w.size() > Capacity) {
            m_size = -1; // too long for any table: looks up nothing
            return;
        }
        m_size = int(w.size());
        for (int i = 0; i < m_size; ++i) {
            const char16_t c = w.at(i).unicode();
            m_buf[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : (c < 0x80 ? c : QChar(c).toLower().unicode());
        }
    }
    QStringView view() const { return m_size < 0 ? QStringView(u"\u0001") : QStringView(m_buf, m_size); }
    operator QStringView() const { return view(); }
    bool operator==(QStringView other) const { return view() == other; }
    QString toString() const { return view().toString(); }

private:
    static constexpr int Capacity = 40;
    char16_t m_buf[Capacity];
    int m_size = 0;
};

} // namespace saywho::core
