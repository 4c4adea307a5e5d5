// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ResolverComparison.h"

#include <QSet>

namespace {

struct View
{
    bool answered = true; // every lookup got NOERROR or NXDOMAIN
    bool exists = false;
    QSet<QString> addresses;

    QString text() const
    {
        if (!exists)
            return QStringLiteral("NXDOMAIN");
        QStringList sorted(addresses.cbegin(), addresses.cend());
        sorted.sort();
        return sorted.isEmpty() ? QStringLiteral("no address") : sorted.join(QLatin1String(", "));
    }
};

View viewOf(const QList<DnsAnswer> &answers)
{
    View view;
    for (const DnsAnswer &answer : answers) {
        if (answer.status == DnsAnswer::Status::NoError)
            view.exists = true;
        else if (answer.status != DnsAnswer::Status::NxDomain)
            view.answered = false;
        for (const QHostAddress &address : answer.addresses)
            view.addresses.insert(address.toString());
    }
    return view;
}

} // namespace

std::optional<ResolverComparison::Disagreement> ResolverComparison::compare(
    const QList<DnsAnswer> &system, const QList<DnsAnswer> &chosen)
{
    const View systemView = viewOf(system);
    const View chosenView = viewOf(chosen);
    if (system.isEmpty() || chosen.isEmpty() || !systemView.answered || !chosenView.answered)
        return std::nullopt;
    const bool existenceDiffers = systemView.exists != chosenView.exists;
    const bool disjoint = !systemView.addresses.isEmpty() && !chosenView.addresses.isEmpty()
                          && !systemView.addresses.intersects(chosenView.addresses);
    if (!existenceDiffers && !disjoint)
        return std::nullopt;
    QStringList evidence;
    for (const DnsAnswer &answer : system)
        evidence.append(QStringLiteral("system: ") + answer.summary());
    for (const DnsAnswer &answer : chosen)
        evidence.append(QStringLiteral("chosen: ") + answer.summary());
    return Disagreement{systemView.text(), chosenView.text(), evidence};
}
