#pragma once

#include "../model/document.h"

#include <QSet>

namespace saywho::core {

// People whose "name" is an ordinary word the article also writes in lower case ("Level",
// "Details", "Signature Issue", "Grand Bargain"), or a bare title ("President"), with no first name
// and no honorific to make it a person's: a capitalized heading or sentence start, not someone.
// Removes them (except those in keep) and unlinks their mentions; the weaker clues spare the
// speakers of quotes.
void dropCommonWordPeople(const Document &doc, QList<Entity> &entities, QList<Mention> &mentions,
                          const QSet<int> &keep, const QSet<int> &speakers);

} // namespace saywho::core
