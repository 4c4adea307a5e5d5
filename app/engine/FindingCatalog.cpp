#include "FindingCatalog.h"

#include <QCoreApplication>

#include <array>

namespace {

using Severity = Finding::Severity;

struct Entry
{
    const char *id;
    Severity severity;
    const char *title;
    const char *explanation;
    std::array<const char *, 3> advice;
};

// Arguments: %1 host or address, %2 port, %3 a detail (error, server text).
const Entry entries[] = {
    {"dns.nxdomain",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The name %1 does not exist"),
     QT_TRANSLATE_NOOP("Findings",
                       "The DNS answered that there is no host called %1 (NXDOMAIN). "
                       "A server that cannot be found cannot take your mail."),
     {QT_TRANSLATE_NOOP("Findings", "Check the host name for typing errors."),
      QT_TRANSLATE_NOOP("Findings",
                        "Copy the SMTP server name exactly from your mail provider's help pages."),
      nullptr}},
    {"dns.no_address",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The name %1 has no address"),
     QT_TRANSLATE_NOOP("Findings",
                       "The name %1 exists in DNS, but it has neither an IPv4 (A) nor an IPv6 "
                       "(AAAA) address, so there is nothing to connect to."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check that this is the SMTP server's name and not only a domain name."),
      QT_TRANSLATE_NOOP("Findings",
                        "If you manage this domain, add an A record for the mail server."),
      nullptr}},
    {"dns.failure",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "DNS could not answer for %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Looking up %1 failed (%3). The DNS resolver did not give a usable answer, "
                       "so the SMTP server's address is unknown."),
     {QT_TRANSLATE_NOOP("Findings", "Run the check again: a passing DNS fault clears by itself."),
      QT_TRANSLATE_NOOP("Findings",
                        "If it keeps failing, ask whoever runs this machine's DNS resolver, "
                        "or try another resolver."),
      nullptr}},
    {"net.open",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 accepts connections"),
     QT_TRANSLATE_NOOP("Findings", "A TCP connection to %1 port %2 succeeded in %3 ms."),
     {nullptr, nullptr, nullptr}},
    {"net.refused",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 refused the connection"),
     QT_TRANSLATE_NOOP("Findings",
                       "The machine at %1 answered, but nothing listens on port %2, or a firewall "
                       "there rejects the connection (a TCP reset)."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the port number: submission is usually 587 (STARTTLS) or 465 "
                        "(SSL/TLS)."),
      QT_TRANSLATE_NOOP("Findings",
                        "If the port is right, the mail server is down or does not offer this "
                        "port: ask its administrator."),
      nullptr}},
    {"net.filtered",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "No answer from port %2 on %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "Connecting to %1 port %2 got no answer at all within %3 ms. Somewhere on "
                       "the way a firewall silently drops the connection: often the web host "
                       "blocks outgoing mail ports, sometimes the server's own firewall."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask your hosting provider whether outgoing connections to port %2 are "
                        "allowed, and to open them if not."),
      QT_TRANSLATE_NOOP("Findings", "Try another submission port (587, 465 or 2525)."),
      nullptr}},
    {"net.unreachable",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "%1 cannot be reached"),
     QT_TRANSLATE_NOOP("Findings",
                       "This machine has no route to %1 (%3): the network refused to carry the "
                       "connection before it reached the server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If this is an IPv6 address, this machine may have no working IPv6: use "
                        "the server's IPv4 address or name instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check the network connection and any firewall on this machine."),
      nullptr}},
    {"smtp.greeting_ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 greets as a mail server"),
     QT_TRANSLATE_NOOP("Findings", "The server sent its SMTP greeting: %3"),
     {nullptr, nullptr, nullptr}},
    {"smtp.no_greeting",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 connects but never greets"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection was accepted, but no SMTP greeting came within %3 ms. "
                       "Either the port expects encryption from the first byte (SSL/TLS), or the "
                       "server is overloaded or deliberately slow."),
     {QT_TRANSLATE_NOOP("Findings",
                        "If you chose None or STARTTLS on port 465, choose SSL/TLS instead."),
      QT_TRANSLATE_NOOP("Findings",
                        "Otherwise try again later, or ask the server's administrator."),
      nullptr}},
    {"smtp.rejected_greeting",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 refuses to serve you"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted with a refusal: %3. It does not accept mail from this "
                       "machine's address at all, often because of a blocklist."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send the server's own words above to the mail provider and ask why this "
                        "address is refused."),
      QT_TRANSLATE_NOOP("Findings",
                        "Check whether this machine's public address is on a blocklist."),
      nullptr}},
    {"smtp.not_smtp",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 does not speak SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "Something answered on this port, but not with an SMTP greeting: %3"),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the host and port: this may be a web or another service's port."),
      nullptr,
      nullptr}},
    {"smtp.no_reply",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 stopped answering"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server greeted, then gave no reply within %3 ms or closed the "
                       "connection in the middle of the dialogue."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Run the check again; if it persists, send this report to the server's "
                        "administrator."),
      nullptr,
      nullptr}},
    {"smtp.bad_reply",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 sent a reply that breaks SMTP"),
     QT_TRANSLATE_NOOP("Findings",
                       "A reply did not follow the SMTP rules (RFC 5321): %3. A device on the way "
                       "may be tampering with the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Send this report to the server's administrator or to your network's "
                        "administrator."),
      nullptr,
      nullptr}},
    {"tls.ok",
     Severity::Pass,
     QT_TRANSLATE_NOOP("Findings", "Encryption works on %1 port %2"),
     QT_TRANSLATE_NOOP("Findings", "The TLS handshake succeeded: %3."),
     {nullptr, nullptr, nullptr}},
    {"tls.handshake_failed",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The encryption handshake with %1 port %2 failed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The TLS handshake did not complete: %3. Often the security setting does "
                       "not match the port: 465 expects SSL/TLS, 587 expects STARTTLS."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the pair of port and encryption: 587 with STARTTLS, or 465 with "
                        "SSL/TLS."),
      nullptr,
      nullptr}},
    {"tls.untrusted",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is not trusted"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server's certificate is not signed by an authority this machine "
                       "trusts: %3. Something may be intercepting the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check whether an antivirus or a company proxy inspects mail traffic."),
      QT_TRANSLATE_NOOP("Findings", "Ask the mail provider which certificate authority it uses."),
      nullptr}},
    {"tls.self_signed",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is self-signed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server presents a certificate that it signed itself (%3), so nothing "
                       "proves that you are talking to the real server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask the server's administrator to install a certificate from a public "
                        "authority (Let's Encrypt is free)."),
      nullptr,
      nullptr}},
    {"tls.name_mismatch",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of port %2 does not name %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The certificate is valid, but for other names: %3. Mail programs refuse "
                       "such a connection."),
     {QT_TRANSLATE_NOOP("Findings", "Use one of the certificate's own names as the SMTP host."),
      nullptr,
      nullptr}},
    {"tls.expired",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is expired or not yet valid"),
     QT_TRANSLATE_NOOP("Findings", "The certificate's validity period does not include today: %3."),
     {QT_TRANSLATE_NOOP("Findings", "Ask the server's administrator to renew the certificate."),
      QT_TRANSLATE_NOOP("Findings", "Check that this machine's clock is right."),
      nullptr}},
    {"tls.starttls_missing",
     Severity::Failure,
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 does not offer STARTTLS"),
     QT_TRANSLATE_NOOP("Findings",
                       "STARTTLS was chosen, but the server's EHLO reply does not offer it. "
                       "Either the server cannot encrypt on this port, or something on the way "
                       "removes the offer."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Never send a password over this connection: it would travel in clear."),
      QT_TRANSLATE_NOOP("Findings", "Try port 465 with SSL/TLS."),
      nullptr}},
};

const Entry *findEntry(const QString &id)
{
    for (const Entry &entry : entries) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

QString fill(const char *source, const QStringList &args)
{
    // One pass, so that an argument holding "%2" (server text) stays as it is.
    const QString text = QCoreApplication::translate("Findings", source);
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        const int index = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
        if (text.at(i) == QLatin1Char('%') && index >= 1 && index <= args.size()) {
            result += args.at(index - 1);
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

} // namespace

Finding FindingCatalog::make(const QString &id,
                             const QStringList &args,
                             const QStringList &evidence,
                             const QString &check)
{
    Finding finding;
    finding.id = id;
    finding.evidence = evidence;
    finding.check = check;
    const Entry *entry = findEntry(id);
    if (!entry) {
        finding.severity = Severity::Failure;
        finding.title = id;
        return finding;
    }
    finding.severity = entry->severity;
    finding.title = fill(entry->title, args);
    finding.explanation = fill(entry->explanation, args);
    for (const char *step : entry->advice) {
        if (step)
            finding.advice.append(fill(step, args));
    }
    return finding;
}

bool FindingCatalog::isKnown(const QString &id)
{
    return findEntry(id) != nullptr;
}

QStringList FindingCatalog::knownIds()
{
    QStringList ids;
    for (const Entry &entry : entries)
        ids.append(QLatin1String(entry.id));
    return ids;
}
