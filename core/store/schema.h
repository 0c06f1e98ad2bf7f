#pragma once

#include "model/userlayer.h"

#include <QString>

namespace saywho::store {

// Kinds stored in correction.kind and person_log.kind.
enum class CorrectionKind { Edit = 0, Reanalysis = 1, Revert = 2 };
enum class PersonChange { Merge = 0, Split = 1, UndoMerge = 2, UndoSplit = 3 };

} // namespace saywho::store
