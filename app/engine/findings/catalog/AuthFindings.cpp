#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The auth.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::AuthAppPasswordRequired,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The provider wants an app password, not your normal password"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The server refused the sign-in because the account has two-step "
         "verification, or because the provider blocked a sign-in it found unusual: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Create an app password in your account's security settings (Google: "
                        "myaccount.google.com/apppasswords) and use it instead of your password."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the provider asks you to confirm the sign-in, log in once in a web "
                        "browser and try again.")}},
    {FindingId::AuthBasicDisabled,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Password sign-in is switched off for this account"),
     QT_TRANSLATE_NOOP("Findings",
                       "The provider accepts no user name and password here (SMTP AUTH is disabled "
                       "for the organisation or the mailbox, or basic authentication was retired): "
                       "%3. The password itself may be right."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your Microsoft 365 administrator to enable SMTP AUTH for this mailbox "
                        "(aka.ms/smtp_auth_disabled), or switch to OAuth2."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through the provider's API or a relay service instead.")}},
    {FindingId::AuthCleartextRefused,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The password was not sent: the connection is not encrypted"),
     QT_TRANSLATE_NOOP("Findings",
                       "Signing in to %1 port %2 (%3) would send the password readable by anyone "
                       "on the way, so SMTP Doctor did not sign in."),
     {QT_TRANSLATE_NOOP("Findings", "Choose STARTTLS on port 587, or SSL/TLS on port 465."),
      QT_TRANSLATE_NOOP("Findings",
                        "Only on a network you trust: allow signing in without encryption "
                        "(the checkbox, or --allow-cleartext-auth).")}},
    {FindingId::AuthFailed,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refused the user name or password"),
     QT_TRANSLATE_NOOP("Findings", "The server said: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the user name (often the full e-mail address) and type the password "
                        "again."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the account uses two-step verification, create an app password and use "
                        "it here.")}},
    {FindingId::AuthMechanismUnsupported,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "No common way to sign in with %1 port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server offers the sign-in methods %3, and none of them fits what was "
                       "asked for or what SMTP Doctor can do with these credentials."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Let SMTP Doctor choose the method, or pick one the server offers.")}},
    {FindingId::AuthNotOffered,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 offers no sign-in"),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Its EHLO reply has no AUTH line: this port does not take a user name and "
         "password. It may be a server-to-server port (25), or sign-in is switched off."),
     {QT_TRANSLATE_NOOP(
          "Findings",
          "Use your provider's submission port: 587 with STARTTLS or 465 with SSL/TLS."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the server should relay without a password, ask its administrator to "
                        "allow this machine's address.")}},
    {FindingId::AuthOk,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Signed in to %1 port %2"),
     QT_TRANSLATE_NOOP("Findings", "The server accepted the user name and password (%3)."),
     {}},
    {FindingId::AuthTlsRequired,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings",
                       "The server on %1 port %2 takes a password only over encryption"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server wants the connection encrypted before it accepts a sign-in "
                       "(RFC 3207, RFC 4954). %3"),
     {QT_TRANSLATE_NOOP("Findings", "Choose STARTTLS on port 587, or SSL/TLS on port 465.")}},
};

} // namespace

CatalogGroup Catalog::authFindings()
{
    return {std::begin(entries), std::end(entries)};
}
