#pragma once

#include "edit.h"

namespace saywho::core::edits {

// entity 0 for a mention: a new entity named by the mention's words.
Edit addMention(const Document &doc, Span span, EntityKind kind, int entity);
Edit removeMention(const Document &doc, int mention);
Edit linkMention(const Document &doc, int mention, int entity);
// from's names become into's aliases; every mention and quote of from follows.
Edit mergeEntities(const Document &doc, int into, int from);
// The mention leaves its entity for a new one (named name, or by the mention's words).
Edit splitMention(const Document &doc, int mention, const QString &name = {});
Edit renameEntity(const Document &doc, int entity, const QString &name);
Edit setEntityKind(const Document &doc, int entity, EntityKind kind);

} // namespace saywho::core::edits
