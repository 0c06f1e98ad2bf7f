#pragma once

#include "stage.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace saywho::core {

struct Token;

// Tokens and sentences, paragraph by paragraph. Keeps the apostrophes of don't, Smith's, '90s and
// rock 'n' roll inside words so the quote finder never mistakes them for quote marks, and keeps the
// period of abbreviations (Dr., U.S., Feb.) and initials on the word so it does not end a sentence.
class Tokenizer final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::Paragraphs; }
    Layers provides() const override { return Layer::Tokens | Layer::Sentences; }
    Layers writes() const override { return Layer::Tokens | Layer::Sentences; }
    void run(Document &doc) const override;
    void runCancellable(Document &doc, const RunControl &control) const override;

    // Tokens of one stretch of text, offsets relative to the whole text (exposed for tests). A
    // std::vector: its append inlines, where QList's is a call per token.
    static void tokenize(const QString &text, int begin, int end, std::vector<Token> &out);
    static bool isQuoteMark(QChar c);
};

} // namespace saywho::core
