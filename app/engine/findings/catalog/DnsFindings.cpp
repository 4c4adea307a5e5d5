// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The dns.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::DnsCancelledWaiting,
     Severity::Info,
     {FindingArg::Host, FindingArg::Detail, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The lookup of %1 was cancelled before every answer came"),
     QT_TRANSLATE_NOOP("Findings",
                       "The check was cancelled %3 s after it asked for the addresses of %1, "
                       "while it still waited for: %2. The answers that had come are in the "
                       "evidence; what the missing ones say is not known."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again and let it finish to learn every address of %1."),
      nullptr,
      nullptr}},
    {FindingId::DnsCdnProxied,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Address, FindingArg::Provider},
     QT_TRANSLATE_NOOP("Findings", "%1 points to %3's web proxy"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 has the address %2, which belongs to %3. Its proxy passes web traffic "
                       "only: connections to mail ports time out. The DNS record was probably "
                       "left \"proxied\" (orange cloud)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "In %3's DNS settings, set the record of %1 to \"DNS only\" (grey cloud)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Use a separate, unproxied name for the mail server, such as mail.<your "
                        "domain>.")}},
    {FindingId::DnsDnssecBogus,
     Severity::Failure,
     {FindingArg::Name, FindingArg::Address, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The DNSSEC signatures of %1 do not verify"),
     QT_TRANSLATE_NOOP("Findings",
                       "The answer for %1 is signed, but the signatures do not match (%3). "
                       "Validating resolvers refuse such answers, so for many senders the name "
                       "does not exist at all."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask whoever hosts the DNS zone to re-sign it, or to fix the DS record "
                        "at the registrar.")}},
    {FindingId::DnsDnssecUnchecked,
     Severity::Info,
     {FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "DNSSEC could not be checked through this resolver"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS resolver in use does not pass the DNSSEC signatures along, so "
                       "whether %1 is correctly signed cannot be told from here."),
     {QT_TRANSLATE_NOOP("Findings", "To check DNSSEC, run the check with a validating resolver.")}},
    {FindingId::DnsFailure,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Address, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "DNS could not answer for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Looking up %1 failed (%3). The DNS resolver did not give a usable answer, "
                       "so the SMTP server's address is unknown."),
     {QT_TRANSLATE_NOOP("Findings", "Run the check again: a passing DNS fault clears by itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps failing, ask whoever runs this machine's DNS resolver, "
                        "or try another resolver.")}},
    {FindingId::DnsHostsMissing,
     Severity::Info,
     {FindingArg::Path},
     QT_TRANSLATE_NOOP("Findings", "This machine has no readable %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1, the list of names this machine knows by itself, is missing or "
                       "cannot be read. The diagnosis goes on with DNS alone; only names that "
                       "were written in that file are unknown."),
     {}},
    {FindingId::DnsNoAddress,
     Severity::Failure,
     {FindingArg::Host},
     QT_TRANSLATE_NOOP("Findings", "The name %1 has no address"),
     QT_TRANSLATE_NOOP("Findings",
                       "The name %1 exists in DNS, but it has neither an IPv4 (A) nor an IPv6 "
                       "(AAAA) address, so there is nothing to connect to."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check that this is the SMTP server's name and not only a domain name."),
      QT_TRANSLATE_NOOP("Findings",
                        "If you manage this domain, add an A record for the mail server.")}},
    {FindingId::DnsNxdomain,
     Severity::Failure,
     {FindingArg::Host},
     QT_TRANSLATE_NOOP("Findings", "The name %1 does not exist"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS answered that there is no host called %1 (NXDOMAIN). "
                       "A server that cannot be found cannot take your mail."),
     {QT_TRANSLATE_NOOP("Findings", "Check the host name for typing errors."),
      QT_TRANSLATE_NOOP(
          "Findings", "Copy the SMTP server name exactly from your mail provider's help pages.")}},
    {FindingId::DnsResolvConfMissing,
     Severity::Info,
     {FindingArg::Path},
     QT_TRANSLATE_NOOP("Findings", "This machine has no readable %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1, which names the DNS servers to ask, is missing or cannot be read. "
                       "Without it, programs on this machine, and this diagnosis, ask a DNS "
                       "server on the machine itself (127.0.0.1); if none runs there, no name "
                       "can be looked up."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If names do not resolve, create %1 with a line such as \"nameserver\" "
                        "followed by the address of your network's DNS server.")}},
    {FindingId::DnsResolverDisagreement,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Resolver, FindingArg::SystemAnswer, FindingArg::ResolverAnswer},
     QT_TRANSLATE_NOOP("Findings", "This machine's DNS and %2 disagree about %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The system's resolver answers %3 for %1, the chosen DNS server %2 answers "
                       "%4. Programs on this machine use the system's answer, so they may reach "
                       "another server than the one checked here."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look for an old entry for %1 in this machine's hosts file (/etc/hosts)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise the local network's DNS gives its own answer (split-horizon "
                        "DNS, a filter): ask its administrator which is right.")}},
};

} // namespace

CatalogGroup Catalog::dnsFindings()
{
    return {std::begin(entries), std::end(entries)};
}
