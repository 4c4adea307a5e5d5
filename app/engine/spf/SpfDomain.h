// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

// Domain-name rules that SPF applies before and after macro expansion.
namespace SpfDomain {

// The name without one trailing dot, the form SPF compares and queries.
QString normalized(const QString &name);
// RFC 7208 section 4.3: check_host() answers "none" at once for a domain that
// is malformed (empty or over-long label, over 253 octets), not multi-label,
// or an address literal.
bool isValidCheckHostDomain(const QString &domain);
// Whether a DNS query can be composed for `name` (RFC 1035 section 2.3.4):
// labels of 1 to 63 octets, 253 in all. A target that fails is treated as
// non-existent (RFC 7208 sections 4.3 and 4.8), not as a syntax error.
bool isQueryable(const QString &name);
// RFC 7208 section 7.3: an expanded name over 253 characters loses labels on
// its left until it fits.
QString truncated(const QString &name);
// `name` equals `domain` or is below it, ignoring case and trailing dots
// (RFC 7208 section 5.5).
bool isSubdomainOf(const QString &name, const QString &domain);
// toplabel of RFC 7208 section 7.1: letters, digits, inner hyphens, and not
// all digits unless it has a hyphen.
bool isValidTopLabel(const QString &label);
// The PTR query name of an address: "4.3.2.1.in-addr.arpa" or the 32 nibbles
// of ip6.arpa (RFC 1035 section 3.5, RFC 3596 section 2.5).
QString reverseName(const QHostAddress &address);
// The address as dotted labels, the "i" macro of RFC 7208 section 7.3:
// "1.2.3.4", or 32 hex nibbles for IPv6.
QString dottedAddress(const QHostAddress &address);

} // namespace SpfDomain
