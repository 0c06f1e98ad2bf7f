#pragma once

#include "model/provenance.h"

#include <QCoreApplication>
#include <QString>

namespace saywho::ui {

// Readable names for the engine's attribution sieves, for tooltips ("attributed by …").
class RuleDescriptions final
{
    Q_DECLARE_TR_FUNCTIONS(RuleDescriptions)

public:
    static QString label(const QString &rule);
    static QString describe(const core::Provenance &provenance);
};

} // namespace saywho::ui
