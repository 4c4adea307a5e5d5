// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/KeyInspector.h"

#include "domain/CryptoKeyInspector.h"

bool KeyInspector::isValidEd25519PublicKey(const QByteArray &raw) const
{
    // RFC 8032 section 5.1.5: a public key is 32 octets. Whether they encode
    // a point on the curve needs the curve arithmetic, which Qt does not
    // expose; a backend with it may check more.
    return raw.size() == 32;
}

const KeyInspector &KeyInspector::defaultInspector()
{
    static const CryptoKeyInspector inspector;
    return inspector;
}
