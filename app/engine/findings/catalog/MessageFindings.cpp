// SPDX-License-Identifier: GPL-3.0-or-later
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
    {FindingId::MessageDkimBodyChanged,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The body changed after %1 signed it"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DKIM signature of %1 (selector %2) covers a hash of the body, and the "
                       "body no longer matches it: something changed the text after signing. A "
                       "footer or disclaimer added by a server, an antivirus or a mailing list, or "
                       "a plugin that rewrites links, are the usual causes."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Find what adds text after the message leaves your application: a disclaimer on the mail "
          "server, a footer of a mailing list, a security gateway."),
      QT_TRANSLATE_NOOP("Findings",
                        "Have the signature made last, after everything that changes the message, "
                        "or turn off the change.")}},
    {FindingId::MessageDkimFail,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 does not match the message"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The signature of %1 (selector %2) was checked with the key at %3 and does not match: a "
         "signed header (Subject, From, To, Date...) changed after signing, or the signature was "
         "made with another key than the one published."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check that the key published at %3 is the one your sending service signs "
                        "with (services show it in their DNS settings)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Look for a server on the way that rewrites headers, such as a Subject tag "
                        "like [EXTERNAL].")}},
    {FindingId::MessageDkimFailDns,
     Severity::Warning,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 could not be fetched"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The look-up of %3 failed (no answer, or an error from the DNS server), so the signature "
         "of %1 could not be checked. This says nothing yet about the key itself."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again; if it keeps failing, check the DNS servers of %1.")}},
    {FindingId::MessageDkimFailExpired,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 has expired"),
     QT_TRANSLATE_NOOP("Findings",
                       "The signature of %1 (selector %2) has an expiry time (x=) that is past. "
                       "Receivers ignore an expired signature, as if the message were not signed."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the message is old, send a new one and check that instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise ask your sending service why its signatures expire so soon (a "
                        "clock that is wrong, or a short x= setting).")}},
    {FindingId::MessageDkimFailKeyMissing,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 is not published"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message is signed by %1 with selector %2, but there is no key record "
                       "at %3. Receivers cannot check such a signature and treat it as failed."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish the key your sending service gives you as a TXT record at %3."),
      QT_TRANSLATE_NOOP("Findings",
                        "If you changed service or key, keep the old key published until no "
                        "message signed with it is on its way.")}},
    {FindingId::MessageDkimFailKeyRevoked,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 has been revoked"),
     QT_TRANSLATE_NOOP("Findings",
                       "The key record at %3 has an empty p= tag: the key was revoked on purpose, "
                       "and every signature made with selector %2 now fails."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Make your sending service sign with the current key and selector, or "
                        "publish the key it still uses at %3.")}},
    {FindingId::MessageDkimFailKeyUnusable,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM key of %1 cannot be used"),
     QT_TRANSLATE_NOOP("Findings",
                       "The record at %3 is not a usable key for this signature: it does not "
                       "parse, is of another type or algorithm, or is too short."),
     {QT_TRANSLATE_NOOP(
         "Findings",
         "Copy the key again from your sending service into the TXT record at %3, in one piece "
         "(long keys are split into several strings of the same record).")}},
    {FindingId::MessageDkimFailMalformed,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 cannot be read"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DKIM-Signature header of %1 (selector %2) is incomplete or invalid, so "
                       "no receiver can check it."),
     {QT_TRANSLATE_NOOP(
         "Findings",
         "Report it to the service or program that signs your mail: its signatures are broken.")}},
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
    {FindingId::MessageDkimNotAligned,
     Severity::Warning,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The message is signed by %1, not by %4"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DKIM signature is valid, but it is made for %1, and the From address "
                       "is at %4. DMARC only counts a signature of the From domain (or its "
                       "organization), so this one does not help the message pass DMARC."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Set up DKIM for %4 at your sending service (a custom or authenticated "
                        "domain), so that it signs with d=%4."),
      QT_TRANSLATE_NOOP("Findings", "Publish the key it gives you in the DNS of %4.")}},
    {FindingId::MessageDkimPass,
     Severity::Pass,
     {FindingArg::Domain, FindingArg::Selector, FindingArg::Name, FindingArg::OrganizationalDomain},
     QT_TRANSLATE_NOOP("Findings", "The DKIM signature of %1 is valid"),
     QT_TRANSLATE_NOOP("Findings",
                       "The signature of %1 (selector %2) matches the message and the key "
                       "published at %3: the message is unchanged since it was signed."),
     {}},
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
    {FindingId::MessageDmarcFailNow,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Policy, FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "The message fails DMARC for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Checked now: neither DKIM nor SPF passed for a domain aligned with the "
                       "From address (%4). The policy of %1 is %2, so receivers only report such "
                       "mail; it still goes to spam more often."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Sign with DKIM for %1 itself, or send through a server that the SPF "
                        "record of %1 allows, with a return address at %1."),
      QT_TRANSLATE_NOOP(
          "Findings", "Once every message passes, raise the policy to quarantine, then reject.")}},
    {FindingId::MessageDmarcFailNowQuarantine,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Policy, FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "The message fails DMARC for %1: spam folder"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Checked now: neither DKIM nor SPF passed for a domain aligned with the From address "
         "(%4). The policy of %1 is %2: receivers put such mail in the spam folder."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Sign with DKIM for %1 itself, or send through a server that the SPF "
                        "record of %1 allows, with a return address at %1.")}},
    {FindingId::MessageDmarcFailNowReject,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Policy, FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "The message fails DMARC for %1: it is refused"),
     QT_TRANSLATE_NOOP("Findings",
                       "Checked now: neither DKIM nor SPF passed for a domain aligned with the "
                       "From address (%4). The policy of %1 is %2: receivers refuse such mail."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Sign with DKIM for %1 itself, or send through a server that the SPF "
                        "record of %1 allows, with a return address at %1.")}},
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
    {FindingId::MessageDmarcPass,
     Severity::Pass,
     {FindingArg::Domain, FindingArg::Policy, FindingArg::Detail, FindingArg::Setting},
     QT_TRANSLATE_NOOP("Findings", "The message passes DMARC for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Checked now: %3 passed for a domain aligned with the From address "
                       "(%4). The policy of %1 is %2."),
     {}},
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
    {FindingId::MessageResultsChangedDmarc,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Name, FindingArg::Result, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "DMARC passed at %1, and fails now"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "%1 wrote down %2=%3 when the message arrived; checked now, it is %4. The message changed "
         "since, or the DNS records of the From domain did (a key, the SPF or the DMARC record)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look at the DKIM and SPF findings above for which check changed.")}},
    {FindingId::MessageResultsChangedDns,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Name, FindingArg::Result, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "%2 passed at %1, and fails now"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 wrote down pass for %2 when the message arrived; checked now, it is %4. "
                       "The message is as it was signed, so the DNS changed since: the key was "
                       "removed, revoked or replaced."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the key was changed on purpose, nothing is wrong with this message; "
                        "keep old keys published for a few days after a change.")}},
    {FindingId::MessageResultsChangedFixed,
     Severity::Info,
     {FindingArg::Host, FindingArg::Name, FindingArg::Result, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "%2 failed at %1, and passes now"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "%1 wrote down %3 for %2 when the message arrived; checked now, it passes. The DNS was "
         "fixed since (a key or record published later), or the receiver could not fetch it then."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send a new test message to confirm that receivers see it pass too.")}},
    {FindingId::MessageResultsChangedMessage,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Name, FindingArg::Result, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "%2 passed at %1, and fails now: the message changed"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 wrote down pass for %2 when the message arrived; checked now, it is %4. "
                       "The copy checked here differs from the one that arrived: it was changed "
                       "after delivery (a forward, an edit, a copy that lost or changed lines)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the original message: in Gmail, \"Show original\" and \"Download "
                        "original\"; in Outlook, the message's source. Copy it whole.")}},
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
    {FindingId::MessageSpfFail,
     Severity::Failure,
     {FindingArg::Address,
      FindingArg::Domain,
      FindingArg::Host,
      FindingArg::Result,
      FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings", "SPF of %2 does not allow the server that sent the message"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message reached the receiver from %1 (%3). The SPF record of %2 does not list that "
         "address and ends in a fail (-all): receivers treat the message as forged. Record: %5."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add the service that sends your mail to the SPF record of %2 (the "
                        "include: it gives in its documentation)."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the address is your web host, your website sends with PHP mail(): make "
                        "it send through your SMTP service instead.")}},
    {FindingId::MessageSpfFailError,
     Severity::Warning,
     {FindingArg::Address,
      FindingArg::Domain,
      FindingArg::Host,
      FindingArg::Result,
      FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings", "SPF of %2 could not be evaluated"),
     QT_TRANSLATE_NOOP("Findings",
                       "The SPF check for %1 gave %4: the record of %2 is broken (a syntax error, "
                       "too many look-ups), or the DNS did not answer. Receivers treat a broken "
                       "record like no record, or worse."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the record of %2 with the domain checks of this program, and fix "
                        "what they report.")}},
    {FindingId::MessageSpfFailNone,
     Severity::Warning,
     {FindingArg::Address,
      FindingArg::Domain,
      FindingArg::Host,
      FindingArg::Result,
      FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings", "SPF of %2 says nothing about the server that sent the message"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message reached the receiver from %1 (%3). The SPF check of %2 gave %4: no record, "
         "or one that neither allows nor refuses that address. SPF cannot help the message."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish an SPF record for %2 that lists the service sending your mail and "
                        "ends in -all or ~all.")}},
    {FindingId::MessageSpfFailSoftfail,
     Severity::Warning,
     {FindingArg::Address,
      FindingArg::Domain,
      FindingArg::Host,
      FindingArg::Result,
      FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings",
                       "SPF of %2 does not quite allow the server that sent the message"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message reached the receiver from %1 (%3). The SPF record of %2 does not list that "
         "address and ends in a soft fail (~all): receivers count it against the message."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add the service that sends your mail to the SPF record of %2 (the "
                        "include: it gives in its documentation).")}},
    {FindingId::MessageSpfPass,
     Severity::Pass,
     {FindingArg::Address,
      FindingArg::Domain,
      FindingArg::Host,
      FindingArg::Result,
      FindingArg::Record},
     QT_TRANSLATE_NOOP("Findings", "SPF of %2 allows the server that sent the message"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message reached the receiver from %1 (%3), which the SPF record "
                       "of %2 allows."),
     {}},
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
