#pragma once

#include "../patch.h"

#include <QCoreApplication>
#include <QString>

namespace saywho::core {

// A correction computed against a document: the patch that makes it, or why it cannot be made.
// Nothing is changed until the caller applies the patch (Patch::apply returns the inverse).
struct Edit
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::Edit)

public:
    Patch patch;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static Edit refused(const QString &why)
    {
        Edit e;
        e.error = why;
        return e;
    }
};

} // namespace saywho::core
