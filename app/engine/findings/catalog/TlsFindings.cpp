// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/catalog/CatalogEntry.h"

#include "findings/FindingIds.h"

#include <QtGlobal>

#include <iterator>

namespace {

using Severity = Finding::Severity;

// The tls.* findings, in id order.
const CatalogEntry entries[] = {
    {FindingId::TlsDaneMismatch,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 does not match its DANE records"),
     QT_TRANSLATE_NOOP("Findings",
                       "TLSA records are published for this server, but none matches the "
                       "certificate it presents. Senders that use DANE refuse to deliver to it; "
                       "usually the certificate was renewed and the TLSA record was not updated."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Publish a TLSA record for the new certificate (keep the old one until "
                        "caches expire), or remove the stale records.")}},
    {FindingId::TlsDaneOk,
     Severity::Pass,
     {FindingArg::Address, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 matches its DANE records"),
     QT_TRANSLATE_NOOP("Findings",
                       "The certificate the server presented matches the published TLSA record "
                       "%3 (RFC 7672): senders that use DANE will trust it."),
     {}},
    {FindingId::TlsExpectsImplicit,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port},
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 expects SSL/TLS from the start"),
     QT_TRANSLATE_NOOP("Findings",
                       "The port stayed silent when spoken to in plain text, but a TLS handshake "
                       "on it succeeds: it expects encryption from the first byte. Mail programs "
                       "then wait for a greeting that never comes, until they time out."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Choose SSL/TLS for port %2 (or use port 587 with STARTTLS).")}},
    {FindingId::TlsExpectsStarttls,
     Severity::Failure,
     {FindingArg::Address, FindingArg::Port},
     QT_TRANSLATE_NOOP("Findings", "Port %2 on %1 expects STARTTLS, not SSL/TLS"),
     QT_TRANSLATE_NOOP("Findings",
                       "SSL/TLS (encryption from the first byte) was chosen, but this port greets "
                       "in plain text and offers encryption afterwards with STARTTLS. Mail "
                       "programs then report \"wrong version number\" or \"unknown protocol\"."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Choose STARTTLS for port %2 (or use port 465 with SSL/TLS).")}},
    {FindingId::TlsExpired,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is expired or not yet valid"),
     QT_TRANSLATE_NOOP("Findings", "The certificate's validity period does not include today: %3."),
     {QT_TRANSLATE_NOOP("Findings", "Ask the server's administrator to renew the certificate."),
      QT_TRANSLATE_NOOP("Findings", "Check that this machine's clock is right.")}},
    {FindingId::TlsHandshakeFailed,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The encryption handshake with %1 port %2 failed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The TLS handshake did not complete: %3. Often the security setting does "
                       "not match the port: 465 expects SSL/TLS, 587 expects STARTTLS."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check the pair of port and encryption: 587 with STARTTLS, or 465 with "
                        "SSL/TLS.")}},
    {FindingId::TlsNameMismatch,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of port %2 does not name %1"),
     QT_TRANSLATE_NOOP("Findings",
                       "The certificate is valid, but for other names: %3. Mail programs refuse "
                       "such a connection."),
     {QT_TRANSLATE_NOOP("Findings", "Use one of the certificate's own names as the SMTP host.")}},
    {FindingId::TlsOk,
     Severity::Pass,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "Encryption works on %1 port %2"),
     QT_TRANSLATE_NOOP("Findings", "The TLS handshake succeeded: %3."),
     {}},
    {FindingId::TlsOldProtocol,
     Severity::Warning,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 uses an old TLS version"),
     QT_TRANSLATE_NOOP("Findings",
                       "The connection was encrypted with %3. TLS 1.0 and 1.1 are broken and "
                       "retired (RFC 8996): up-to-date programs refuse them."),
     {QT_TRANSLATE_NOOP("Findings", "Ask the server's administrator to enable TLS 1.2 or 1.3.")}},
    {FindingId::TlsSelfSigned,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is self-signed"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server presents a certificate that it signed itself (%3), so nothing "
                       "proves that you are talking to the real server."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Ask the server's administrator to install a certificate from a public "
                        "authority (Let's Encrypt is free).")}},
    {FindingId::TlsStarttlsMissing,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The server on %1 port %2 does not offer STARTTLS"),
     QT_TRANSLATE_NOOP("Findings",
                       "STARTTLS was chosen, but the server's EHLO reply does not offer it. "
                       "Either the server cannot encrypt on this port, or something on the way "
                       "removes the offer."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Never send a password over this connection: it would travel in clear."),
      QT_TRANSLATE_NOOP("Findings", "Try port 465 with SSL/TLS.")}},
    {FindingId::TlsUntrusted,
     Severity::Failure,
     {FindingArg::Host, FindingArg::Port, FindingArg::Detail},
     QT_TRANSLATE_NOOP("Findings", "The certificate of %1 port %2 is not trusted"),
     QT_TRANSLATE_NOOP("Findings",
                       "The server's certificate is not signed by an authority this machine "
                       "trusts: %3. Something may be intercepting the connection."),
     {QT_TRANSLATE_NOOP("Findings",
                        "Check whether an antivirus or a company proxy inspects mail traffic."),
      QT_TRANSLATE_NOOP("Findings", "Ask the mail provider which certificate authority it uses.")}},
};

} // namespace

CatalogGroup Catalog::tlsFindings()
{
    return {std::begin(entries), std::end(entries)};
}
