// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProviderCatalog;

// One mistake in what the user typed, with the fix that would mend it.
struct InputIssue
{
    QString id;        // an input.* finding id
    QStringList args;  // for the finding's texts
    QString fixedHost; // empty: the host is fine as it is
    std::optional<quint16> fixedPort;
    std::optional<Target::Security> fixedSecurity;

    bool hasFix() const { return !fixedHost.isEmpty() || fixedPort || fixedSecurity; }
};

// Checks the host, port and encryption as typed, before any network work:
// the classic mistakes (a URL, an e-mail address, "host:587", a domain
// instead of its SMTP server, 465 with STARTTLS). Pure: the same input
// always gives the same answer, so the wizard can run it on every key.
class HostInput
{
public:
    struct Result
    {
        QString host;       // what to diagnose: mended where the mistake was certain
        bool usable = true; // false when nothing sensible can be connected to
        QList<InputIssue> issues;
    };

    static Result analyze(const QString &typedHost,
                          int port,
                          Target::Security security,
                          const ProviderCatalog &providers);

    // The ASCII (IDNA) form of a host name, or nullopt when it is not one.
    static std::optional<QString> asciiHostName(const QString &host);
};
