// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookupOptions.h"

#include "ServerOptions.h"

#include "core/TargetBuilder.h"

#include <QCommandLineParser>

using Field = TargetBuilder::Field;

LookupOptions::LookupOptions()
    : m_domain(QStringLiteral("domain"),
               tr("The mail domain, such as example.com."),
               QStringLiteral("DOMAIN"))
    , m_resolver(ServerOptions::resolverOption())
    , m_timeout(
          ServerOptions::timeoutOption(tr("Seconds to wait for each DNS answer (default 5).")))
{}

QList<QCommandLineOption> LookupOptions::options() const
{
    return {m_domain, m_resolver, m_timeout};
}

QString LookupOptions::read(const QCommandLineParser &parser)
{
    const QString domain = parser.value(m_domain);
    const auto ascii = TargetBuilder::parseDomain(domain);
    if (!ascii)
        return ServerOptions::describe({Field::Domain, TargetBuilder::domainProblem(domain)});
    m_domainName = *ascii;
    if (parser.isSet(m_resolver)) {
        m_resolverAddress = ResolverAddress::parse(parser.value(m_resolver));
        if (!m_resolverAddress)
            return ServerOptions::describe(
                {Field::Resolver, TargetBuilder::resolverProblem(parser.value(m_resolver))});
    }
    if (parser.isSet(m_timeout)) {
        const auto ms = TargetBuilder::parseTimeoutMs(parser.value(m_timeout));
        if (!ms)
            return ServerOptions::describe(
                {Field::Timeout, TargetBuilder::timeoutProblem(parser.value(m_timeout))});
        m_timeoutMs = *ms;
    }
    return {};
}
