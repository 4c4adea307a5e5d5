// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The smtp.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::SmtpAuthMechanisms,
     Severity::Info,
     {FindingArg::Host, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Sign-in methods offered by %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Each port that answered lists the sign-in methods it accepts (after "
                       "STARTTLS where it was used): %2. PLAIN and LOGIN send the password itself, "
                       "so they belong inside encryption only."),
     {}},
    {FindingId::SmtpBadReply,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 sent a reply that breaks SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "A reply did not follow the SMTP rules (RFC 5321): %3. A device on the way "
                       "may be tampering with the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the server's administrator or to your network's "
                        "administrator.")}},
    {FindingId::SmtpCancelledWaiting,
     Severity::Info,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "Cancelled while %1 port %2 was still waiting for %3"),
     QT_TRANSLATE_NOOP("Findings",
                       "The check was cancelled while the session with %1 port %2 waited for "
                       "%3, %4 s after it asked. What came before is in the other findings and "
                       "the transcript; whether %3 would have come is not known."),
     {QT_TRANSLATE_NOOP(
         "Findings", "Run the check again and let it finish to learn what the server answers.")}},
    {FindingId::SmtpGreetingOk,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 greets as a mail server"),
     QT_TRANSLATE_NOOP("Findings", "The server sent its SMTP greeting: %3"),
     {}},
    {FindingId::SmtpHelloRefused,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refuses to go on after the greeting"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted, then refused the client's introduction (EHLO and "
                       "HELO): %3. A reply starting with 421 means that it is overloaded or "
                       "shutting down and closes the connection; a 5xx reply means that it "
                       "refuses this client."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the reply starts with 4, try again in a few minutes: the refusal is "
                        "temporary."),
      QT_TRANSLATE_NOOP("Findings",
                        "Send the server's own words above to the mail provider and ask why the "
                        "session is refused.")}},
    {FindingId::SmtpNoGreeting,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 connects but never greets"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection was accepted, but no SMTP greeting came within %3 ms. "
                       "Either the port expects encryption from the first byte (SSL/TLS), or the "
                       "server is overloaded or deliberately slow."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If you chose None or STARTTLS on port 465, choose SSL/TLS instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise try again later, or ask the server's administrator.")}},
    {FindingId::SmtpNoReply,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 stopped answering"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted, then gave no reply within %3 ms or closed the "
                       "connection in the middle of the dialogue."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again; if it persists, send this report to the server's "
                        "administrator.")}},
    {FindingId::SmtpNotSmtp,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 does not speak SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "Something answered on this port, but not with an SMTP greeting: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the host and port: this may be a web or another service's port.")}},
    {FindingId::SmtpRejectedGreeting,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refuses to serve you"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted with a refusal: %3. It does not accept mail from this "
                       "machine's address at all, often because of a blocklist."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send the server's own words above to the mail provider and ask why this "
                        "address is refused."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check whether this machine's public address is on a blocklist.")}},
    {FindingId::SmtpServiceUnavailable,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 closed the session for now"),
     QT_TRANSLATE_NOOP("Findings",
                       "In the middle of the session the server answered %3 and closed the "
                       "connection (421): it is overloaded, restarting or limiting connections. "
                       "This says nothing about the sender, the recipient or the password."),
     {QT_TRANSLATE_NOOP("Findings", "Try again in a few minutes: the refusal is temporary."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps happening, send the server's own words above to the mail "
                        "provider.")}},
    {FindingId::SmtpUnexpectedHost,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Port, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "Another server answers for %1 on port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The greeting names %3, which does not belong to %1. Something between "
                       "you and the server answers in its place: often the hosting provider "
                       "redirects outgoing mail to its own relay, or an antivirus inspects it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider whether it intercepts outgoing SMTP, and how "
                        "to reach your mail provider directly (often another port, such as 465)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Do not send your mail password through this connection until you know "
                        "who %3 is.")}},
};

} // namespace

CatalogGroup Catalog::smtpFindings()
{
    return {std::begin(entries), std::end(entries)};
}
