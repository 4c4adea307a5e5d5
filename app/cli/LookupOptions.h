// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsOptions.h"

#include "core/Target.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QCommandLineParser;

// The options of the DNS-only commands (discover, spf): --domain, and the
// --resolver and --timeout of the server options, read by the same rules.
class LookupOptions
{
    Q_DECLARE_TR_FUNCTIONS(LookupOptions)
public:
    LookupOptions();

    QList<QCommandLineOption> options() const;
    // Returns why the values are unusable, or nothing.
    QString read(const QCommandLineParser &parser);

    QString domain() const { return m_domainName; }
    std::optional<ResolverAddress> resolver() const { return m_dns.resolver(); }
    int timeoutMs() const { return m_dns.timeoutMs(); }

private:
    QCommandLineOption m_domain;
    DnsOptions m_dns;
    QString m_domainName;
};
