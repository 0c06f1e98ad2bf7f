#include "speakercolors.h"

#include "model/document.h"

namespace saywho::ui {

SpeakerColors::SpeakerColors(const core::Document &doc)
{
    for (const core::Quote &q : doc.quotes()) {
        if (q.speaker == 0) {
            ++m_unattributed;
            continue;
        }
        if (!m_slots.contains(q.speaker)) {
            m_slots.insert(q.speaker, int(m_order.size()));
            m_order.append(q.speaker);
        }
        ++m_quoteCounts[q.speaker];
    }
}

} // namespace saywho::ui
