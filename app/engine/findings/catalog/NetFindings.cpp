// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The net.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::NetCancelledWaiting,
     Severity::Info,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "No answer from port %2 on %1 within %3 s, cancelled"),
     QT_TRANSLATE_NOOP("Findings",
                       "The check was cancelled while the connection to %1 port %2 was still "
                       "waiting, %3 s after it began. The port had not yet answered: whether it "
                       "is open, refused or filtered is not known."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again and let it finish to learn what port %2 does.")}},
    {FindingId::NetControlUnavailable,
     Severity::Info,
     {FindingArg::ControlHost},
     QT_TRANSLATE_NOOP("Findings", "The reference host %1 could not be reached"),
     QT_TRANSLATE_NOOP("Findings",
                       "SMTP Doctor compares the server with a reference host that answers on "
                       "every port. %1 did not answer at all, so a block on this side cannot be "
                       "told from a problem at the server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check this machine's Internet connection, or choose another reference "
                        "host.")}},
    {FindingId::NetFiltered,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "No answer from port %2 on %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Connecting to %1 port %2 got no answer at all within %3 ms. Somewhere on "
                       "the way a firewall silently drops the connection: often the web host "
                       "blocks outgoing mail ports, sometimes the server's own firewall."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider whether outgoing connections to port %2 are "
                        "allowed, and to open them if not."),
      QT_TRANSLATE_NOOP("Findings", "Try another submission port (587, 465 or 2525).")}},
    {FindingId::NetHttpsOnly,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Ports, FindingArg::ControlHost},
     QT_TRANSLATE_NOOP("Findings", "Only web traffic gets out of this network"),
     QT_TRANSLATE_NOOP("Findings",
                       "No SMTP port (%2) answers, neither on %1 nor on the reference host %3, "
                       "but HTTPS (port 443) does. Many web hosts block every mail port."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send mail through your provider's HTTP API instead of SMTP (SendGrid, "
                        "Mailgun, Amazon SES, Brevo, Postmark... all offer one, and mail "
                        "plugins support them)."),
      QT_TRANSLATE_NOOP("Findings", "Or ask your host to open an SMTP port for you.")}},
    {FindingId::NetIntermittent,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Count, FindingArg::Total, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "%1 port %2 failed in %3 of %4 attempts"),
     QT_TRANSLATE_NOOP("Findings",
                       "The same connection, repeated, does not always work: %5. A mail program "
                       "that meets one of these failures reports an error, and the next try may "
                       "work: this is why mail works only sometimes."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider or the server's administrator: it "
                        "shows which attempts failed, when and how."),
      QT_TRANSLATE_NOOP("Findings",
                        "Ask whether a firewall, a connection limit per address or an overloaded "
                        "server is in the way (refused or dropped connections, closed greetings)."),
      QT_TRANSLATE_NOOP("Findings",
                        "Make your application queue mail and retry (a local relay does), so "
                        "that one failed attempt loses no message.")}},
    {FindingId::NetIpv6Broken,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Ports, FindingArg::Family, FindingArg::OtherFamily},
     QT_TRANSLATE_NOOP("Findings", "%3 does not work for %1, %4 does"),
     QT_TRANSLATE_NOOP("Findings",
                       "On port(s) %2, the server's %4 address answers but its %3 address does "
                       "not. Programs that try %3 first (PHP, many mailers) wait until they time "
                       "out, and mail fails only on some machines."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask the server's administrator (or your host, for this machine's %3 "
                        "route) to fix %3, or to remove the %3 DNS record until it works."),
      QT_TRANSLATE_NOOP("Findings",
                        "Meanwhile, make your mail program use %4 only, for example by entering "
                        "the server's %4 address.")}},
    {FindingId::NetOpen,
     Severity::Pass,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 accepts connections"),
     QT_TRANSLATE_NOOP("Findings", "A TCP connection to %1 port %2 succeeded in %3 ms."),
     {}},
    {FindingId::NetOutboundBlocked,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::ControlHost},
     QT_TRANSLATE_NOOP("Findings", "This network blocks outgoing port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "Port %2 fails towards %1 and towards the reference host %3, which always "
                       "answers on it. The block is on this side: this machine's firewall, the "
                       "hosting provider or the local network stops outgoing mail traffic."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider or network administrator to allow outgoing "
                        "connections to port %2."),
      QT_TRANSLATE_NOOP("Findings",
                        "If another port works (see the other findings), switch to it: 465 with "
                        "SSL/TLS, or 2525 where your provider offers it.")}},
    {FindingId::NetRefused,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 refused the connection"),
     QT_TRANSLATE_NOOP("Findings",
                       "The machine at %1 answered, but nothing listens on port %2, or a firewall "
                       "there rejects the connection (a TCP reset)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the port number: submission is usually 587 (STARTTLS) or 465 "
                        "(SSL/TLS)."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the port is right, the mail server is down or does not offer this "
                        "port: ask its administrator.")}},
    {FindingId::NetServerDown,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::ControlHost},
     QT_TRANSLATE_NOOP("Findings",
                       "%1 does not answer on port %2, though this network can reach it"),
     QT_TRANSLATE_NOOP("Findings",
                       "The reference host %3 answers on port %2, so this network lets the "
                       "traffic out; %1 does not answer at all. The server is down, or a firewall "
                       "in front of it drops this machine's connections."),
     {QT_TRANSLATE_NOOP("Findings", "Check the server name and port with your mail provider."),
      QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the mail provider: their server or their firewall "
                        "does not answer.")}},
    {FindingId::NetServerFirewall,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::ControlHost, FindingArg::Ports},
     QT_TRANSLATE_NOOP("Findings", "A firewall at %1 drops port %2"),
     QT_TRANSLATE_NOOP("Findings",
                       "%1 is up: it answers on port(s) %4. The reference host %3 answered on "
                       "port %2, so this network lets port %2 out. Only %1 stays silent on port "
                       "%2: the server's firewall, or one in front of it, drops the connection. "
                       "The block is on the server's side, not on yours."),
     {QT_TRANSLATE_NOOP("Findings", "Use a port that answers: %4."),
      QT_TRANSLATE_NOOP("Findings",
                        "Or ask the server's administrator or mail provider whether port %2 is "
                        "offered, and to open it for your address.")}},
    {FindingId::NetSlowGreeting,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Port, FindingArg::GreetingMs, FindingArg::ConnectMs},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 takes %3 ms to greet"),
     QT_TRANSLATE_NOOP("Findings",
                       "Connecting takes %4 ms, but the SMTP greeting comes only after %3 ms "
                       "(median of the attempts). Servers delay the greeting on purpose against "
                       "spam (tarpitting, greet-pause) or because they are overloaded; a mail "
                       "program with a short timeout gives up before it comes."),
     {QT_TRANSLATE_NOOP("Findings", "Set your mail program's SMTP timeout to 30 seconds or more."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the delay is long or growing, ask the provider whether the server is "
                        "overloaded or holds back connections from your address.")}},
    {FindingId::NetUnreachable,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "%1 cannot be reached"),
     QT_TRANSLATE_NOOP("Findings",
                       "This machine has no route to %1 (%3): the network refused to carry the "
                       "connection before it reached the server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If this is an IPv6 address, this machine may have no working IPv6: use "
                        "the server's IPv4 address or name instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check the network connection and any firewall on this machine.")}},
};

} // namespace

CatalogGroup Catalog::netFindings()
{
    return {std::begin(entries), std::end(entries)};
}
