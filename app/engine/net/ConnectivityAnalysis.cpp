// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ConnectivityAnalysis.h"

#include "core/NumberList.h"
#include "findings/FindingIds.h"

#include <algorithm>

namespace {

QList<PortCell> cellsFor(const PortGrid &grid, quint16 port)
{
    QList<PortCell> cells;
    std::copy_if(grid.cbegin(),
                 grid.cend(),
                 std::back_inserter(cells),
                 [port](const PortCell &cell) { return cell.done && cell.port == port; });
    return cells;
}

bool anyOpen(const QList<PortCell> &cells)
{
    return std::any_of(
        cells.cbegin(), cells.cend(), [](const PortCell &cell) { return cell.isOpen(); });
}

// No answer at all: dropped, or unreachable. A reset is an answer.
bool noneAnswered(const QList<PortCell> &cells)
{
    return !cells.isEmpty() && std::all_of(cells.cbegin(), cells.cend(), [](const PortCell &cell) {
        return cell.outcome.kind == ConnectOutcome::Kind::Filtered
               || cell.outcome.kind == ConnectOutcome::Kind::Unreachable;
    });
}

// The fastest completed handshake to this grid's host: one round trip, in
// microseconds.
std::optional<qint64> roundTripUs(const PortGrid &grid)
{
    std::optional<qint64> fastest;
    for (const PortCell &cell : grid) {
        if (cell.done && cell.isOpen() && (!fastest || cell.outcome.microseconds() < *fastest))
            fastest = cell.outcome.microseconds();
    }
    return fastest;
}

// The address families the reference host answered on (any port open). A
// family that reaches nothing there (no IPv6 route, a broken IPv6) fails
// every port alike and says nothing about one port: the comparison leaves
// it out.
QList<QAbstractSocket::NetworkLayerProtocol> familiesAlive(const PortGrid &control)
{
    QList<QAbstractSocket::NetworkLayerProtocol> families;
    for (const PortCell &cell : control) {
        if (cell.isOpen() && !families.contains(cell.address.protocol()))
            families.append(cell.address.protocol());
    }
    return families;
}

QList<PortCell> inFamilies(const QList<PortCell> &cells,
                           const QList<QAbstractSocket::NetworkLayerProtocol> &families)
{
    QList<PortCell> kept;
    std::copy_if(cells.cbegin(), cells.cend(), std::back_inserter(kept), [&](const auto &cell) {
        return families.contains(cell.address.protocol());
    });
    return kept;
}

// How a port failed towards one host, over all its addresses. A reset that
// comes back in less than half the round trip to that host cannot have come
// from there: a firewall on this side sent it. Below a millisecond of round
// trip (a LAN, a namespace) the time of the event loop hides the difference:
// such a reset is taken as the far end's, which never blames this side
// wrongly.
constexpr qint64 minimumTellingRoundTripUs = 1000;

enum class Failure { None, Open, Dropped, LocalReset, RemoteReset, Mixed };

Failure failureOf(const QList<PortCell> &cells, std::optional<qint64> roundTrip)
{
    if (cells.isEmpty())
        return Failure::None;
    if (anyOpen(cells))
        return Failure::Open;
    if (noneAnswered(cells))
        return Failure::Dropped;
    const auto isReset = [](const PortCell &cell) {
        return cell.outcome.kind == ConnectOutcome::Kind::Refused;
    };
    if (!std::all_of(cells.cbegin(), cells.cend(), isReset))
        return Failure::Mixed;
    const bool local = roundTrip && *roundTrip >= minimumTellingRoundTripUs
                       && std::all_of(cells.cbegin(), cells.cend(), [&](const auto &cell) {
                              return 2 * cell.outcome.microseconds() < *roundTrip;
                          });
    return local ? Failure::LocalReset : Failure::RemoteReset;
}

bool blockedHere(Failure failure)
{
    return failure == Failure::Dropped || failure == Failure::LocalReset;
}

QString describe(const PortCell &cell)
{
    if (cell.isOpen())
        return QStringLiteral("%1: open in %2 ms").arg(cell.endpoint()).arg(cell.outcome.elapsedMs);
    return QStringLiteral("%1: %2 after %3 ms")
        .arg(cell.endpoint(), cell.outcome.errorName())
        .arg(cell.outcome.elapsedMs);
}

QStringList describeAll(const QList<PortCell> &cells, const QString &label)
{
    QStringList lines;
    for (const PortCell &cell : cells)
        lines.append(label + describe(cell));
    return lines;
}

} // namespace

QList<ConnectivityAnalysis::Conclusion> ConnectivityAnalysis::analyze(const Input &input)
{
    QList<Conclusion> conclusions;
    if (const auto broken = familyBroken(input))
        conclusions.append(*broken);
    conclusions.append(controlComparison(input));
    if (const auto mailDomain = mailDomainTyped(input))
        conclusions.append(*mailDomain);
    return conclusions;
}

std::optional<ConnectivityAnalysis::Conclusion> ConnectivityAnalysis::mailDomainTyped(
    const Input &input)
{
    // The host receives mail for a domain (it has MX records of its own) and
    // no port of the sweep opens: most likely the domain of the user's
    // address was typed where the provider's submission server was meant.
    if (input.mxTargets.isEmpty() || input.target.isEmpty())
        return std::nullopt;
    if (std::any_of(input.target.cbegin(), input.target.cend(), [](const PortCell &cell) {
            return cell.isOpen();
        }))
        return std::nullopt;
    QStringList evidence{
        QStringLiteral("MX of %1: %2").arg(input.host, input.mxTargets.join(QLatin1String(", ")))};
    evidence += describeAll(input.target, QString());
    return Conclusion{QLatin1String(FindingId::InputHostIsMailDomainMx),
                      {input.host, input.mxTargets.constFirst(), numberList(input.smtpPorts)},
                      evidence};
}

std::optional<ConnectivityAnalysis::Conclusion> ConnectivityAnalysis::familyBroken(
    const Input &input)
{
    // A port that opens on one family and not on the other (RFC 6555 clients
    // may hide it; PHP and many mailers do not, and hang on the broken one).
    QList<quint16> brokenPorts;
    QString brokenFamily;
    QStringList evidence;
    for (quint16 port : input.smtpPorts) {
        QList<PortCell> v4;
        QList<PortCell> v6;
        for (const PortCell &cell : cellsFor(input.target, port))
            (cell.isIPv6() ? v6 : v4).append(cell);
        if (v4.isEmpty() || v6.isEmpty())
            continue;
        const bool v4Works = anyOpen(v4);
        const bool v6Works = anyOpen(v6);
        if (v4Works == v6Works)
            continue;
        brokenPorts.append(port);
        brokenFamily = v4Works ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        evidence += describeAll(v4 + v6, QString());
    }
    if (brokenPorts.isEmpty())
        return std::nullopt;
    const QString working = brokenFamily == QLatin1String("IPv6") ? QStringLiteral("IPv4")
                                                                  : QStringLiteral("IPv6");
    return Conclusion{QLatin1String(FindingId::NetIpv6Broken),
                      {input.host, numberList(brokenPorts), brokenFamily, working},
                      evidence};
}

ConnectivityAnalysis::Conclusion ConnectivityAnalysis::targetSideConclusion(
    const Input &input, const QStringList &args, const QStringList &evidence)
{
    // The target answers on other ports: it is up, and its own firewall (or
    // one in front of it) drops this port. Nothing answers: down, or all
    // of it dropped.
    QList<quint16> openPorts;
    QList<PortCell> openCells;
    for (const PortCell &cell : input.target) {
        if (!cell.isOpen())
            continue;
        openCells.append(cell);
        if (!openPorts.contains(cell.port))
            openPorts.append(cell.port);
    }
    if (openPorts.isEmpty())
        return {QLatin1String(FindingId::NetServerDown), args, evidence};
    return {QLatin1String(FindingId::NetServerFirewall),
            args + QStringList{numberList(openPorts)},
            evidence + describeAll(openCells, QString())};
}

QList<ConnectivityAnalysis::Conclusion> ConnectivityAnalysis::controlComparison(const Input &input)
{
    QList<Conclusion> conclusions;
    if (input.control.isEmpty())
        return conclusions;
    const QList<PortCell> controlHttps = cellsFor(input.control, Input::httpsPort);
    const bool controlAlive = anyOpen(input.control);
    if (!controlAlive)
        return conclusions; // nothing answered on the control host: no reference, no verdict

    const auto families = familiesAlive(input.control);
    const QList<PortCell> target = inFamilies(cellsFor(input.target, input.chosenPort), families);
    const QList<PortCell> control = inFamilies(cellsFor(input.control, input.chosenPort), families);
    const QString label = QStringLiteral("control %1: ").arg(input.controlHost);
    const QStringList evidence = describeAll(target, QString()) + describeAll(control, label)
                                 + describeAll(controlHttps, label);

    // The round trip to the target, where one of its ports opened; else the
    // reference host's, which always has one (controlAlive).
    const std::optional<qint64> controlRoundTrip = roundTripUs(input.control);
    std::optional<qint64> targetRoundTrip = roundTripUs(input.target);
    if (!targetRoundTrip)
        targetRoundTrip = controlRoundTrip;
    const Failure towardsTarget = failureOf(target, targetRoundTrip);
    const Failure towardsControl = failureOf(control, controlRoundTrip);
    const QStringList args{input.host, QString::number(input.chosenPort), input.controlHost};
    if (blockedHere(towardsTarget) && towardsTarget == towardsControl) {
        // The control host answers on every SMTP port by design: the same
        // failure towards it (both dropped, or both reset sooner than a
        // round trip) means the block is on this side.
        conclusions.append({QLatin1String(FindingId::NetOutboundBlocked), args, evidence});
    } else if (towardsTarget == Failure::Dropped
               && (towardsControl == Failure::Open || towardsControl == Failure::RemoteReset)) {
        // A reset from the reference host is an answer from beyond this
        // network: the path out is open, so the target's side drops the port.
        QStringList shown = evidence;
        if (towardsControl == Failure::RemoteReset)
            shown.append(QStringLiteral("the reset from %1 took a round trip (%2 ms): the path "
                                        "out is open")
                             .arg(input.controlHost)
                             .arg(control.constFirst().outcome.elapsedMs));
        conclusions.append(targetSideConclusion(input, args, shown));
    }

    // Web traffic gets out, no SMTP port does, to either host.
    bool everySmtpPortBlocked = true;
    QStringList smtpEvidence;
    for (quint16 port : input.smtpPorts) {
        const QList<PortCell> targetCells = cellsFor(input.target, port);
        const QList<PortCell> controlCells = cellsFor(input.control, port);
        everySmtpPortBlocked = everySmtpPortBlocked && !anyOpen(targetCells)
                               && blockedHere(failureOf(controlCells, controlRoundTrip));
        smtpEvidence += describeAll(controlCells, label);
    }
    if (everySmtpPortBlocked && anyOpen(controlHttps)) {
        conclusions.append({QLatin1String(FindingId::NetHttpsOnly),
                            {input.host, numberList(input.smtpPorts), input.controlHost},
                            smtpEvidence + describeAll(controlHttps, label)});
    }
    return conclusions;
}
