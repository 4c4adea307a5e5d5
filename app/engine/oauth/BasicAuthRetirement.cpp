// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/BasicAuthRetirement.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// The kinds of milestone the table may name, in words; its dates stay data.
QString milestoneText(const QString &what, const QString &when)
{
    if (what == QLatin1String("disabled_by_default"))
        return QCoreApplication::translate("BasicAuthRetirement",
                                           "from %1, switched off by default for existing "
                                           "organisations (an administrator can switch it back on)")
            .arg(when);
    if (what == QLatin1String("new_tenants_oauth_only"))
        return QCoreApplication::translate("BasicAuthRetirement",
                                           "from %1, OAuth only for new organisations")
            .arg(when);
    if (what == QLatin1String("final_removal"))
        return QCoreApplication::translate("BasicAuthRetirement", "removed for good %1").arg(when);
    return QStringLiteral("%1: %2").arg(when, what);
}

// "2026-12-31", or the table's approximation ("2027-H2": the second half of 2027).
QString whenText(const QJsonObject &milestone)
{
    const QString approximate = milestone.value(QLatin1String("approximate")).toString();
    if (approximate.endsWith(QLatin1String("-H2")) || approximate.endsWith(QLatin1String("-H1"))) {
        const QString year = approximate.left(4);
        return approximate.endsWith(QLatin1String("H2"))
                   ? QCoreApplication::translate("BasicAuthRetirement",
                                                 "in the second half of %1 (date to be announced)")
                         .arg(year)
                   : QCoreApplication::translate("BasicAuthRetirement",
                                                 "in the first half of %1 (date to be announced)")
                         .arg(year);
    }
    return milestone.value(QLatin1String("date")).toString();
}

} // namespace

std::optional<BasicAuthRetirement::Notice> BasicAuthRetirement::forProvider(
    const QString &providerId, const QDate &today)
{
    QFile file(QStringLiteral(":/oauth/basic-auth-retirement.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the basic authentication retirement table is missing from the resources");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(QLatin1String("schedules")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QLatin1String("provider")).toString() != providerId)
            continue;
        QStringList milestones;
        bool ahead = false;
        for (const QJsonValue &item : row.value(QLatin1String("milestones")).toArray()) {
            const QJsonObject milestone = item.toObject();
            const QDate date = QDate::fromString(milestone.value(QLatin1String("date")).toString(),
                                                 Qt::ISODate);
            ahead = ahead || !date.isValid() || date >= today;
            milestones.append(milestoneText(milestone.value(QLatin1String("what")).toString(),
                                            whenText(milestone)));
        }
        if (!ahead)
            return std::nullopt;
        return Notice{row.value(QLatin1String("message")).toString(),
                      row.value(QLatin1String("updated")).toString(),
                      row.value(QLatin1String("checked")).toString(),
                      milestones.join(QLatin1String("; ")),
                      row.value(QLatin1String("refusal")).toString(),
                      row.value(QLatin1String("sources")).toArray().first().toString()};
    }
    return std::nullopt;
}
