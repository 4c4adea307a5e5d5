// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The test message fetched back over IMAP (FetchBack): where it landed,
// or why that is not known. In id order.
const CatalogEntry entries[] = {
    {FindingId::MessageDeliveredInbox,
     Severity::Pass,
     {FindingArg::Mailbox, FindingArg::SecondsToArrival, FindingArg::Host, FindingArg::MessageId},
     QT_TRANSLATE_NOOP("Findings", "The test message arrived in the inbox after %2 s"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message %4 was found in the mailbox %1 on %3, %2 seconds after it was "
                       "sent. The receiving side did not judge it as spam. Its headers are read "
                       "below."),
     {}},
    {FindingId::MessageDeliveredJunk,
     Severity::Warning,
     {FindingArg::Mailbox, FindingArg::SecondsToArrival, FindingArg::Host, FindingArg::MessageId},
     QT_TRANSLATE_NOOP("Findings", "The test message landed in the spam folder (%1)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message %4 was found in %1 on %3, %2 seconds after it was sent: the "
                       "receiving side delivered it, but judged it as spam. The findings on its "
                       "headers (DKIM, SPF, DMARC, the receiver's verdict) say why."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Fix the failures found in the message's headers first: a missing or "
                        "failing DKIM signature, or a failing DMARC check, is the usual reason."),
      QT_TRANSLATE_NOOP("Findings",
                        "Marking the message as not spam teaches this mailbox only, not the other "
                        "receivers.")}},
    {FindingId::MessageFetchFailed,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail, FindingArg::Reason},
     QT_TRANSLATE_NOOP("Findings", "The mailbox on %1 could not be read"),
     QT_TRANSLATE_NOOP("Findings",
                       "The IMAP session with %1 port %2 failed: %3. Where the test message "
                       "landed is not known."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the IMAP server's name, port and encryption: the provider's help "
                        "pages give them (often port 993 with SSL/TLS).")}},
    {FindingId::MessageFetchFailedCleartext,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail, FindingArg::Reason},
     QT_TRANSLATE_NOOP("Findings", "The password was not sent to %1 without encryption"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection to %1 port %2 has no TLS (%3): signing in would send the "
                       "password readable by anyone on the network. It was not sent."),
     {QT_TRANSLATE_NOOP("Findings", "Choose SSL/TLS (port 993) or STARTTLS (port 143).")}},
    {FindingId::MessageFetchFailedSignIn,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail, FindingArg::Reason},
     QT_TRANSLATE_NOOP("Findings", "The IMAP server %1 refused the sign-in"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server %1 port %2 did not accept the user name with this password or "
                       "token: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the user name (often the whole e-mail address) and the password. "
                        "With two-step verification, an app password is needed."),
      QT_TRANSLATE_NOOP("Findings",
                        "Some providers turn IMAP off by default: turn it on in the mailbox's "
                        "settings.")}},
    {FindingId::MessageFetchFailedTls,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail, FindingArg::Reason},
     QT_TRANSLATE_NOOP("Findings", "No secure connection to the IMAP server %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The secure connection to %1 port %2 failed: %3. No password was sent."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the encryption: port 993 uses SSL/TLS from the start, port 143 "
                        "uses STARTTLS."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the server's certificate comes from your organization's own "
                        "authority, add that authority's certificate (the CA file).")}},
    {FindingId::MessageNotDelivered,
     Severity::Failure,
     {FindingArg::Count, FindingArg::Detail, FindingArg::Host, FindingArg::MessageId},
     QT_TRANSLATE_NOOP("Findings", "The test message did not arrive within %1 seconds"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server accepted the message, but after %1 seconds no message with the "
                       "Message-ID %4 was in %2 on %3. It is late (queued, greylisted), or it was "
                       "refused or dropped on the way without a bounce."),
     {QT_TRANSLATE_NOOP("Findings", "Look for a bounce in the sender's mailbox: it says why."),
      QT_TRANSLATE_NOOP("Findings",
                        "Run the test again and wait longer: some receivers hold a first message "
                        "for several minutes."),
      QT_TRANSLATE_NOOP("Findings", "Check the sender domain's SPF, DKIM and DMARC records.")}},
};

} // namespace

CatalogGroup Catalog::fetchBackFindings()
{
    return {std::begin(entries), std::end(entries)};
}
