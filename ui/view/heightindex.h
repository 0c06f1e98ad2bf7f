#pragma once

#include <cstddef>
#include <vector>

namespace saywho::ui {

// Heights of a long run of blocks, with the top of any block and the block at any height in
// O(log n): a Fenwick tree, so that laying out one block far down a 40 MB article (its estimate
// replaced by its real height) does not cost a pass over the hundreds of thousands above it.
class HeightIndex final
{
public:
    void assign(std::vector<double> heights);
    int size() const { return int(m_heights.size()); }
    double height(int i) const { return m_heights[std::size_t(i)]; }
    void setHeight(int i, double h);
    // Sum of the heights of the blocks before i.
    double top(int i) const;
    double total() const { return m_total; }
    // The block whose extent [top, top + height) holds y, clamped to the first and last block.
    int indexAt(double y) const;

private:
    std::vector<double> m_heights;
    std::vector<double> m_tree; // 1-based partial sums
    double m_total = 0;
};

} // namespace saywho::ui
