#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace saywho::core {

// A read-only word table looked up by QStringView without allocating: the hot loops ask it about
// every token. Open addressing with an FNV-1a hash, because std::hash on strings costs several times
// more on words this short. Keys are owned by the table; lookups are exact (callers lower-case with
// LowerWord).
template <typename T> class WordTable
{
public:
    void insert(const QString &key, T value)
    {
        if (T *existing = find(key)) {
            *existing = value;
            return;
        }
        if ((m_count + 1) * 2 > int(m_slots.size()))
            grow();
        m_keys.append(key);
        // QList may move its QStrings, but their characters stay where they are.
        place(Slot{reinterpret_cast<const char16_t *>(m_keys.last().utf16()), int(m_keys.last().size()),
                   hashOf(key), value});
        ++m_count;
    }
    bool contains(QStringView key) const { return slotFor(key, hashOf(key)) != nullptr; }
    T value(QStringView key, T fallback = T()) const
    {
        const Slot *s = slotFor(key, hashOf(key));
        return s ? s->value : fallback;
    }
    // The same with the key's hash already known (LowerWord computes it while lower-casing).
    T valueHashed(QStringView key, quint32 hash, T fallback = T()) const
    {
        const Slot *s = slotFor(key, hash);
        return s ? s->value : fallback;
    }
    T *find(QStringView key)
    {
        const Slot *s = slotFor(key, hashOf(key));
        return s ? const_cast<T *>(&s->value) : nullptr;
    }
    int size() const { return m_count; }
    const QStringList &keys() const { return m_keys; }

private:
    struct Slot
    {
        const char16_t *data = nullptr;
        int size = 0;
        quint32 hash = 0;
        T value{};
    };

public:
    // FNV-1a, one character at a time, so that LowerWord can hash as it lower-cases.
    static constexpr quint32 HashSeed = 2166136261u;
    static quint32 hashStep(quint32 h, char16_t c) { return (h ^ c) * 16777619u; }
    // FNV leaves the low bits, which pick the slot, poorly mixed: finish like MurmurHash3.
    static quint32 hashFinish(quint32 h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        return h;
    }
    static quint32 hashOf(QStringView v)
    {
        quint32 h = HashSeed;
        for (const QChar c : v)
            h = hashStep(h, c.unicode());
        return hashFinish(h);
    }

private:
    const Slot *slotFor(QStringView key, quint32 h) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.data)
                return nullptr;
            if (s.hash == h && s.size == key.size() && sameText(s.data, key.utf16(), s.size))
                return &s;
        }
    }

    // Inline: the words are a few characters long, and a call into the C library's memcmp cost
    // more than the comparison (callgrind).
    static bool sameText(const char16_t *a, const char16_t *b, int n)
    {
        for (int i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = slot.hash & mask;
        while (m_slots[i].data)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot());
        for (const Slot &s : old)
            if (s.data)
                place(s);
    }

    QStringList m_keys;
    std::vector<Slot> m_slots; // size is a power of two, at most half full
    int m_count = 0;
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
        quint32 h = WordTable<bool>::HashSeed;
        for (int i = 0; i < m_size; ++i) {
            const char16_t c = w.at(i).unicode();
            m_buf[i] =
                (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : (c < 0x80 ? c : QChar(c).toLower().unicode());
            h = WordTable<bool>::hashStep(h, m_buf[i]);
        }
        m_hash = WordTable<bool>::hashFinish(h);
    }
    // The table hash of the lower-case word, computed while lower-casing.
    quint32 hash() const { return m_size < 0 ? WordTable<bool>::hashOf(view()) : m_hash; }
    QStringView view() const { return m_size < 0 ? QStringView(u"\u0001") : QStringView(m_buf, m_size); }
    operator QStringView() const { return view(); }
    bool operator==(QStringView other) const { return view() == other; }
    QString toString() const { return view().toString(); }

private:
    static constexpr int Capacity = 40;
    char16_t m_buf[Capacity];
    int m_size = 0;
    quint32 m_hash = 0;
};

} // namespace saywho::core
