#pragma once

#include <QString>

namespace saywho::core {

class Document;

// The human-readable summary printed by `saywho analyze --format text`.
class TextReport final
{
public:
    static QString render(const Document &doc);
};

} // namespace saywho::core
