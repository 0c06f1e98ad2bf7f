#pragma once

#include <QString>

namespace saywho::store {

// What identifies an article in the library: SHA-256 of its original text as UTF-8, in hex. The
// same file opened again (or the same text pasted) finds the stored article and its corrections.
QString textHash(const QString &originalText);

} // namespace saywho::store
