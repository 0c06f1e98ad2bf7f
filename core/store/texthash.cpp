#include "texthash.h"

#include <QCryptographicHash>

namespace saywho::store {

QString textHash(const QString &originalText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(originalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace saywho::store
