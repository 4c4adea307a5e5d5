#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The message.* findings (a message that arrived: MessageAnalysis), in id order.
const CatalogEntry entries[] = {
    {FindingId::MessageBounce,
     Severity::Failure,
     {FindingArg::Name, FindingArg::Result, FindingArg::Detail, FindingArg::Host},
     QT_TRANSLATE_NOOP("Findings", "The message to %1 was not delivered"),
     QT_TRANSLATE_NOOP("Findings",
                       "This is a non-delivery report. The receiving side refused the message "
                       "for %1 with status %2: %3 (server: %4)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Read the server's words above: they say what to fix. The finding below "
                        "explains the status code."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check the recipient's address for typing mistakes before you send "
                        "again.")}},
    {FindingId::MessageBounceDelayed,
     Severity::Warning,
     {FindingArg::Name, FindingArg::Result, FindingArg::Detail, FindingArg::Host},
     QT_TRANSLATE_NOOP("Findings", "The message to %1 is delayed"),
     QT_TRANSLATE_NOOP("Findings",
                       "This is a delay report: the sending server could not deliver the message "
                       "for %1 yet and keeps trying (status %2: %3, server: %4)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Wait for the next attempts; if the report says the same after a day, "
                        "contact the recipient's mail administrator with this report.")}},
    {FindingId::MessageDkimMissing,
     Severity::Warning,
     {FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "The message has no DKIM signature"),
     QT_TRANSLATE_NOOP("Findings",
                       "Nobody signed this message with DKIM, so the receiver cannot tell that "
                       "it really comes from %1. Gmail, Yahoo and Microsoft put unsigned mail "
                       "in the spam folder more often, or refuse it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Turn on DKIM signing at the service that sends your mail, and publish "
                        "the key it gives you in the DNS of %1."),
      QT_TRANSLATE_NOOP("Findings",
                        "If your website sends the mail, make it send through that service's "
                        "SMTP server instead of PHP's mail().")}},
    {FindingId::MessageDmarcFail,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Host, FindingArg::Policy},
     QT_TRANSLATE_NOOP("Findings", "The receiver found that the message fails DMARC for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 checked the message against the DMARC policy of %1: neither SPF nor "
                       "DKIM passed for a domain that matches the From address. The policy it "
                       "applied: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send through a server that your SPF record allows, and sign with DKIM "
                        "for %1 itself (not the sending service's own domain).")}},
    {FindingId::MessageDmarcFailQuarantine,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Host, FindingArg::Policy},
     QT_TRANSLATE_NOOP("Findings", "The message went to the spam folder: it fails DMARC for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 checked the message against the DMARC policy of %1: neither SPF nor "
                       "DKIM passed for a domain that matches the From address. The policy "
                       "(%3) says to quarantine such mail, which means the spam folder."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send through a server that your SPF record allows, and sign with DKIM "
                        "for %1 itself (not the sending service's own domain).")}},
    {FindingId::MessageDmarcFailReject,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Host, FindingArg::Policy},
     QT_TRANSLATE_NOOP("Findings", "Messages like this one are refused: they fail DMARC for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "%2 checked the message against the DMARC policy of %1: neither SPF nor "
                       "DKIM passed for a domain that matches the From address. The policy "
                       "(%3) tells receivers to refuse such mail."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send through a server that your SPF record allows, and sign with DKIM "
                        "for %1 itself (not the sending service's own domain).")}},
    {FindingId::MessageReceivedChain,
     Severity::Info,
     {FindingArg::Count, FindingArg::Host, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The message passed through %1 servers"),
     QT_TRANSLATE_NOOP("Findings",
                       "Each server that handled the message added a Received line. The last "
                       "one, %2, delivered it to the mailbox. From the first to the last: %3."),
     {}},
    {FindingId::MessageReceiverResults,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Result},
     QT_TRANSLATE_NOOP("Findings", "The receiver's checks passed"),
     QT_TRANSLATE_NOOP("Findings", "%1 checked the message when it arrived and wrote down: %2."),
     {}},
    {FindingId::MessageReceiverResultsFailed,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Result},
     QT_TRANSLATE_NOOP("Findings", "The receiver's checks did not all pass"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 checked the message when it arrived and wrote down: %2. A failed "
                       "check is a common reason for the spam folder."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look at the other findings about SPF, DKIM and DMARC for what to "
                        "change.")}},
    {FindingId::MessageSlowHop,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Name, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The message waited %3 minutes at one step"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 recorded the message %3 minutes after %2 had. The time went there: "
                       "a queue, greylisting (a first refusal on purpose, then a retry) or a "
                       "server that could not be reached at once. The clocks of both servers "
                       "are taken as right."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the delay repeats, ask the administrator of %2 about its queue and "
                        "retries."),
      QT_TRANSLATE_NOOP("Findings",
                        "A first message from a new sender is often greylisted: later ones "
                        "usually pass at once.")}},
    {FindingId::MessageUnreadable,
     Severity::Warning,
     {FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "This does not look like a mail message"),
     QT_TRANSLATE_NOOP("Findings",
                       "No header of a delivered message was found (From, Date, Received, "
                       "Message-ID): %1. The checks of a message need its source, headers "
                       "included."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Copy the whole source of the message: in Gmail, \"Show original\"; in "
                        "Outlook, \"View message source\" or the message's properties; in "
                        "Thunderbird, \"View source\"."),
      QT_TRANSLATE_NOOP("Findings", "Or save the message as an .eml file and open that.")}},
};

} // namespace

CatalogGroup Catalog::messageFindings()
{
    return {std::begin(entries), std::end(entries)};
}
