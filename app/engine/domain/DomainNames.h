#pragma once

#include <QString>

// Small facts about host names, without a public suffix list: enough to
// tell "smtp.example.com greets as mx1.example.com" (same organisation) from
// "greets as cpanel12.hoster.net" (someone else answers).
class DomainNames
{
public:
    // A dotted name of letters, digits and hyphens (not an address).
    static bool looksLikeHostName(const QString &text);
    // One label: 1 to 63 letters, digits or inner hyphens (RFC 1123 section 2.1).
    static bool isValidLabel(const QString &label);
    // "mx1.mail.example.co.uk" -> "example.co.uk": the last two labels, or
    // three under a two-letter country code's common second level.
    static QString registrableDomain(const QString &host);
};
