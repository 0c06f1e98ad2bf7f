#pragma once

// The RFC 4180 reader the CSV checks parse exports back with (format and library exchange tests).

#include <QList>
#include <QString>
#include <QStringList>

namespace saywho::test {

// RFC 4180 records: fields in double quotes may hold commas, doubled quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &s)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace saywho::test
