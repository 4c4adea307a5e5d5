// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/RepeatedFindings.h"

#include <algorithm>

namespace {

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.id == b.id && a.severity == b.severity && a.title == b.title && a.subject == b.subject;
}

bool isDescribable(const FindingSubject &subject)
{
    return subject.port != 0 || !subject.address.isEmpty() || !subject.host.isEmpty();
}

// What tells the members of a collapsed finding apart, for its title.
enum class Difference { None, Port, Address, Several };

Difference differenceOf(const QList<Finding> &members)
{
    const FindingSubject &first = members.constFirst().subject;
    bool port = false;
    bool address = false;
    bool host = false;
    for (const Finding &member : members) {
        port = port || member.subject.port != first.port;
        address = address || member.subject.address != first.address;
        host = host || member.subject.host != first.host;
    }
    if (port && !address && !host)
        return Difference::Port;
    if (address && !port)
        return Difference::Address;
    return port || address || host ? Difference::Several : Difference::None;
}

} // namespace

QString RepeatedFindings::listText(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2", "a list: the items but the last, then the last")
        .arg(items.mid(0, items.size() - 1).join(tr(", ", "between the items of a list")),
             items.constLast());
}

bool RepeatedFindings::sameKind(const Finding &a, const Finding &b)
{
    return a.id == b.id && a.advice == b.advice && a.subject.vantage == b.subject.vantage;
}

Finding RepeatedFindings::merged(const QList<Finding> &members)
{
    // The worst one speaks; the first made among equals.
    const auto worst = std::min_element(
        members.cbegin(), members.cend(), [](const Finding &a, const Finding &b) {
            return isWorse(a.severity, b.severity);
        });
    Finding face = *worst;
    const Difference difference = differenceOf(members);
    QStringList others;
    face.evidence.clear();
    for (const Finding &member : members) {
        for (const QString &line : member.evidence) {
            if (!face.evidence.contains(line))
                face.evidence.append(line);
        }
        if (&member == &*worst)
            continue;
        const FindingSubject &subject = member.subject;
        QString label;
        switch (difference) {
        case Difference::Port:
            label = QString::number(subject.port);
            break;
        case Difference::Address:
            label = subject.address;
            break;
        case Difference::Several: {
            const QString where = subject.address.isEmpty() ? subject.host : subject.address;
            label = subject.port == 0 ? where : tr("%1 port %2").arg(where).arg(subject.port);
            break;
        }
        case Difference::None:
            break;
        }
        if (!others.contains(label))
            others.append(label);
    }
    const int count = int(others.size());
    const QString list = listText(others);
    switch (difference) {
    case Difference::Port:
        face.title = tr("%1; the same on %n more port(s): %2", nullptr, count)
                         .arg(face.title, list);
        break;
    case Difference::Address:
        face.title = tr("%1; the same on %n more address(es): %2", nullptr, count)
                         .arg(face.title, list);
        break;
    case Difference::Several:
    case Difference::None:
        face.title = tr("%1; the same for %n more: %2", nullptr, count).arg(face.title, list);
        break;
    }
    return face;
}

QList<Finding> RepeatedFindings::collapse(const QList<Finding> &findings)
{
    QList<Finding> distinct;
    for (const Finding &finding : findings) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const Finding &f) {
            return sameFinding(f, finding);
        });
        if (!seen)
            distinct.append(finding);
    }
    // Kinds in the order their first finding came; a finding without a
    // subject that tells it apart (no port, no address, no host) stays alone.
    QList<QList<Finding>> kinds;
    for (const Finding &finding : std::as_const(distinct)) {
        auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const QList<Finding> &members) {
            const bool sameSubject = std::any_of(
                members.cbegin(), members.cend(), [&](const Finding &member) {
                    return member.subject == finding.subject;
                });
            return isDescribable(finding.subject) && sameKind(members.constFirst(), finding)
                   && !sameSubject;
        });
        if (kind == kinds.end())
            kinds.append({finding});
        else
            kind->append(finding);
    }
    QList<Finding> collapsed;
    for (const QList<Finding> &members : std::as_const(kinds))
        collapsed.append(members.size() == 1 ? members.constFirst() : merged(members));
    return collapsed;
}
