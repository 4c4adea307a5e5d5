// SPDX-License-Identifier: GPL-3.0-or-later
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
    {FindingId::AuthBasicDisabledConditionalAccess,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "A Conditional Access policy blocks this sign-in"),
     QT_TRANSLATE_NOOP("Findings",
                       "Microsoft 365 refused the sign-in because an Entra ID Conditional Access "
                       "policy does not allow it (for example one that blocks legacy "
                       "authentication): %3. The password itself may be right."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Administrator: in the Entra admin center, look at the sign-in log of this "
                        "account and exclude it from the policy that blocked it, or sign in with "
                        "OAuth2."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through Microsoft Graph or a relay service instead.")}},
    {FindingId::AuthBasicDisabledMailbox,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "SMTP AUTH is switched off for this mailbox"),
     QT_TRANSLATE_NOOP("Findings",
                       "Microsoft 365 accepts no SMTP sign-in for this mailbox, whatever the "
                       "password or token: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Administrator: in the Microsoft 365 admin center, open the user, Mail, "
                        "Manage email apps, and tick Authenticated SMTP (or run Set-CASMailbox "
                        "-Identity <mailbox> -SmtpClientAuthenticationDisabled $false)."),
      QT_TRANSLATE_NOOP("Findings",
                        "The change can take an hour to apply. See aka.ms/smtp_auth_disabled.")}},
    {FindingId::AuthBasicDisabledRetired,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Microsoft 365 no longer accepts a password here"),
     QT_TRANSLATE_NOOP("Findings",
                       "Password sign-in (basic authentication) to SMTP AUTH is retired for this "
                       "organisation: %3. Only OAuth2 sign-in works now."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Sign in with Microsoft (OAuth2) here, and switch your website's mail "
                        "plugin to its Microsoft 365 / OAuth2 mailer."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through Microsoft Graph, High Volume Email or a relay service.")}},
    {FindingId::AuthBasicDisabledSecurityDefaults,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Security defaults block password sign-in to SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "The organisation uses Entra ID security defaults, which refuse every "
                       "password sign-in to SMTP AUTH: %3."),
     {QT_TRANSLATE_NOOP("Findings", "Sign in with OAuth2 instead: security defaults allow it."),
      QT_TRANSLATE_NOOP("Findings",
                        "Administrator: switching security defaults off (Entra admin center, "
                        "Properties) allows passwords again, but weakens every account.")}},
    {FindingId::AuthBasicDisabledTenant,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "SMTP AUTH is switched off for your whole organisation"),
     QT_TRANSLATE_NOOP("Findings",
                       "Microsoft 365 accepts no SMTP sign-in in this organisation, whatever the "
                       "password or token: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Administrator: in the Exchange admin center, Settings, Mail flow, untick "
                        "\"Turn off SMTP AUTH protocol for your organization\" (or run "
                        "Set-TransportConfig -SmtpClientAuthenticationDisabled $false)."),
      QT_TRANSLATE_NOOP(
          "Findings",
          "Or allow it for this one mailbox only (Set-CASMailbox -Identity <mailbox> "
          "-SmtpClientAuthenticationDisabled $false). See aka.ms/smtp_auth_disabled."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or send through Microsoft Graph or a relay service instead.")}},
    {FindingId::AuthBasicDisabledUnsuccessful,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Microsoft 365 refused the sign-in"),
     QT_TRANSLATE_NOOP("Findings",
                       "Microsoft 365 answers 5.7.3 both to a wrong password and to a mailbox "
                       "where password sign-in (SMTP AUTH) is not allowed: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the user name (the full address) and the password by signing in at "
                        "outlook.office.com."),
      QT_TRANSLATE_NOOP("Findings",
                        "If that works, ask your administrator to allow Authenticated SMTP for "
                        "the mailbox (aka.ms/smtp_auth_disabled), or sign in with OAuth2.")}},
    {FindingId::AuthBasicRetiring,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Password sign-in to %1 works today, but is being retired"),
     QT_TRANSLATE_NOOP("Findings",
                       "Microsoft is ending password sign-in (basic authentication) to SMTP AUTH. "
                       "Its schedule, message %3. After that, this sign-in fails with "
                       "550 5.7.30."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Move to OAuth2 now: try \"Sign in with Microsoft\" here, then switch your "
                        "website's mail plugin to its Microsoft 365 / OAuth2 mailer."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the program cannot do OAuth2, plan another way to send: Microsoft "
                        "Graph, High Volume Email or a relay service.")}},
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
    {FindingId::AuthOauthFlowFailed,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The sign-in with %1 did not give a token"),
     QT_TRANSLATE_NOOP("Findings", "The provider's sign-in ended with an error: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "access_denied: the consent was refused; sign in again and accept."),
      QT_TRANSLATE_NOOP("Findings",
                        "invalid_client or unauthorized_client: check the client id (and secret) "
                        "of your app registration, and that it allows this kind of sign-in."),
      QT_TRANSLATE_NOOP("Findings",
                        "redirect_uri_mismatch: register http://127.0.0.1 as a redirect address "
                        "of a desktop (native) client.")}},
    {FindingId::AuthOauthMissingScope,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The token does not allow sending mail on %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The access token lacks the permission (scope) that SMTP needs: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask for the SMTP scope when you get the token (Google: "
                        "https://mail.google.com/; Microsoft: "
                        "https://outlook.office.com/SMTP.Send)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Add that permission to your app registration, then sign in again and "
                        "accept it.")}},
    {FindingId::AuthOauthOk,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Signed in to %1 port %2 with OAuth2"),
     QT_TRANSLATE_NOOP("Findings", "The server accepted the access token (%3)."),
     {}},
    {FindingId::AuthOauthRefused,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refused the access token"),
     QT_TRANSLATE_NOOP("Findings", "The server said: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Get a new token for this account and this server, and check that the "
                        "user name is the account the token was issued to."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check that SMTP AUTH is allowed for the mailbox (Microsoft 365) or that "
                        "the account may use SMTP (Google Workspace).")}},
    {FindingId::AuthOauthTokenExpired,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The access token has expired"),
     QT_TRANSLATE_NOOP("Findings",
                       "The token's expiry time has passed (%3), so %1 refused it. Access tokens "
                       "usually live about an hour."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Get a new access token, or let your program use its refresh token to "
                        "renew it before each sending."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the computer's clock is wrong, set it right: expiry is checked "
                        "against the time.")}},
    {FindingId::AuthOauthWrongAudience,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The token was issued for another service"),
     QT_TRANSLATE_NOOP("Findings",
                       "An access token only works with the service it was issued for (its "
                       "audience): %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask for a token with the mail server's scope: for Microsoft 365, "
                        "https://outlook.office.com/SMTP.Send, not a Microsoft Graph scope "
                        "such as Mail.Send."),
      QT_TRANSLATE_NOOP("Findings",
                        "Then sign in again: the new token carries the right audience.")}},
    {FindingId::AuthOauthWrongUser,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The token belongs to another account"),
     QT_TRANSLATE_NOOP("Findings",
                       "The user name and the account that the token was issued to differ: %3."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Use the token's account as the user name, or sign in again with the "
                        "mailbox you want to send from.")}},
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
