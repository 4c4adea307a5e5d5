// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The message.* findings about the address that handed the message to its
// receiver, checked now (ReputationAnalysis): its reverse DNS and the DNS
// blocklists. In id order.
const CatalogEntry entries[] = {
    {FindingId::MessageFcrdnsMismatch,
     Severity::Warning,
     {FindingArg::Address, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The reverse DNS name of %1 does not point back to it"),
     QT_TRANSLATE_NOOP("Findings",
                       "The sending server %1 has the reverse name %2, but that name resolves to "
                       "%3, not to %1. Receivers check that the name and the address confirm each "
                       "other (forward-confirmed reverse DNS); without that, mail is refused or "
                       "put in the spam folder more often."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add an address record for %2 that points to %1, or ask whoever runs %1 "
                        "(your host or mail service) to set its reverse DNS to a name that does."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %1 is not a server of yours, the message did not leave through your "
                        "mail service: check which server your website or application sends "
                        "through.")}},
    {FindingId::MessageFcrdnsOk,
     Severity::Pass,
     {FindingArg::Address, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "The sending server %1 has a confirmed reverse DNS name"),
     QT_TRANSLATE_NOOP("Findings", "The reverse name of %1 is %2, and %2 resolves back to %1."),
     {}},
    {FindingId::MessageIpListUnknown,
     Severity::Info,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Name,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings", "%2 could not be asked about %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The look-up of %3 gave %4: no answer in time, or the DNS server failed. "
                       "Whether %1 is on this list is unknown, not \"not listed\"."),
     {QT_TRANSLATE_NOOP("Findings", "Check again later, or with another DNS server."),
      QT_TRANSLATE_NOOP("Findings", "Or look %1 up on the list's own page: %5")}},
    {FindingId::MessageIpListUnknownRefused,
     Severity::Info,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Name,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings", "%2 refused to say whether %1 is listed"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 answered %4 for %3: its code for a refused query (asked through a "
                       "public or shared DNS server, without a key, or too often). Whether %1 "
                       "is on this list is unknown, not \"not listed\"."),
     {QT_TRANSLATE_NOOP("Findings", "Look %1 up on the list's own page: %5"),
      QT_TRANSLATE_NOOP("Findings",
                        "Or run the check with your own DNS server (not a public one such as "
                        "8.8.8.8 or 1.1.1.1).")}},
    {FindingId::MessageIpListUnknownUnexpected,
     Severity::Info,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Name,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings", "%2 gave an answer that is not a blocklist answer"),
     QT_TRANSLATE_NOOP("Findings",
                       "The look-up of %3 gave %4, outside the 127.0.0.0/8 range that blocklists "
                       "answer with: the list may no longer exist, or the DNS server rewrites "
                       "answers. Whether %1 is listed is unknown."),
     {QT_TRANSLATE_NOOP("Findings", "Look %1 up on the list's own page: %5")}},
    {FindingId::MessageIpListed,
     Severity::Failure,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Record,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings", "The sending server %1 is on the %2 blocklist"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 lists %1 as a source of spam (%4). Receivers that use this list refuse "
                       "mail from %1 or put it in the spam folder."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If %1 is your own server, find out what sent the spam (a hacked account "
                        "or website, a form that sends to anyone), stop it, then ask for removal "
                        "on %5."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %1 belongs to your mail service or host, send them this report: they "
                        "must clean it up or move you to another address.")}},
    {FindingId::MessageIpListedExploited,
     Severity::Failure,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Record,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings", "The sending server %1 is listed as infected or hijacked"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 lists %1 as a machine that malware, a botnet or an open proxy uses "
                       "(%4). Receivers that use this list refuse its mail."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Find and remove what is sending from %1 (malware on a computer behind "
                        "that address, a hacked website), then ask for removal on %5."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %1 belongs to your host or mail service, send them this report.")}},
    {FindingId::MessageIpListedPolicy,
     Severity::Warning,
     {FindingArg::Address,
      FindingArg::Provider,
      FindingArg::Record,
      FindingArg::Detail,
      FindingArg::Url},
     QT_TRANSLATE_NOOP("Findings",
                       "The sending server %1 is in a range that should not send mail directly"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 lists %1 in its policy list (%4): an address its network says should "
                       "hand mail to a mail server, not deliver it itself, such as a home or "
                       "office connection. Many receivers refuse mail delivered directly from "
                       "such addresses."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send through your provider's SMTP server or a mail service, with a "
                        "sign-in, instead of delivering the mail from %1 itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %1 is a real mail server with a fixed address, ask its network's "
                        "owner to take it out of the policy list (see %5).")}},
    {FindingId::MessageIpNotListed,
     Severity::Pass,
     {FindingArg::Address, FindingArg::Provider},
     QT_TRANSLATE_NOOP("Findings", "%1 is not on these blocklists: %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Asked today, %2 answered that the sending server %1 is not listed."),
     {}},
    {FindingId::MessagePtrMissing,
     Severity::Warning,
     {FindingArg::Address, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The sending server %1 has no reverse DNS name"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message reached the receiver from %1, and %2 has no PTR record (%3). "
                       "Many receivers refuse mail from an address without a reverse name, or "
                       "put it in the spam folder."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask whoever runs %1 (your host or mail service) to set its reverse DNS "
                        "to the server's mail host name, a name that resolves back to %1."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %1 is a home or office connection, send through your provider's "
                        "SMTP server or a mail service instead.")}},
    {FindingId::MessagePtrUnchecked,
     Severity::Info,
     {FindingArg::Address, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The reverse DNS name of %1 could not be checked"),
     QT_TRANSLATE_NOOP("Findings",
                       "The look-up of %2 gave %3: no answer in time, or the DNS server failed. "
                       "This says nothing about the record itself."),
     {QT_TRANSLATE_NOOP("Findings", "Check again later, or with another DNS server.")}},
    {FindingId::MessagePtrUncheckedForward,
     Severity::Info,
     {FindingArg::Address, FindingArg::Name, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings",
                       "Whether the reverse DNS name of %1 points back could not be checked"),
     QT_TRANSLATE_NOOP("Findings",
                       "The reverse name of %1 is %2, but the look-up of its addresses gave %3: "
                       "no answer in time, or the DNS server failed."),
     {QT_TRANSLATE_NOOP("Findings", "Check again later, or with another DNS server.")}},
};

} // namespace

CatalogGroup Catalog::messageSenderFindings()
{
    return {std::begin(entries), std::end(entries)};
}
