#include "speakercolors.h"

#include "model/document.h"

#include <algorithm>

namespace saywho::ui {

SpeakerColors::SpeakerColors(const core::Document &doc)
{
    follow(doc);
}

void SpeakerColors::follow(const core::Document &doc)
{
    m_slots.clear();
    m_order.clear();
    m_quoteCounts.clear();
    m_unattributed = 0;
    for (const core::Quote &q : doc.quotes()) {
        if (q.speaker == 0) {
            ++m_unattributed;
            continue;
        }
        if (!m_slots.contains(q.speaker)) {
            auto known = m_remembered.constFind(q.speaker);
            if (known == m_remembered.constEnd())
                known = m_remembered.insert(q.speaker, m_nextSlot++);
            m_slots.insert(q.speaker, *known);
            m_order.append(q.speaker);
        }
        ++m_quoteCounts[q.speaker];
    }
    std::sort(m_order.begin(), m_order.end(),
              [this](int a, int b) { return m_slots.value(a) < m_slots.value(b); });
}

} // namespace saywho::ui
