#pragma once

#include "documentloader.h"

#include <QList>
#include <QString>

namespace saywho::core {

// Reads brat standoff (NAME.txt + NAME.ann) into a Document: Person, Organization and Group
// text-bound annotations become mentions (an AnnotatorNotes "e12 Name" names their entity; without
// one, mentions of the same words are one entity), Quote ones quotes (Kind attribute, a Said relation
// from the speaker mention), Date ones dates (Type attribute, the value in the note), NonQuote ones
// non-quotes. What BratExporter writes, and what people annotate in brat by hand: annotations
// without an Origin attribute count as the user's (a person made them). Other lines are skipped,
// with a warning per kind of line not understood.
class BratReader final
{
public:
    // text: the .txt as read; ann: the .ann; path: for the document's metadata.
    static LoadResult read(const QString &text, const QString &ann, const QString &path = {});
    // NAME.txt beside NAME.ann (either path given).
    static LoadResult readFiles(const QString &path);
    // Every NAME.ann with its NAME.txt in a folder, by name.
    static QList<LoadResult> readFolder(const QString &dir);
};

} // namespace saywho::core
