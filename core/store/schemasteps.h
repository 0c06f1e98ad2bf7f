#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace saywho::store {

// One step of the library's schema: the statements that take a database from version - 1 to
// version. Steps are only ever appended: a released step never changes, so every library ever
// written can be brought up to date (tests/data/store/ keeps a database of each version).
struct SchemaStep
{
    int version = 0;
    QString summary;
    QStringList statements;
};

const QList<SchemaStep> &schemaSteps();
int latestSchemaVersion();

} // namespace saywho::store
