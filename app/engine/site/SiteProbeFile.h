// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Makes the one-file PHP website probe (docs/site-probe.md) from the
// template in resources/site: the hosts and ports it may test, its expiry
// and a fresh 256-bit key are baked in. Used by `probe create` and by the
// wizard's "Test from your website" step.
class SiteProbeFile
{
    Q_DECLARE_TR_FUNCTIONS(SiteProbeFile)
public:
    static constexpr int defaultValidMinutes = 60;
    static constexpr int maximumValidMinutes = 7 * 24 * 60;

    struct Spec
    {
        QString host;
        quint16 port = 587;
        Target::Security security = Target::Security::StartTls;
        QList<quint16> extraPorts; // beyond the chosen port and 25, 465, 587, 2525
        QString controlHost;       // empty: none
        int validMinutes = defaultValidMinutes;
    };

    struct Made
    {
        QString fileName;  // smtp-doctor-probe-<random>.php
        QByteArray text;   // the PHP source
        QByteArray key;    // 32 raw bytes: a secret, never logged or reported
        QString keyText;   // the key in base64url, as the user copies it
        QDateTime expires; // UTC
    };

    // nullopt with a reason in `error` when the spec is unusable.
    static std::optional<Made> make(const Spec &spec, const QDateTime &now, QString *error);
    // The chosen port first, then 25, 465, 587, 2525 and the extra ones, each once.
    static QList<quint16> probedPorts(const Spec &spec);
    // The ports the probe speaks TLS on from the first byte.
    static QList<quint16> implicitTlsPorts(const Spec &spec);
};
