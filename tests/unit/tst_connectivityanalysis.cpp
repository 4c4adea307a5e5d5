// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectivityAnalysis.h"

#include <QTest>

#include <cerrno>

using Kind = ConnectOutcome::Kind;

namespace {

// `elapsedMs` < 0: 2 s for a drop (the deadline), 40 ms (a round trip) otherwise.
PortCell cell(const char *address, quint16 port, Kind kind, qint64 elapsedMs = -1)
{
    ConnectOutcome outcome;
    outcome.kind = kind;
    outcome.error = kind == Kind::Refused       ? ECONNREFUSED
                    : kind == Kind::Unreachable ? EHOSTUNREACH
                                                : 0;
    outcome.elapsedMs = elapsedMs >= 0 ? elapsedMs : kind == Kind::Filtered ? 2000 : 40;
    return PortCell{QHostAddress(QString::fromLatin1(address)), port, true, outcome};
}

// A time measured by the connector, in microseconds.
PortCell cellUs(const char *address, quint16 port, Kind kind, qint64 elapsedUs, int error = 0)
{
    PortCell made = cell(address, port, kind, elapsedUs / 1000);
    made.outcome.elapsedUs = elapsedUs;
    if (error != 0)
        made.outcome.error = error;
    return made;
}

QStringList ids(const QList<ConnectivityAnalysis::Conclusion> &conclusions)
{
    QStringList list;
    for (const auto &conclusion : conclusions)
        list.append(conclusion.id);
    return list;
}

ConnectivityAnalysis::Input input(const PortGrid &target, const PortGrid &control = {})
{
    ConnectivityAnalysis::Input in;
    in.host = "mail.example.com";
    in.chosenPort = 587;
    in.smtpPorts = {587, 465};
    in.target = target;
    in.control = control;
    in.controlHost = control.isEmpty() ? QString() : QStringLiteral("control.example.net");
    return in;
}

// A control host that answers everywhere, as portquiz.net does.
PortGrid healthyControl()
{
    return {cell("198.51.100.7", 587, Kind::Open),
            cell("198.51.100.7", 465, Kind::Open),
            cell("198.51.100.7", 443, Kind::Open)};
}

} // namespace

class TestConnectivityAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void allGood();
    void ipv6Broken();
    void ipv4Broken();
    void bothFamiliesFailingIsNotAFamilyProblem();
    void outboundBlocked();
    void outboundBlockedByReset();
    void referenceResetProvesThePathOpen();
    void localResetOnALan();
    void lanTooFastToTell();
    void familyWithoutRouteIsLeftOut();
    void resetsFromBothFarEndsAreNoBlock();
    void differentFailuresAreNoBlock();
    void referenceResetsAreNotHttpsOnly();
    void serverDown();
    void refusedIsNotServerDown();
    void httpsOnly();
    void deadControlProvesNothing();
    void noControlNoComparison();
    void mailDomainTyped();
};

void TestConnectivityAnalysis::allGood()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Open), cell("2001:db8::1", 587, Kind::Open)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, healthyControl())).isEmpty());
}

void TestConnectivityAnalysis::ipv6Broken()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Open),
                          cell("2001:db8::1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Open),
                          cell("2001:db8::1", 465, Kind::Open)};
    const auto conclusions = ConnectivityAnalysis::analyze(input(target));
    QCOMPARE(ids(conclusions), QStringList{"net.ipv6_broken"});
    // Only 587 is broken; IPv6 fails, IPv4 works.
    QCOMPARE(conclusions.at(0).args, QStringList({"mail.example.com", "587", "IPv6", "IPv4"}));
    QCOMPARE(conclusions.at(0).evidence.size(), 2);
}

void TestConnectivityAnalysis::ipv4Broken()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Unreachable),
                          cell("2001:db8::1", 587, Kind::Open)};
    const auto conclusions = ConnectivityAnalysis::analyze(input(target));
    QCOMPARE(ids(conclusions), QStringList{"net.ipv6_broken"});
    QCOMPARE(conclusions.at(0).args.at(2), QStringLiteral("IPv4"));
}

void TestConnectivityAnalysis::bothFamiliesFailingIsNotAFamilyProblem()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("2001:db8::1", 587, Kind::Filtered)};
    QVERIFY(!ids(ConnectivityAnalysis::analyze(input(target))).contains("net.ipv6_broken"));
}

void TestConnectivityAnalysis::outboundBlocked()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Open)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Filtered),
                           cell("198.51.100.7", 465, Kind::Open),
                           cell("198.51.100.7", 443, Kind::Open)};
    const auto conclusions = ConnectivityAnalysis::analyze(input(target, control));
    QCOMPARE(ids(conclusions), QStringList{"net.outbound_blocked"});
    QCOMPARE(conclusions.at(0).args,
             QStringList({"mail.example.com", "587", "control.example.net"}));
    QVERIFY(conclusions.at(0).evidence.join('\n').contains(
        "control control.example.net: 198.51.100.7 port 587"));
}

void TestConnectivityAnalysis::outboundBlockedByReset()
{
    // A local firewall that rejects with a reset blocks just the same: both
    // resets come back at once, far sooner than the 40 ms round trip.
    const PortGrid target{cell("192.0.2.1", 587, Kind::Refused, 0),
                          cell("192.0.2.1", 465, Kind::Open)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Refused, 1),
                           cell("198.51.100.7", 465, Kind::Open),
                           cell("198.51.100.7", 443, Kind::Open)};
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(target, control))),
             QStringList{"net.outbound_blocked"});

    // With no open port on the target, the reference host's round trip
    // tells a local reset from a far one.
    const PortGrid closedTarget{cell("192.0.2.1", 587, Kind::Refused, 0)};
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(closedTarget, control))),
             QStringList{"net.outbound_blocked"});
}

void TestConnectivityAnalysis::referenceResetProvesThePathOpen()
{
    // Issue 15, point 10: the server's firewall drops 587, the reference
    // host answers 587 with a reset a round trip away. The path out is open:
    // the difference is on the server's side.
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Open)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Refused, 38),
                           cell("198.51.100.7", 465, Kind::Open),
                           cell("198.51.100.7", 443, Kind::Open)};
    const auto conclusions = ConnectivityAnalysis::analyze(input(target, control));
    // The target answers on 465: it is up, its firewall drops 587.
    QCOMPARE(ids(conclusions), QStringList{"net.server_firewall"});
    QCOMPARE(conclusions.at(0).args,
             QStringList({"mail.example.com", "587", "control.example.net", "465"}));
    const QString evidence = conclusions.at(0).evidence.join('\n');
    QVERIFY(evidence.contains("the path out is open"));
    QVERIFY(evidence.contains("192.0.2.1 port 465: open"));
}

void TestConnectivityAnalysis::localResetOnALan()
{
    // A firewall on this machine rejects 587 with a reset: it comes back in
    // tens of microseconds, while a handshake with either host takes 1.5 ms
    // and more. Whole milliseconds would read both as 0 or 1 ms.
    const PortGrid target{cellUs("192.0.2.1", 587, Kind::Refused, 30),
                          cellUs("192.0.2.1", 465, Kind::Open, 1500)};
    const PortGrid control{cellUs("198.51.100.7", 587, Kind::Refused, 25),
                           cellUs("198.51.100.7", 465, Kind::Open, 1800),
                           cellUs("198.51.100.7", 443, Kind::Open, 1900)};
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(target, control))),
             QStringList{"net.outbound_blocked"});

    // The same resets a round trip away are the far ends' own: no block.
    const PortGrid farTarget{cellUs("192.0.2.1", 587, Kind::Refused, 1450),
                             cellUs("192.0.2.1", 465, Kind::Open, 1500)};
    const PortGrid farControl{cellUs("198.51.100.7", 587, Kind::Refused, 1750),
                              cellUs("198.51.100.7", 465, Kind::Open, 1800),
                              cellUs("198.51.100.7", 443, Kind::Open, 1900)};
    QVERIFY(ConnectivityAnalysis::analyze(input(farTarget, farControl)).isEmpty());
}

void TestConnectivityAnalysis::lanTooFastToTell()
{
    // Round trips under a millisecond: a reset at 20 us cannot be told from
    // the far end's, so nothing is blamed on this side.
    const PortGrid target{cellUs("192.0.2.1", 587, Kind::Refused, 20),
                          cellUs("192.0.2.1", 465, Kind::Open, 300)};
    const PortGrid control{cellUs("198.51.100.7", 587, Kind::Refused, 20),
                           cellUs("198.51.100.7", 465, Kind::Open, 300),
                           cellUs("198.51.100.7", 443, Kind::Open, 300)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, control)).isEmpty());
}

void TestConnectivityAnalysis::familyWithoutRouteIsLeftOut()
{
    // This machine has no IPv6 route: every IPv6 connect fails at once with
    // ENETUNREACH, to both hosts, on every port. That says nothing about
    // 587; over IPv4 both resets come back at once: blocked here.
    const PortGrid target{cellUs("192.0.2.1", 587, Kind::Refused, 40),
                          cellUs("2001:db8::1", 587, Kind::Unreachable, 10, ENETUNREACH),
                          cellUs("192.0.2.1", 465, Kind::Open, 30000),
                          cellUs("2001:db8::1", 465, Kind::Unreachable, 10, ENETUNREACH)};
    const PortGrid control{cellUs("198.51.100.7", 587, Kind::Refused, 35),
                           cellUs("2001:db8:7::7", 587, Kind::Unreachable, 10, ENETUNREACH),
                           cellUs("198.51.100.7", 465, Kind::Open, 32000),
                           cellUs("2001:db8:7::7", 465, Kind::Unreachable, 10, ENETUNREACH),
                           cellUs("198.51.100.7", 443, Kind::Open, 31000),
                           cellUs("2001:db8:7::7", 443, Kind::Unreachable, 10, ENETUNREACH)};
    // (The server's IPv6 not working from here is a finding of its own.)
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(target, control))),
             QStringList({"net.ipv6_broken", "net.outbound_blocked"}));
}

void TestConnectivityAnalysis::resetsFromBothFarEndsAreNoBlock()
{
    // Both hosts reset a round trip away: each answered itself, nothing
    // here blocks (net.refused tells of the target).
    const PortGrid target{cell("192.0.2.1", 587, Kind::Refused, 35),
                          cell("192.0.2.1", 465, Kind::Open, 35)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Refused, 41),
                           cell("198.51.100.7", 465, Kind::Open),
                           cell("198.51.100.7", 443, Kind::Open)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, control)).isEmpty());
}

void TestConnectivityAnalysis::differentFailuresAreNoBlock()
{
    // Dropped towards the target, reset at once towards the reference host:
    // not the same block, so no verdict on this side or the other.
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Open)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Refused, 0),
                           cell("198.51.100.7", 465, Kind::Open),
                           cell("198.51.100.7", 443, Kind::Open)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, control)).isEmpty());

    // And the other way round: the target resets at once, the reference drops.
    const PortGrid resetTarget{cell("192.0.2.1", 587, Kind::Refused, 0),
                               cell("192.0.2.1", 465, Kind::Open)};
    const PortGrid droppingControl{cell("198.51.100.7", 587, Kind::Filtered),
                                   cell("198.51.100.7", 465, Kind::Open),
                                   cell("198.51.100.7", 443, Kind::Open)};
    QVERIFY(!ids(ConnectivityAnalysis::analyze(input(resetTarget, droppingControl)))
                 .contains("net.outbound_blocked"));
}

void TestConnectivityAnalysis::referenceResetsAreNotHttpsOnly()
{
    // The reference host resets every SMTP port from afar: SMTP gets out.
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Filtered)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Refused, 40),
                           cell("198.51.100.7", 465, Kind::Refused, 40),
                           cell("198.51.100.7", 443, Kind::Open)};
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(target, control))),
             QStringList{"net.server_down"});
}

void TestConnectivityAnalysis::serverDown()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Filtered)};
    QCOMPARE(ids(ConnectivityAnalysis::analyze(input(target, healthyControl()))),
             QStringList{"net.server_down"});
}

void TestConnectivityAnalysis::refusedIsNotServerDown()
{
    // A reset is an answer: the machine is up, nothing listens (net.refused says so).
    const PortGrid target{cell("192.0.2.1", 587, Kind::Refused),
                          cell("192.0.2.1", 465, Kind::Open)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, healthyControl())).isEmpty());
}

void TestConnectivityAnalysis::httpsOnly()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered),
                          cell("192.0.2.1", 465, Kind::Filtered)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Filtered),
                           cell("198.51.100.7", 465, Kind::Filtered),
                           cell("198.51.100.7", 443, Kind::Open)};
    const QStringList found = ids(ConnectivityAnalysis::analyze(input(target, control)));
    QCOMPARE(found, QStringList({"net.outbound_blocked", "net.https_only"}));
}

void TestConnectivityAnalysis::deadControlProvesNothing()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered)};
    const PortGrid control{cell("198.51.100.7", 587, Kind::Filtered),
                           cell("198.51.100.7", 443, Kind::Filtered)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target, control)).isEmpty());
}

void TestConnectivityAnalysis::noControlNoComparison()
{
    const PortGrid target{cell("192.0.2.1", 587, Kind::Filtered)};
    QVERIFY(ConnectivityAnalysis::analyze(input(target)).isEmpty());
}

void TestConnectivityAnalysis::mailDomainTyped()
{
    const PortGrid closed{cell("192.0.2.1", 587, Kind::Refused),
                          cell("192.0.2.1", 465, Kind::Filtered)};
    ConnectivityAnalysis::Input in = input(closed);
    in.mxTargets = {"mx1.example.com"};
    const auto conclusions = ConnectivityAnalysis::analyze(in);
    QCOMPARE(ids(conclusions), QStringList{"input.host_is_mail_domain#mx"});
    QCOMPARE(conclusions.at(0).args,
             QStringList({"mail.example.com", "mx1.example.com", "587, 465"}));

    // A host that receives mail and also accepts submissions is fine.
    in.target = {cell("192.0.2.1", 587, Kind::Open)};
    QVERIFY(ConnectivityAnalysis::analyze(in).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectivityAnalysis)
#include "tst_connectivityanalysis.moc"
