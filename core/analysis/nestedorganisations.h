#pragma once

#include "../model/mention.h"

#include <QList>

#include <vector>

namespace saywho::core {

class TokenText;

// "the chief executive of the National Urban League", "a Homeland Security Department official",
// "CNN anchor Jake Tapper": an organisation named inside a role phrase or a person's office is one
// of the article's organisations too. Its mention nests inside the outer one, which still refers to
// the person (or group) and stays the one that speaks; the rule marks the nested mention so that
// attribution and coreference look past it.
class NestedOrganisations final
{
public:
    static bool isNested(const Mention &m);
    // The organisations named by tokens [first, last) of an outer mention; unused is all false
    // and as long as the text's tokens.
    static QList<Mention> within(const TokenText &tt, int first, int last, const std::vector<bool> &unused);
    // The organisations nested in each of mentions, for the mention finder.
    static QList<Mention> inMentions(const TokenText &tt, const QList<Mention> &mentions);
};

} // namespace saywho::core
