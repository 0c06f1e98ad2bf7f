#pragma once

#include "edit.h"

#include <QJsonObject>

namespace saywho::core::edits {

// One correction written as JSON, the way `saywho edit` takes it (docs/format.md, "Edits"):
// {"op": "set-speaker", "quote": "q3", "speaker": "Jen Psaki"} and the others. Ids are those the
// JSON format prints ("q3", "e2", "t4", "m5"; a bare number also works; "d4" for a date too); offsets are code points
// of the original text. An unknown op, a missing field or an id that does not exist is refused
// with a message; nothing is computed against a guess.
Edit fromScript(const Document &doc, const QJsonObject &script);

// The ops fromScript knows, for usage messages.
QStringList scriptOps();

} // namespace saywho::core::edits
