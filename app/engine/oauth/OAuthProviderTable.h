// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/OAuthProvider.h"

#include <QList>

// The providers of resources/oauth/providers.json, read once. A provider not
// in the table is an empty OAuthProvider (isKnown() false).
class OAuthProviderTable
{
public:
    static const QList<OAuthProvider> &all();
    static OAuthProvider byId(const QString &id);
    // The provider whose submission server this is, by host or greeting name.
    static OAuthProvider serving(const QString &host, const QString &greetingName);
};
