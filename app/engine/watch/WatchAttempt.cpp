// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/WatchAttempt.h"

QString WatchAttempt::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Connect:
        return QStringLiteral("connect");
    case Phase::Greeting:
        return QStringLiteral("greeting");
    case Phase::Tls:
        return QStringLiteral("tls");
    case Phase::Auth:
        return QStringLiteral("auth");
    }
    return {};
}

QString WatchAttempt::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Connect:
        return tr("Connect");
    case Phase::Greeting:
        return tr("Greeting");
    case Phase::Tls:
        return tr("TLS handshake");
    case Phase::Auth:
        return tr("Sign-in");
    }
    return {};
}
