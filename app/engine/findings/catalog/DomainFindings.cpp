// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The domain.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::DomainCancelledWaiting,
     Severity::Info,
     {FindingArg::Domain, FindingArg::Detail, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The records of %1 were not all checked: cancelled"),
     QT_TRANSLATE_NOOP("Findings",
                       "The check was cancelled %3 s after it began, while it still waited for: "
                       "%2. The records that had answered are checked above; the others are not "
                       "known."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again and let it finish to learn what the other records "
                        "of %1 say."),
      nullptr,
      nullptr}},
    {FindingId::DomainDaneTlsa,
     Severity::Info,
     {FindingArg::Name, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "DANE records are published at %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 holds %2 TLSA record(s) (RFC 7672): senders that use DANE check the "
                       "server's certificate against them. Keep them up to date when the "
                       "certificate changes."),
     {}},
    {FindingId::DomainDkimMissing,
     Severity::Warning,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "No DKIM key for selector %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "There is no DKIM record at %3. Mail signed with selector %1 cannot be "
                       "verified and is treated as unsigned: it is more likely to land in spam, "
                       "and a DMARC policy can reject it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the selector in your mail provider's DKIM settings (the part "
                        "before ._domainkey)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Publish the record your provider gives you at %3 (often a CNAME), or "
                        "turn DKIM signing on in its dashboard."),
      QT_TRANSLATE_NOOP("Findings",
                        "DNS changes can take a while to appear; run the check again later.")}},
    {FindingId::DomainDkimMissingGuess,
     Severity::Warning,
     {FindingArg::Selector, FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "No DKIM key found for %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "None of the usual selectors (%1) holds a DKIM key for %2. Your provider "
                       "may use another selector, or mail from %2 is not signed."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Find the selector in your provider's DKIM settings and run the check "
                        "again with it."),
      QT_TRANSLATE_NOOP("Findings",
                        "If DKIM is not set up, turn it on in your provider's dashboard and "
                        "publish the record it gives.")}},
    {FindingId::DomainDkimOk,
     Severity::Pass,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "DKIM key for selector %1 is published (%4)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%3 holds a valid DKIM public key (%4). Receivers use it to check the "
                       "signature added to mail from %2."),
     {}},
    {FindingId::DomainDkimRevoked,
     Severity::Failure,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key for selector %1 is revoked"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 has an empty key (p=), which means the key was "
                       "withdrawn. Mail still signed with selector %1 fails DKIM."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If your provider still signs with %1, publish its current key at %3."),
      QT_TRANSLATE_NOOP(
          "Findings",
          "If you moved to a new selector, make sure mail is signed with the new one.")}},
    {FindingId::DomainDkimSyntax,
     Severity::Failure,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The DKIM record for selector %1 is invalid"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 cannot be used: %4. Receivers cannot verify signatures "
                       "made with selector %1."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Copy the record again exactly as your provider shows it; a key split "
                        "into several strings must be joined with nothing in between."),
      QT_TRANSLATE_NOOP("Findings", "Keep only one TXT record at %3."),
      QT_TRANSLATE_NOOP("Findings", "Use your provider's \"verify\" button after the change.")}},
    {FindingId::DomainDkimTesting,
     Severity::Warning,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "DKIM for selector %1 is in testing mode (t=y)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 carries t=y: receivers must treat your mail as if it "
                       "were not signed, so the signature may count for nothing."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Once signed mail verifies correctly, remove t=y from the record at %3 and "
                        "keep the rest unchanged.")}},
    {FindingId::DomainDkimWeakKey,
     Severity::Failure,
     {FindingArg::Selector, FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key for selector %1 is only %4 bits"),
     QT_TRANSLATE_NOOP("Findings",
                       "Receivers ignore DKIM signatures made with RSA keys under 1024 bits, and "
                       "2048 bits is the recommended size (RFC 8301). Short keys can be broken."),
     {QT_TRANSLATE_NOOP(
          "Findings", "Create a new 2048-bit key (provider dashboard or your server's DKIM tool)."),
      QT_TRANSLATE_NOOP("Findings", "Publish it under a new selector and switch signing to it."),
      QT_TRANSLATE_NOOP("Findings", "Then remove or empty the old record at %3.")}},
    {FindingId::DomainDmarcMissing,
     Severity::Warning,
     {FindingArg::Domain, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "%1 has no DMARC policy"),
     QT_TRANSLATE_NOOP("Findings",
                       "There is no DMARC record at %2. Gmail, Yahoo and Microsoft increasingly "
                       "require one, and without it receivers do not know what to do with mail "
                       "forged in the name of %1."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TXT record at %2: v=DMARC1; p=none; rua=mailto:you@%1"),
      QT_TRANSLATE_NOOP("Findings", "Read the reports, then tighten the policy to quarantine.")}},
    {FindingId::DomainDmarcMultiple,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "%1 has %3 DMARC records"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 holds %3 records starting with v=DMARC1. With more than one, receivers "
                       "apply no DMARC policy at all (RFC 7489 section 6.6.3)."),
     {QT_TRANSLATE_NOOP("Findings", "Merge them into one record at %2 and delete the others.")}},
    {FindingId::DomainDmarcNone,
     Severity::Info,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Policy},
     QT_TRANSLATE_NOOP("Findings", "DMARC for %1 only monitors (p=none)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 publishes p=none: receivers send reports but deliver failing mail as "
                       "usual. A good first step, not the last one."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Make sure the record has rua=mailto:... and read the reports for a few weeks."),
      QT_TRANSLATE_NOOP("Findings",
                        "When all your legitimate mail passes SPF or DKIM, change p=none to "
                        "p=quarantine at %2."),
      QT_TRANSLATE_NOOP("Findings", "Later, move to p=reject.")}},
    {FindingId::DomainDmarcOk,
     Severity::Pass,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Policy, FindingArg::Percent},
     QT_TRANSLATE_NOOP("Findings", "DMARC policy for %1: %3"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 asks receivers to %3 mail that claims to come from %1 but fails SPF and "
                       "DKIM alignment (for %4% of such mail)."),
     {}},
    {FindingId::DomainDmarcSyntax,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The DMARC record of %1 is invalid"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %2 cannot be used as it is: %3. Receivers discard a record "
                       "they cannot read, or treat it as p=none."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Correct the record at %2; a minimal valid one is v=DMARC1; p=none; "
                        "rua=mailto:you@%1"),
      QT_TRANSLATE_NOOP("Findings", "Addresses in rua= and ruf= must start with mailto:.")}},
    {FindingId::DomainLookupFailed,
     Severity::Warning,
     {FindingArg::Name, FindingArg::Record, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The %2 record at %1 could not be looked up"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS gave no usable answer for %1 (%3), so it is unknown whether a %2 "
                       "record is published."),
     {QT_TRANSLATE_NOOP("Findings", "Run the check again: a passing DNS fault clears by itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps failing, ask your DNS host to check the zone and its DNSSEC "
                        "signatures.")}},
    {FindingId::DomainMtaSts,
     Severity::Info,
     {FindingArg::Domain, FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings", "%1 announces an MTA-STS policy"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 publishes \"%2\" (RFC 8461): senders that support it require "
                       "encrypted, verified connections to its mail servers. The policy file "
                       "itself was not fetched."),
     {}},
    {FindingId::DomainMxInvalidTarget,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "An MX record of %1 points to %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "An MX record must name a mail host that has its own address; %2 is %3. "
                       "Some senders then cannot deliver to %1 (RFC 5321 section 5.1)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Change the MX record to the host name your mail provider gives (not an "
                        "address, not an alias).")}},
    {FindingId::DomainMxMissing,
     Severity::Warning,
     {FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "%1 has no MX record"),
     QT_TRANSLATE_NOOP("Findings",
                       "Nobody can reply to mail from %1, and many receivers distrust a sender "
                       "domain that cannot receive mail."),
     {QT_TRANSLATE_NOOP("Findings", "Add the MX records your mail provider gives you for %1.")}},
    {FindingId::DomainMxNull,
     Severity::Failure,
     {FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "%1 declares that it accepts no mail (null MX)"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 publishes \"MX 0 .\" (RFC 7505): it takes no mail, and receivers may "
                       "reject mail that claims to come from it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If %1 sends mail, replace the null MX with your provider's MX records.")}},
    {FindingId::DomainMxOk,
     Severity::Pass,
     {FindingArg::Domain, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "%1 receives mail through %2"),
     QT_TRANSLATE_NOOP("Findings", "The MX records of %1 name %2, and each has an address."),
     {}},
    {FindingId::DomainSpfMissing,
     Severity::Warning,
     {FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "%1 has no SPF record"),
     QT_TRANSLATE_NOOP("Findings",
                       "Without SPF, receivers cannot tell which servers may send for %1: mail "
                       "is more likely to land in spam, and Gmail and Yahoo require SPF or DKIM."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TXT record at %1 such as: v=spf1 include:<your provider's "
                        "SPF domain> -all")}},
    {FindingId::DomainSpfMultiple,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "%1 has %2 SPF records"),
     QT_TRANSLATE_NOOP("Findings",
                       "There must be exactly one record starting with v=spf1. With %2, every "
                       "SPF check of %1 ends in an error (permerror, RFC 7208 section 4.5)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Merge them into one record (combine the include: and ip4: parts) and "
                        "delete the others.")}},
    {FindingId::DomainSpfNotAuthorized,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Address, FindingArg::Result},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 does not allow %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Mail from %1 sent through the server at %2 gets the SPF result %3: "
                       "receivers may reject it or file it as spam."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add the sending service to the SPF record of %1: the include: your "
                        "provider documents, or ip4:%2.")}},
    {FindingId::DomainSpfNotAuthorizedInclude,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Address, FindingArg::Result, FindingArg::Include},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 does not allow %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Mail from %1 sent through the server at %2 gets the SPF result %3: "
                       "receivers may reject it or file it as spam."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add include:%4 (your provider's SPF domain) to the SPF record of %1.")}},
    {FindingId::DomainSpfOk,
     Severity::Pass,
     {FindingArg::Domain, FindingArg::Address, FindingArg::Mechanism},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 allows %2 to send"),
     QT_TRANSLATE_NOOP("Findings", "Evaluated for %2, the SPF record of %1 gives pass (%3)."),
     {}},
    {FindingId::DomainSpfOkRecord,
     Severity::Pass,
     {FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "%1 publishes a valid SPF record"),
     QT_TRANSLATE_NOOP("Findings",
                       "The SMTP server's address is unknown, so the record was checked for "
                       "errors and limits only."),
     {}},
    {FindingId::DomainSpfPermissive,
     Severity::Warning,
     {FindingArg::Domain, FindingArg::Mechanism},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 ends in %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 lets any server in the world send mail as %1, which makes the record "
                       "useless against forgery; receivers may treat the domain as a spam source."),
     {QT_TRANSLATE_NOOP("Findings",
                        "End the record with -all (or ~all while you test) once every sending "
                        "service is listed.")}},
    {FindingId::DomainSpfSyntax,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %2 has an error"),
     QT_TRANSLATE_NOOP("Findings",
                       "While checking %1, the SPF record of %2 could not be used: %3. Every SPF "
                       "check then ends in an error (permerror)."),
     {QT_TRANSLATE_NOOP("Findings", "Correct the record at %2 as the error says.")}},
    {FindingId::DomainSpfTooManyLookups,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 needs too many DNS lookups"),
     QT_TRANSLATE_NOOP("Findings",
                       "Evaluating it takes more than 10 DNS lookups (include:, a, mx, ptr, "
                       "exists, redirect=), the limit of RFC 7208 section 4.6.4: receivers stop "
                       "and treat the record as broken."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Remove the include: of services you no longer use, and replace a and "
                        "mx with ip4: and ip6: ranges.")}},
    {FindingId::DomainSpfVoidLookups,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The SPF record of %1 names domains that do not exist"),
     QT_TRANSLATE_NOOP("Findings",
                       "More than two lookups of its record found nothing (the limit of RFC "
                       "7208 section 4.6.4): receivers treat the record as broken."),
     {QT_TRANSLATE_NOOP(
         "Findings", "Remove the include: and other terms that point to names with no record.")}},
};

} // namespace

CatalogGroup Catalog::domainFindings()
{
    return {std::begin(entries), std::end(entries)};
}
