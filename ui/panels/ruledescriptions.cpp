#include "ruledescriptions.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace saywho::ui {

QString RuleDescriptions::label(const QString &rule)
{
    // The engine's sieve names are identifiers; these say what each one looked for.
    static const QHash<QString, const char *> labels = {
        {u"trailing-said"_s, QT_TR_NOOP("“…,” X said")},
        {u"leading-said"_s, QT_TR_NOOP("X said, “…”")},
        {u"colon-introduction"_s, QT_TR_NOOP("X said: “…”")},
        {u"according-to"_s, QT_TR_NOOP("according to X")},
        {u"speech-noun"_s, QT_TR_NOOP("in a statement, X …")},
        {u"sentence-verb"_s, QT_TR_NOOP("speech verb in the same sentence")},
        {u"subject-before-quote"_s, QT_TR_NOOP("subject before the quote")},
        {u"continuation"_s, QT_TR_NOOP("continues the previous quote")},
        {u"paragraph-speaker"_s, QT_TR_NOOP("speaker of the paragraph")},
        {u"previous-paragraph"_s, QT_TR_NOOP("speaker of the previous paragraph")},
        {u"previous-sentence-speaker"_s, QT_TR_NOOP("speaker of the previous sentence")},
    };
    const auto it = labels.constFind(rule);
    return it == labels.cend() ? rule : tr(it.value());
}

QString RuleDescriptions::describe(const core::Provenance &provenance)
{
    if (provenance.origin == core::Origin::User)
        return tr("set by you");
    if (provenance.rule.isEmpty())
        return {};
    const QString percent = QLocale().toString(qRound(provenance.confidence * 100));
    return tr("attributed by %1 (%2), confidence %3%").arg(label(provenance.rule), provenance.rule, percent);
}

} // namespace saywho::ui
