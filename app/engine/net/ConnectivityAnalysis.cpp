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

// The fastest completed handshake to this grid's host: one round trip.
std::optional<qint64> roundTripMs(const PortGrid &grid)
{
    std::optional<qint64> fastest;
    for (const PortCell &cell : grid) {
        if (cell.done && cell.isOpen() && (!fastest || cell.outcome.elapsedMs < *fastest))
            fastest = cell.outcome.elapsedMs;
    }
    return fastest;
}

// How a port failed towards one host, over all its addresses. A reset that
// comes back in less than half the round trip to that host cannot have come
// from there: a firewall on this side sent it. Below a few milliseconds of
// round trip (a LAN, a namespace) whole-millisecond times cannot tell.
constexpr qint64 minimumTellingRoundTripMs = 4;

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
    const bool local = roundTrip && *roundTrip >= minimumTellingRoundTripMs
                       && std::all_of(cells.cbegin(), cells.cend(), [&](const auto &cell) {
                              return 2 * cell.outcome.elapsedMs < *roundTrip;
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

QList<ConnectivityAnalysis::Conclusion> ConnectivityAnalysis::controlComparison(const Input &input)
{
    QList<Conclusion> conclusions;
    if (input.control.isEmpty())
        return conclusions;
    const QList<PortCell> controlHttps = cellsFor(input.control, Input::httpsPort);
    const bool controlAlive = anyOpen(input.control);
    if (!controlAlive)
        return conclusions; // nothing answered on the control host: no reference, no verdict

    const QList<PortCell> target = cellsFor(input.target, input.chosenPort);
    const QList<PortCell> control = cellsFor(input.control, input.chosenPort);
    const QString label = QStringLiteral("control %1: ").arg(input.controlHost);
    const QStringList evidence = describeAll(target, QString()) + describeAll(control, label)
                                 + describeAll(controlHttps, label);

    // The round trip to the target, where one of its ports opened; else the
    // reference host's, which always has one (controlAlive).
    const std::optional<qint64> controlRoundTrip = roundTripMs(input.control);
    std::optional<qint64> targetRoundTrip = roundTripMs(input.target);
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
        conclusions.append({QLatin1String(FindingId::NetServerDown), args, shown});
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
