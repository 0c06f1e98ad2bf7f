#include "heightindex.h"

#include <algorithm>
#include <bit>

namespace saywho::ui {

void HeightIndex::assign(std::vector<double> heights)
{
    m_heights = std::move(heights);
    const size_t n = m_heights.size();
    m_tree.assign(n + 1, 0.0);
    m_total = 0;
    // Linear construction: each node passes its sum on to its parent once.
    for (size_t i = 1; i <= n; ++i) {
        m_tree[i] += m_heights[i - 1];
        m_total += m_heights[i - 1];
        const size_t parent = i + (i & -i);
        if (parent <= n)
            m_tree[parent] += m_tree[i];
    }
}

void HeightIndex::setHeight(int i, double h)
{
    const double delta = h - m_heights[size_t(i)];
    if (delta == 0)
        return;
    m_heights[size_t(i)] = h;
    m_total += delta;
    for (size_t k = size_t(i) + 1; k < m_tree.size(); k += k & -k)
        m_tree[k] += delta;
}

double HeightIndex::top(int i) const
{
    double sum = 0;
    for (size_t k = size_t(i); k > 0; k -= k & -k)
        sum += m_tree[k];
    return sum;
}

int HeightIndex::indexAt(double y) const
{
    if (m_heights.empty())
        return -1;
    // Descend the tree: the largest prefix whose sum stays at or below y.
    size_t pos = 0;
    double rest = y;
    for (size_t step = std::bit_floor(m_heights.size()); step > 0; step >>= 1) {
        const size_t next = pos + step;
        if (next < m_tree.size() && m_tree[next] <= rest) {
            pos = next;
            rest -= m_tree[next];
        }
    }
    return int(std::min(pos, m_heights.size() - 1));
}

} // namespace saywho::ui
