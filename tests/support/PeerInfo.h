// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// What tests/peers/peerctl.py wrote about a running test peer: its ports
// and extras (CA file, test credentials). Started by a CTest fixture.
struct PeerInfo
{
    QJsonObject json;

    bool isValid() const { return !json.isEmpty(); }
    quint16 port(const QString &key) const
    {
        return static_cast<quint16>(
            json.value(QStringLiteral("ports")).toObject().value(key).toInt());
    }
    QString value(const QString &key) const { return json.value(key).toString(); }

    // SMTP_DOCTOR_PEER_DIR_OVERRIDE lets two ctest runs in one build tree
    // keep their peers apart (peerctl.py and netlab.py honour it too).
    static QString stateDir()
    {
        const QString override = qEnvironmentVariable("SMTP_DOCTOR_PEER_DIR_OVERRIDE");
        return override.isEmpty() ? qEnvironmentVariable("SMTP_DOCTOR_PEER_DIR") : override;
    }
    static PeerInfo load(const QString &name)
    {
        QFile file(stateDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return {QJsonDocument::fromJson(file.readAll()).object()};
    }
};

// Under ctest (which starts the peer as a fixture) a missing peer fails the
// test; run by hand without the fixture, the test skips and says why.
#define REQUIRE_PEER(variable, name) \
    const PeerInfo variable = PeerInfo::load(QStringLiteral(name)); \
    if (!variable.isValid()) { \
        if (!PeerInfo::stateDir().isEmpty()) \
            QFAIL("test peer '" name "' did not start: see its log in SMTP_DOCTOR_PEER_DIR"); \
        QSKIP("test peer '" name \
              "' is not running: run this test through ctest, which starts it"); \
    }
