// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The message.* findings read from a message's own headers beside its
// authentication: the receiver's spam verdict (SpamHeaderTable), the
// mailbox providers' sender rules (BulkSenderRules), a From that is not the
// sender (FromAlignment) and mail that left from the web server
// (WebServerOrigin). In id order.
const CatalogEntry entries[] = {
    {FindingId::MessageBulkSenderRules,
     Severity::Warning,
     {FindingArg::Provider, FindingArg::Domain, FindingArg::Detail, FindingArg::Count},
     QT_TRANSLATE_NOOP("Findings", "The message misses what %1 asks of bulk senders"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message went to %2, where %1 sets rules for senders. One message cannot show how "
         "many you send: if you send in bulk (%4 messages a day or more to its users), %1 "
         "requires what this message lacks: %3. Without it, your mail goes to spam or is "
         "refused."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Add what is missing in your sending service's settings (its domain "
                        "authentication, DMARC and unsubscribe options)."),
      QT_TRANSLATE_NOOP("Findings",
                        "The provider's own page, in the evidence, lists every rule and its "
                        "date.")}},
    {FindingId::MessageBulkSenderRulesMet,
     Severity::Pass,
     {FindingArg::Provider, FindingArg::Domain, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The message meets %1's rules for bulk senders"),
     QT_TRANSLATE_NOOP("Findings",
                       "The message went to %2, where %1 sets rules for senders, and it has what "
                       "they ask of bulk senders: %3."),
     {}},
    {FindingId::MessageFromMismatch,
     Severity::Info,
     {FindingArg::Name, FindingArg::Detail, FindingArg::Domain},
     QT_TRANSLATE_NOOP("Findings", "The message is from %1 but was sent by another address"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The From address is %1, and the message names another sender: %2. A sending service "
         "often uses its own bounce address, which is normal; but SPF then checks that "
         "address's domain, and DMARC needs it to share the organizational domain %3 of From "
         "(or a DKIM signature of that domain)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If your service allows it, set a custom bounce (Return-Path) domain "
                        "under %3, so that SPF aligns with From."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise make sure that the message carries a DKIM signature of %3.")}},
    {FindingId::MessageFromMismatchSignedIn,
     Severity::Warning,
     {FindingArg::Name, FindingArg::Typed},
     QT_TRANSLATE_NOOP("Findings", "The From address %1 is not the account %2 that signs in"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message says it is from %1, and the SMTP account is %2. Many providers "
         "do not allow this: Gmail replaces From with the signed-in account unless the "
         "address is a verified \"Send mail as\" alias, and Microsoft 365 refuses the message "
         "(550 5.7.60) unless the account has Send As permission for that address."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send from the account's own address, or sign in with the account of %1."),
      QT_TRANSLATE_NOOP("Findings",
                        "Gmail: add %1 under Settings, Accounts, \"Send mail as\" and verify it "
                        "(support.google.com/mail/answer/22370). Microsoft 365: an administrator "
                        "grants %2 Send As for %1 (learn.microsoft.com, \"Manage permissions for "
                        "recipients in Exchange Online\")."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or, in your site's mail settings, keep From as the signed-in address and "
                        "put %1 in Reply-To.")}},
    {FindingId::MessageSentByWebServer,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The message left from the web server itself"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The message starts at %1, handed over by a program on that server and not by an SMTP "
         "sign-in: %2. A website that sends this way uses PHP's mail() (or sendmail), so an "
         "SMTP plugin is not in use or not set up for this form. Such mail has no DKIM of your "
         "provider and is often refused or filed as spam."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the SMTP plugin's settings and send its test message; in "
                        "WordPress, make sure that the form plugin does not send on its own."),
      QT_TRANSLATE_NOOP("Findings",
                        "The X-PHP-Originating-Script header, where present, names the script "
                        "that sent it.")}},
    {FindingId::MessageSentByWebServerOtherServer,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Detail, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "The message did not go through %3"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The SMTP server given is %3, yet no step of the route names it and nothing signed in: "
         "the message started at %1 (%2). The site still sends another way, usually PHP's "
         "mail() on the web host, so the SMTP settings are not in use."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check that the SMTP plugin is active and that its settings are saved; "
                        "send its test message and check that one."),
      QT_TRANSLATE_NOOP("Findings",
                        "If %3 relays through servers of another name, this can be normal: the "
                        "route is in the evidence.")}},
    {FindingId::MessageSpamVerdict,
     Severity::Info,
     {FindingArg::Provider, FindingArg::Result, FindingArg::Detail, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "%1 did not file the message as spam (%2)"),
     QT_TRANSLATE_NOOP("Findings", "The receiver's own headers (%4) say: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "If the message still went to the spam folder, a rule of the mailbox "
                        "itself moved it: look at the recipient's filters.")}},
    {FindingId::MessageSpamVerdictBulk,
     Severity::Warning,
     {FindingArg::Provider, FindingArg::Result, FindingArg::Detail, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "%1 filed the message as bulk mail (%2)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The receiver's own headers (%4) say: %3 Bulk mail goes to the Junk or "
                       "Promotions folder when recipients complain about it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send only to people who asked for your mail, with a one-click "
                        "unsubscribe, and remove addresses that bounce."),
      QT_TRANSLATE_NOOP("Findings",
                        "Transactional mail (orders, password resets) is better sent apart from "
                        "newsletters, from its own address or service.")}},
    {FindingId::MessageSpamVerdictSkipped,
     Severity::Info,
     {FindingArg::Provider, FindingArg::Result, FindingArg::Detail, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "%1 did not filter the message for spam (%2)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The receiver's own headers (%4) say: %3 A list or rule of the receiver "
                       "decided, so this says nothing about how other receivers will judge it."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Test with a mailbox that has no such rule (a new Gmail or Outlook.com "
                        "address) to see the filters' real verdict.")}},
    {FindingId::MessageSpamVerdictSpam,
     Severity::Warning,
     {FindingArg::Provider, FindingArg::Result, FindingArg::Detail, FindingArg::Name},
     QT_TRANSLATE_NOOP("Findings", "%1 filed the message as spam (%2)"),
     QT_TRANSLATE_NOOP("Findings",
                       "The receiver's own headers (%4) say: %3 The message was delivered to the "
                       "spam folder or quarantined, not to the inbox."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Fix the authentication findings first (SPF, DKIM, DMARC): failing them "
                        "is the most common reason."),
      QT_TRANSLATE_NOOP("Findings",
                        "Then look at the rules or categories listed: each names what counted "
                        "against the message."),
      QT_TRANSLATE_NOOP("Findings",
                        "Microsoft: a recipient can report it as not junk, and a sender can ask "
                        "for a review at sender.office.com if the address is blocked.")}},
};

} // namespace

CatalogGroup Catalog::messageHeaderFindings()
{
    return {std::begin(entries), std::end(entries)};
}
