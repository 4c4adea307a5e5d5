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
    , m_dns(tr("Seconds to wait for each DNS answer (default 5)."))
{}

QList<QCommandLineOption> LookupOptions::options() const
{
    return QList<QCommandLineOption>{m_domain} + m_dns.options();
}

QString LookupOptions::read(const QCommandLineParser &parser)
{
    const QString domain = parser.value(m_domain);
    const auto ascii = TargetBuilder::parseDomain(domain);
    if (!ascii)
        return ServerOptions::describe({Field::Domain, TargetBuilder::domainProblem(domain)});
    m_domainName = *ascii;
    return m_dns.read(parser);
}
