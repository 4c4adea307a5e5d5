// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingSubject.h"
#include "site/SiteAnswer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Report;

// One vantage point's view of the mail server, port by port: what this
// computer's diagnosis saw, or what the website saw (its probe's answer or
// a report that smtp-doctor-cli made on the server). VantageMerge compares
// two of them.
struct VantageView
{
    struct Port
    {
        QString address;
        quint16 port = 0;
        SiteAnswer::Outcome outcome = SiteAnswer::Outcome::Filtered;
        int error = 0;
        QString errorText;
        int ms = 0;
        QString greetingName; // the host name in the 220 greeting
        QString certificateSha256;
        QString certificateSubject;
        std::optional<bool> tlsTrusted;   // unknown when no TLS was tried
        std::optional<bool> tlsHandshake; // the handshake, verification aside
        QString tlsError;
    };

    QString host;
    QStringList addresses;
    QString resolveError;
    QList<Port> ports;
    // The website's PHP only.
    QStringList disabledFunctions;
    QString openBasedir;
    QString selinux;
    QString caSetting;        // "openssl.cafile=..." or the default bundle it used
    QList<Port> controlPorts; // the reference host, where it was probed
    QString controlHost;
    bool fromPhp = false;

    static VantageView fromSiteAnswer(const SiteAnswer &answer);
    // The view a report holds from `vantage`: this computer's (a diagnosis
    // run here, or the server's own when smtp-doctor-cli ran there), or
    // the website's that a merge added.
    static VantageView fromReport(const Report &report,
                                  FindingSubject::Vantage vantage = FindingSubject::Vantage::Here);

    // The greeting's host name: "220 mx.example.com ESMTP" -> "mx.example.com".
    static QString greetingName(const QString &greeting);
    const Port *find(const QString &address, quint16 port) const;
};
