// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the website probe saw, as PHP on the website's server sees it
// (schema smtp-doctor-probe/1, docs/site-probe.md). Plain data: made by
// SiteAnswerParser, read by VantageView and the reports.
struct SiteAnswer
{
    struct Environment
    {
        QString phpVersion;
        QString sapi;
        QString os;
        QString openssl;
        int maxExecutionTime = 0;
        int deadlineMs = 0;
        QStringList disabledFunctions; // needed functions that are disabled or missing
        QString openBasedir;
        QString opensslCafile;
        QString opensslCapath;
        QString defaultCafile;
        QString defaultCapath;
        QString selinux; // enforcing, permissive, absent, unknown
    };

    struct Certificate
    {
        QString subject;
        QString issuer;
        QStringList names;
        QString notBefore;
        QString notAfter;
        QString sha256; // lower-case hex, no colons
    };

    struct Tls
    {
        QString mode;          // "starttls" or "implicit"
        bool verified = false; // the handshake succeeded with PHP's verification
        QString error;         // PHP's words when it did not
        // After a failed verified handshake: "ok" or "failed" without verification.
        QString withoutVerification;
        QString protocol;
        QString cipher;
        std::optional<Certificate> certificate;
        bool handshakeOk() const { return verified || withoutVerification == QLatin1String("ok"); }
    };

    enum class Outcome { Open, Refused, Filtered, Unreachable, LocalError };

    struct Connect
    {
        QString role; // "target" or "control"
        QString host;
        QString address;
        QString family; // "ipv4" or "ipv6"
        quint16 port = 0;
        Outcome outcome = Outcome::Filtered;
        int error = 0; // errno as PHP reported it
        QString errorText;
        int ms = 0; // when the connect's answer came (ms since the probe's connects began)
        // When the SMTP session on an open port ended, from the same origin
        // as ms; -1 where there was no session.
        int sessionMs = -1;
        QString localAddress;
        QString greeting; // the first line, "220 ..."
        QStringList ehlo;
        bool startTlsOffered = false;
        std::optional<Tls> tls;
        QStringList transcript;
        QString smtpError;
    };

    struct Resolution
    {
        QString role;
        QString host;
        QStringList addresses;
        QString error;
    };

    QString nonce;
    qint64 expires = 0;
    int elapsedMs = 0;
    bool partial = false; // the probe's deadline cut the SMTP steps short
    // Asked to go after its answer: whether the file went (nullopt: not
    // asked, or a probe that does not know the request).
    std::optional<bool> deletedItself;
    Environment environment;
    QList<Resolution> hosts;
    QList<Connect> connects;

    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString &name);
};
