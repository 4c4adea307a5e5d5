// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsOptions.h"

#include "ServerOptions.h"

#include "core/TargetBuilder.h"

#include <QCommandLineParser>

using Field = TargetBuilder::Field;

DnsOptions::DnsOptions(const QString &timeoutHelp)
    : m_resolver(ServerOptions::resolverOption())
    , m_timeout(ServerOptions::timeoutOption(timeoutHelp))
{}

QList<QCommandLineOption> DnsOptions::options() const
{
    return {m_resolver, m_timeout};
}

QString DnsOptions::read(const QCommandLineParser &parser)
{
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
