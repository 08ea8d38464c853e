#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace seika::core {

/// Which position of an array has a given key, for an array that grows at its end and keeps its keys
/// (the rows of a large import, the observations of a document): the index stores positions, never the
/// keys, which the caller hands out by position (keyAt). Key needs operator< and qHash().
///
/// Files and documents list their rows in key order, more often than not. While the keys arrive in
/// ascending order the index is the array itself: a new key past the last one is found missing at once,
/// any other by binary search. When a key arrives out of order, the index hashes every position so far
/// (open addressing, linear probing, at most half full, 8 bytes a slot: the position and 32 bits of
/// its key's hash; QHash<Key, qsizetype> takes about 40 bytes an entry and a call per hash).
template <typename Key> class PositionIndex
{
public:
    /// Room for n positions without growing, should the keys come out of order.
    void reserve(qsizetype n) { m_reserve = n; }

    [[nodiscard]] qsizetype size() const { return m_size; }

    /// The position whose key is key; -1 when none is.
    template <typename KeyAt> [[nodiscard]] qsizetype find(const Key &key, KeyAt &&keyAt) const
    {
        if (m_size == 0)
            return -1;
        if (!m_hashed) {
            if (m_last < key)
                return -1;
            qsizetype low = 0;
            qsizetype high = m_size; // the first key not less than key is in [low, high]
            while (low < high) {
                const qsizetype middle = low + (high - low) / 2;
                if (keyAt(middle) < key)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low < m_size && !(key < keyAt(low)) ? low : -1;
        }
        const size_t h = qHash(key);
        const auto tag = quint32(h);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.position == 0)
                return -1;
            if (s.tag == tag && keyAt(qsizetype(s.position - 1)) == key)
                return qsizetype(s.position - 1);
        }
    }

    /// Adds position size() with key, which no position has yet.
    template <typename KeyAt> void append(const Key &key, KeyAt &&keyAt)
    {
        Q_ASSERT(m_size < qsizetype(UINT32_MAX) - 1);
        if (!m_hashed && m_size > 0 && !(m_last < key)) {
            // Out of order: from now on, hashed.
            m_hashed = true;
            rehash(std::bit_ceil(size_t(std::max(m_reserve, m_size + 1)) * 2));
            for (qsizetype p = 0; p < m_size; ++p)
                place(Slot{quint32(p + 1), quint32(qHash(keyAt(p)))});
        }
        if (m_hashed) {
            if (size_t(m_size + 1) * 2 > m_slots.size())
                rehash(m_slots.size() * 2);
            place(Slot{quint32(m_size + 1), quint32(qHash(key))});
        } else {
            m_last = key;
        }
        ++m_size;
    }

    /// Forgets every position and frees the slots.
    void clear() { *this = PositionIndex(); }

private:
    struct Slot
    {
        quint32 position = 0; ///< position + 1; 0: empty
        quint32 tag = 0;      ///< the low 32 bits of the key's hash
    };

    void place(Slot slot)
    {
        size_t i = slot.tag & m_mask;
        while (m_slots[i].position != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    void rehash(size_t capacity)
    {
        // The tag is the low 32 bits of the hash, and the mask never takes more of it.
        Q_ASSERT(capacity <= (size_t(1) << 32));
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        m_mask = capacity - 1;
        for (const Slot &s : old) {
            if (s.position != 0)
                place(s);
        }
    }

    qsizetype m_size = 0;
    qsizetype m_reserve = 0;
    bool m_hashed = false;
    Key m_last{};                 ///< the greatest key, while not hashed
    std::vector<Slot> m_slots;    ///< while hashed
    size_t m_mask = 0;
};

} // namespace seika::core
