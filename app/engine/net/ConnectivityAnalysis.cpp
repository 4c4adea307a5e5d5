#include "net/ConnectivityAnalysis.h"

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

QString portList(const QList<quint16> &ports)
{
    QStringList texts;
    for (quint16 port : ports)
        texts.append(QString::number(port));
    return texts.join(QLatin1String(", "));
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
    return Conclusion{QStringLiteral("input.host_is_mail_domain#mx"),
                      {input.host, input.mxTargets.constFirst(), portList(input.smtpPorts)},
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
    return Conclusion{QStringLiteral("net.ipv6_broken"),
                      {input.host, portList(brokenPorts), brokenFamily, working},
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

    const bool bothDone = !target.isEmpty() && !control.isEmpty();
    if (bothDone && !anyOpen(target) && !anyOpen(control)) {
        // The control host answers on every SMTP port by design: the same
        // port failing towards it too means the block is on this side.
        conclusions.append({QStringLiteral("net.outbound_blocked"),
                            {input.host, QString::number(input.chosenPort), input.controlHost},
                            evidence});
    } else if (noneAnswered(target) && anyOpen(control)) {
        conclusions.append({QStringLiteral("net.server_down"),
                            {input.host, QString::number(input.chosenPort), input.controlHost},
                            evidence});
    }

    // Web traffic gets out, no SMTP port does, to either host.
    bool everySmtpPortBlocked = true;
    QStringList smtpEvidence;
    for (quint16 port : input.smtpPorts) {
        const QList<PortCell> targetCells = cellsFor(input.target, port);
        const QList<PortCell> controlCells = cellsFor(input.control, port);
        everySmtpPortBlocked = everySmtpPortBlocked && !anyOpen(targetCells)
                               && !anyOpen(controlCells);
        smtpEvidence += describeAll(controlCells, label);
    }
    if (everySmtpPortBlocked && anyOpen(controlHttps)) {
        conclusions.append({QStringLiteral("net.https_only"),
                            {input.host, portList(input.smtpPorts), input.controlHost},
                            smtpEvidence + describeAll(controlHttps, label)});
    }
    return conclusions;
}
