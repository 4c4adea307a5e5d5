// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a TXT record read as an SPF record (RFC 7208), as the
// SPF check does: selected, parsed, linted, and every domain-spec and the
// explanation text checked and expanded as macros. The same bytes also go
// through the RDATA parser that reads what libunbound returns.
#include "spf/DnsRecordParser.h"
#include "spf/SpfMacro.h"
#include "spf/SpfMacroContext.h"
#include "spf/SpfRecord.h"

#include <cstdint>

namespace {

SpfMacroContext contextFor(const QString &client)
{
    SpfMacroContext context;
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.client = QHostAddress(client);
    context.helo = QStringLiteral("mx.example.org");
    context.timestamp = 1700000000;
    return context;
}

void expandIfValid(const QString &text, SpfMacro::Scope scope)
{
    static const SpfMacroContext v4 = contextFor(QStringLiteral("192.0.2.3"));
    static const SpfMacroContext v6 = contextFor(QStringLiteral("2001:db8::cb01"));
    if (!SpfMacro::syntaxError(text, scope).isEmpty())
        return;
    SpfMacro::usesValidatedName(text);
    SpfMacro::expand(text, v4);
    SpfMacro::expand(text, v6);
}

void readAsRdata(const QByteArray &bytes)
{
    if (const auto strings = DnsRecordParser::txtStrings(bytes))
        SpfRecord::selectRecords({bytes});
    DnsRecordParser::txt(bytes);
    DnsRecordParser::mx(bytes);
    DnsRecordParser::ptr(bytes);
    DnsRecordParser::address(bytes);
    int end = 0;
    if (const auto name = DnsRecordParser::name(bytes, 0, &end)) {
        if (end < 0 || end > bytes.size())
            abort();
        DnsRecordParser::encodeName(*name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    readAsRdata(bytes);

    SpfRecord::isSpfRecord(bytes);
    // TxtLookup and selectRecords() turn bytes into characters one to one.
    const QString text = QString::fromLatin1(bytes);
    SpfRecord::isSpfRecord(text);
    const SpfRecord record = SpfRecord::parse(text);
    record.errorSummary();
    record.mechanisms();
    record.redirect();
    record.explanation();
    record.lookupTermCount();
    record.permissiveAll();
    for (const SpfTerm &term : record.terms()) {
        if (!term.domainSpec.isEmpty() && term.kind != SpfTerm::Kind::UnknownModifier) {
            SpfMacro::domainSpecError(term.domainSpec);
            expandIfValid(term.domainSpec, SpfMacro::Scope::DomainSpec);
        }
        // ip4/ip6 prefixes as written, against both kinds of client.
        if (!term.network.isNull()) {
            term.network.contains(QHostAddress(QStringLiteral("192.0.2.3")));
            term.network.contains(QHostAddress(QStringLiteral("2001:db8::cb01")));
        }
    }
    // The text an exp= modifier points at (RFC 7208 section 6.2).
    expandIfValid(text, SpfMacro::Scope::Explanation);
    return 0;
}
