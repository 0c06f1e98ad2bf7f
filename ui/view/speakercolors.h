#pragma once

#include <QHash>
#include <QList>

namespace saywho::core {
class Document;
}

namespace saywho::ui {

// Which palette slot each speaker of one article gets. Speakers are numbered in the order they are
// first quoted, so the article's first voice is always blue; every panel, the legend and the view
// ask this one table, which is how a speaker keeps its colour everywhere.
class SpeakerColors final
{
public:
    SpeakerColors() = default;
    explicit SpeakerColors(const core::Document &doc);
    // After a correction: speakers keep their slots, a new speaker gets a new one, and one no longer
    // quoted keeps its slot for when an undo brings it back.
    void follow(const core::Document &doc);

    // -1 for 0 (unknown speaker) and for entities that are never quoted.
    int slotOf(int entityId) const { return m_slots.value(entityId, -1); }
    bool isSpeaker(int entityId) const { return m_slots.contains(entityId); }
    int quoteCount(int entityId) const { return m_quoteCounts.value(entityId, 0); }
    int unattributedCount() const { return m_unattributed; }
    // Entity ids in slot order.
    const QList<int> &speakers() const { return m_order; }

private:
    QHash<int, int> m_slots;
    QHash<int, int> m_quoteCounts;
    QList<int> m_order;
    QHash<int, int> m_remembered; // every slot ever given in this article
    int m_unattributed = 0;
    int m_nextSlot = 0;
};

} // namespace saywho::ui
