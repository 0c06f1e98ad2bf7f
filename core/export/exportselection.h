#pragma once

namespace saywho::core {

class Document;

// What of a document an export holds (the export dialog's choices).
struct ExportSelection
{
    bool quotes = true;
    bool people = true; // mentions of people, organisations and groups (a quote keeps its speaker)
    bool dates = true;
    bool nonQuotes = true;
    bool userOnly = false; // only what the user made or corrected

    friend bool operator==(const ExportSelection &, const ExportSelection &) = default;
};

// A copy of doc with only the selected annotations; the text, the metadata and the ids unchanged.
// Entities stay when a kept mention or quote refers to them.
Document selectForExport(const Document &doc, const ExportSelection &selection);

} // namespace saywho::core
