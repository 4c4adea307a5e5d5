// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The input.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::InputHostInvalid,
     Severity::Failure,
     {FindingArg::Typed},
     QT_TRANSLATE_NOOP("Findings", "\"%1\" is not a valid server name"),
     QT_TRANSLATE_NOOP("Findings",
                       "A server name is made of letters, digits and hyphens, separated by dots "
                       "(such as smtp.example.com), or is an IP address."),
     {QT_TRANSLATE_NOOP(
         "Findings", "Copy the SMTP server name exactly from your mail provider's help pages.")}},
    {FindingId::InputHostIsEmail,
     Severity::Failure,
     {FindingArg::Typed, FindingArg::Domain, FindingArg::Suggestion},
     QT_TRANSLATE_NOOP("Findings", "The server name is an e-mail address"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" is an e-mail address. The SMTP server is the name of a machine, "
                       "given by the provider of the addresses ending in @%2."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Enter your provider's SMTP server name (for example from its help "
                        "pages, or from the list of providers)."),
      QT_TRANSLATE_NOOP("Findings", "Your e-mail address goes in the user name field, not here.")}},
    {FindingId::InputHostIsMailDomain,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Provider, FindingArg::Suggestion},
     QT_TRANSLATE_NOOP("Findings", "%1 is a mail domain, not its SMTP server"),
     QT_TRANSLATE_NOOP("Findings",
                       "Addresses end in @%1, but %2 sends mail through the server %3. The "
                       "domain itself does not accept mail programs."),
     {QT_TRANSLATE_NOOP("Findings", "Use %3 as the SMTP server.")}},
    // The same finding when the host's own MX records give it away.,
    {FindingId::InputHostIsMailDomainMx,
     Severity::Failure,
     {FindingArg::Domain, FindingArg::Name, FindingArg::Ports},
     QT_TRANSLATE_NOOP("Findings", "%1 receives mail, but is not a server to send through"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 has MX records (its mail goes to %2), and none of the ports %3 opens "
                       "on it: it is a mail domain, not the server your program should send "
                       "through."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Look up your provider's SMTP server name in its help pages, or choose "
                        "your provider in the list.")}},
    {FindingId::InputHostPath,
     Severity::Failure,
     {FindingArg::Typed, FindingArg::Path, FindingArg::Suggestion},
     QT_TRANSLATE_NOOP("Findings", "The server name contains a path (%2)"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" looks like part of a web address. An SMTP server name has no "
                       "slash and no path."),
     {QT_TRANSLATE_NOOP("Findings", "Enter the host name alone: %3.")}},
    {FindingId::InputHostScheme,
     Severity::Failure,
     {FindingArg::Typed, FindingArg::Scheme, FindingArg::Suggestion},
     QT_TRANSLATE_NOOP("Findings", "The server name starts with %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "An SMTP server name is a plain host name such as smtp.example.com, not a "
                       "web address: \"%1\" starts with %2, which most mail programs do not "
                       "understand."),
     {QT_TRANSLATE_NOOP(
         "Findings", "Enter %3 as the server name and choose the encryption in its own field.")}},
    {FindingId::InputHostWhitespace,
     Severity::Warning,
     {FindingArg::Typed, FindingArg::Suggestion},
     QT_TRANSLATE_NOOP("Findings", "The server name contains spaces"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" contains spaces or line breaks, often copied along with the name. "
                       "Many programs then look up a name that does not exist."),
     {QT_TRANSLATE_NOOP("Findings", "Enter the name without spaces: %2.")}},
    {FindingId::InputHostWithPort,
     Severity::Failure,
     {FindingArg::Typed, FindingArg::Suggestion, FindingArg::Port},
     QT_TRANSLATE_NOOP("Findings", "The port is written into the server name"),
     QT_TRANSLATE_NOOP("Findings",
                       "\"%1\" contains the port. Most programs have a field of its own for "
                       "the port, and look up \"%1\" as a name, which does not exist."),
     {QT_TRANSLATE_NOOP("Findings", "Enter %2 as the server and %3 as the port.")}},
    {FindingId::InputPort25Submission,
     Severity::Warning,
     {},
     QT_TRANSLATE_NOOP("Findings", "Port 25 is for servers, not for sending from a website"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port 25 carries mail between mail servers. Many hosting and Internet "
                       "providers block it, and mail providers expect programs to send through "
                       "587 (STARTTLS) or 465 (SSL/TLS) with a password."),
     {QT_TRANSLATE_NOOP("Findings", "Use port 587 with STARTTLS.")}},
    {FindingId::InputPortInvalid,
     Severity::Failure,
     {FindingArg::Typed},
     QT_TRANSLATE_NOOP("Findings", "%1 is not a port number"),
     QT_TRANSLATE_NOOP("Findings", "A port is a whole number from 1 to 65535."),
     {QT_TRANSLATE_NOOP("Findings", "Use 587 with STARTTLS, or 465 with SSL/TLS.")}},
    {FindingId::InputPortSecurityMismatch,
     Severity::Failure,
     {FindingArg::Port, FindingArg::Security},
     QT_TRANSLATE_NOOP("Findings", "Port %1 expects %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port 465 speaks SSL/TLS from the first byte, and port 587 starts in plain "
                       "text and then switches with STARTTLS. The chosen encryption does not "
                       "match port %1: the connection hangs or fails."),
     {QT_TRANSLATE_NOOP("Findings", "Choose %2 for port %1.")}},
};

} // namespace

CatalogGroup Catalog::inputFindings()
{
    return {std::begin(entries), std::end(entries)};
}
