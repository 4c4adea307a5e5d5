// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KeyInspector.h"

// KeyInspector through the engine's crypto interface (crypto/Crypto.h), so
// QCA reads the key where it is built in, OpenSSL otherwise.
class CryptoKeyInspector final : public KeyInspector
{
public:
    std::optional<int> rsaPublicKeyBits(const QByteArray &der) const override;
};
