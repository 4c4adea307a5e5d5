// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

// diagnose's --resolver and --timeout for the commands that only look up
// DNS (discover, spf, message), read by the same rules.
class DnsOptions
{
public:
    // `timeoutHelp`: what the timeout waits for, in that command's words.
    explicit DnsOptions(const QString &timeoutHelp);

    QList<QCommandLineOption> options() const;
    // Returns why the values are unusable, or nothing.
    QString read(const QCommandLineParser &parser);

    std::optional<ResolverAddress> resolver() const { return m_resolverAddress; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QCommandLineOption m_resolver;
    QCommandLineOption m_timeout;
    std::optional<ResolverAddress> m_resolverAddress;
    int m_timeoutMs = 5000;
};
