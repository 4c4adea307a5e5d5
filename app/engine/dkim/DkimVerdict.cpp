// SPDX-License-Identifier: GPL-3.0-or-later
#include "dkim/DkimVerdict.h"

QString DkimVerdict::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::BodyChanged:
        return QStringLiteral("body_changed");
    case Outcome::SignatureMismatch:
        return QStringLiteral("signature_mismatch");
    case Outcome::KeyMissing:
        return QStringLiteral("key_missing");
    case Outcome::KeyRevoked:
        return QStringLiteral("key_revoked");
    case Outcome::KeyUnusable:
        return QStringLiteral("key_unusable");
    case Outcome::KeyLookupFailed:
        return QStringLiteral("key_lookup_failed");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::Malformed:
        return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}
