// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/PortSweep.h"

#include <QStringList>

// Conclusions drawn from the target's port grid and the control host's, a
// pure function of the facts so that every rule has its own unit test:
// which address family is broken, whether the local network blocks SMTP,
// whether the server is down, whether only HTTPS gets out. A block is put
// on this side only when the target and the control host fail alike (both
// dropped, or both reset sooner than a round trip could bring a reset
// back); a reset from the control host proves that the path out is open,
// and then a target that answers on other ports has its own firewall drop
// this one (net.server_firewall), one that answers on none is down.
class ConnectivityAnalysis
{
public:
    struct Conclusion
    {
        QString id;
        QStringList args;
        QStringList evidence;
    };

    struct Input
    {
        QString host;
        quint16 chosenPort = 587;
        QList<quint16> smtpPorts; // every SMTP port swept, the chosen one included
        PortGrid target;
        PortGrid control; // empty when no control host was probed
        QString controlHost;
        QStringList mxTargets; // the host's own MX records, if any
        static constexpr quint16 httpsPort = 443;
    };

    static QList<Conclusion> analyze(const Input &input);

private:
    static std::optional<Conclusion> familyBroken(const Input &input);
    static std::optional<Conclusion> mailDomainTyped(const Input &input);
    static QList<Conclusion> controlComparison(const Input &input);
    static Conclusion targetSideConclusion(const Input &input,
                                           const QStringList &args,
                                           const QStringList &evidence);
};
