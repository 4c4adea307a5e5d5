// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The send.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::SendAccepted,
     Severity::Pass,
     // MessageId: a fact only, for the fetch-back.
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail, FindingArg::MessageId},
     QT_TRANSLATE_NOOP("Findings", "The test message was accepted by %1 port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server took the message for delivery (%3). If it does not arrive, look "
                       "in the spam folder and at the sender domain's records."),
     {}},
    {FindingId::SendGreylisted,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server asks to try again later (greylisting)"),
     QT_TRANSLATE_NOOP("Findings",
                       "A first attempt from an unknown sender is deferred on purpose; a real mail "
                       "server tries again and gets through: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Nothing to fix: run the check again in a few minutes.")}},
    {FindingId::SendRateLimited,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server is limiting how much this account sends"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server refused for now because of the sending rate or volume: %3"),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Wait and try again later; check the provider's sending limits for your plan."),
      QT_TRANSLATE_NOOP("Findings",
                        "If a website sends many messages at once, spread them out or use a "
                        "sending service.")}},
    {FindingId::SendRateLimitedAfter,
     Severity::Failure,
     {FindingArg::Host,
      FindingArg::Port,
      FindingArg::Count,
      FindingArg::Attempt,
      FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server starts refusing after %3 message(s)"),
     QT_TRANSLATE_NOOP("Findings",
                       "Of the repeated test messages, the first %3 were accepted; from attempt "
                       "%4 on the server refused for now because of the sending rate or volume: "
                       "%5"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the provider's sending limits for your plan (messages per minute, "
                        "hour or day) and stay under them."),
      QT_TRANSLATE_NOOP("Findings",
                        "If a website sends many messages at once, spread them out or use a "
                        "sending service.")}},
    {FindingId::SendRecipientRejected,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server refuses the recipient address"),
     QT_TRANSLATE_NOOP("Findings", "The recipient does not exist or cannot receive mail: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Check the recipient's address for typing errors.")}},
    {FindingId::SendRefused,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server refused the test message"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server gave a reply that SMTP Doctor does not know how to explain, "
                       "so here are its own words: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider: the reply above says why.")}},
    {FindingId::SendRelayDenied,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server will not pass the message on to other domains"),
     QT_TRANSLATE_NOOP("Findings", "It takes mail only for its own domains unless you sign in: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Sign in with a user name and password (on port 587 or 465).")}},
    {FindingId::SendSenderRejected,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server refuses this sender address"),
     QT_TRANSLATE_NOOP("Findings", "The From address is not one this account may send as: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send from the address of the account you sign in with, or from a domain "
                        "your provider has verified."),
      QT_TRANSLATE_NOOP(
          "Findings", "Microsoft 365: give the account \"Send As\" permission for that address.")}},
    {FindingId::SendSpamRejected,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The message was refused as spam or as unauthenticated"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server refused the content or the sender's authentication (SPF, DKIM, "
                       "DMARC): %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the sender domain's records (the domain records step): SPF, DKIM "
                        "and DMARC must pass.")}},
    {FindingId::SendTooLarge,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The message is larger than the server takes"),
     QT_TRANSLATE_NOOP("Findings", "The server refused the message for its size: %3"),
     {QT_TRANSLATE_NOOP("Findings", "Send smaller messages, or attachments as links.")}},
    {FindingId::SendUtf8Unsupported,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server cannot take this non-ASCII address"),
     QT_TRANSLATE_NOOP("Findings",
                       "The address %3 has accents or other non-ASCII letters before the @. "
                       "Only a server that offers SMTPUTF8 can carry such an address, and "
                       "this one does not offer it."),
     {QT_TRANSLATE_NOOP("Findings", "Use a plain ASCII address for sending, or an alias of it."),
      QT_TRANSLATE_NOOP("Findings",
                        "Ask the mail provider whether it supports internationalized "
                        "addresses (SMTPUTF8).")}},
};

} // namespace

CatalogGroup Catalog::sendFindings()
{
    return {std::begin(entries), std::end(entries)};
}
