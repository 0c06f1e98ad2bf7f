#pragma once

#include "model/document.h"
#include "model/patch.h"

#include <QJsonObject>

#include <optional>

namespace saywho::store {

// The library's own compact JSON for one annotation, a patch and the metadata the columns do not
// hold. Internal to the store (the interchange format is docs/format.md); enums are stored as their
// numbers, offsets in UTF-16 units of Document::text(). Decoding checks ranges: a row that does not
// decode is reported, never half-read.
namespace codec {

QJsonObject encode(const core::Quote &q);
QJsonObject encode(const core::NonQuote &n);
QJsonObject encode(const core::Mention &m);
QJsonObject encode(const core::Entity &e);
QJsonObject encode(const core::TimeExpr &t);
QJsonObject encode(const core::Removal &r);
QJsonObject encode(const core::DocumentMetadata &m);

bool decode(const QJsonObject &o, core::Quote &q);
bool decode(const QJsonObject &o, core::NonQuote &n);
bool decode(const QJsonObject &o, core::Mention &m);
bool decode(const QJsonObject &o, core::Entity &e);
bool decode(const QJsonObject &o, core::TimeExpr &t);
bool decode(const QJsonObject &o, core::Removal &r);
bool decode(const QJsonObject &o, core::DocumentMetadata &m);

QByteArray encodePatch(const core::Patch &p);
std::optional<core::Patch> decodePatch(const QByteArray &json);

QByteArray toBytes(const QJsonObject &o);
std::optional<QJsonObject> fromBytes(const QByteArray &json);

} // namespace codec

} // namespace saywho::store
