#pragma once

#include <algorithm>
#include <iterator>
#include <vector>

namespace saywho::core {

// A stable sort for lists that are nearly in order already: the ascending runs are found and merged
// pairwise, O(n log runs). The stages append what they find in text order, with a few out-of-order
// stretches (headlines visited last, user spans before found ones); a general sort moves every
// element log n times, which for a long article's hundred thousand mentions was a tenth of the stage.
template <typename It, typename Less> void sortRuns(It first, It last, Less less)
{
    if (last - first < 2)
        return;
    std::vector<It> bounds{first};
    for (It i = std::next(first); i != last; ++i)
        if (less(*i, *std::prev(i)))
            bounds.push_back(i);
    bounds.push_back(last);
    while (bounds.size() > 2) {
        std::vector<It> merged{first};
        for (size_t r = 0; r + 2 < bounds.size(); r += 2) {
            std::inplace_merge(bounds[r], bounds[r + 1], bounds[r + 2], less);
            merged.push_back(bounds[r + 2]);
        }
        if (bounds.size() % 2 == 0) // an odd number of runs: the last one waits for the next round
            merged.push_back(last);
        bounds = std::move(merged);
    }
}

} // namespace saywho::core
