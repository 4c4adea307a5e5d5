// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Small facts about host names. The organisational domain comes from the
// Public Suffix List through libpsl: it tells "smtp.example.com greets as
// mx1.example.com" (same organisation) from "greets as cpanel12.hoster.net"
// (someone else answers), and gives DMARC its organizational domain.
class DomainNames
{
public:
    // A dotted name of letters, digits and hyphens (not an address).
    static bool looksLikeHostName(const QString &text);
    // One label: 1 to 63 letters, digits or inner hyphens (RFC 1123 section 2.1).
    static bool isValidLabel(const QString &label);
    // The organizational domain of RFC 7489 section 3.2: the public suffix
    // plus one label ("mx1.mail.example.co.uk" -> "example.co.uk",
    // "x.blogspot.com" -> "x.blogspot.com"). A name that is itself a public
    // suffix ("co.uk", "gouv.fr") is returned as it is, lower case, no dot.
    static QString registrableDomain(const QString &host);
    // True when the name is a public suffix ("com", "co.uk", "blogspot.com").
    static bool isPublicSuffix(const QString &host);
    // Which copy of the list is in use: the file's path, or "built-in".
    static QString publicSuffixSource();
};
