// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/HopTimeline.h"

#include "message/MessageAnalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool HopTimeline::Hop::operator==(const Hop &other) const
{
    return from == other.from && by == other.by && with == other.with && time == other.time
           && delaySeconds == other.delaySeconds && slow == other.slow;
}

HopTimeline HopTimeline::fromMessage(const ParsedMessage &message)
{
    HopTimeline timeline;
    int slowest = -1;
    for (int i = 0; i < message.hops.size(); ++i) {
        const ReceivedHop &received = message.hops.at(i);
        Hop hop;
        hop.from = received.clientDescription();
        hop.by = received.by;
        hop.with = received.with;
        hop.time = received.time;
        if (i > 0 && message.hops.at(i - 1).time.isValid() && received.time.isValid()) {
            hop.delaySeconds = message.hops.at(i - 1).time.secsTo(received.time);
            if (*hop.delaySeconds >= MessageAnalysis::slowHopSeconds
                && (slowest < 0 || *hop.delaySeconds > *timeline.hops.at(slowest).delaySeconds))
                slowest = i;
        }
        timeline.hops.append(hop);
    }
    if (slowest >= 0)
        timeline.hops[slowest].slow = true;
    return timeline;
}

QString HopTimeline::toFact() const
{
    QJsonArray array;
    for (const Hop &hop : hops) {
        QJsonObject object{{QStringLiteral("from"), hop.from},
                           {QStringLiteral("by"), hop.by},
                           {QStringLiteral("with"), hop.with}};
        if (hop.time.isValid())
            object.insert(QStringLiteral("time"), hop.time.toString(Qt::ISODate));
        if (hop.delaySeconds)
            object.insert(QStringLiteral("delay"), double(*hop.delaySeconds));
        if (hop.slow)
            object.insert(QStringLiteral("slow"), true);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<HopTimeline> HopTimeline::fromFact(const QString &fact)
{
    const QJsonDocument document = QJsonDocument::fromJson(fact.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    HopTimeline timeline;
    for (const QJsonValue &value : document.array()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        Hop hop;
        hop.from = object.value(QStringLiteral("from")).toString();
        hop.by = object.value(QStringLiteral("by")).toString();
        hop.with = object.value(QStringLiteral("with")).toString();
        hop.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(),
                                         Qt::ISODate);
        if (object.value(QStringLiteral("delay")).isDouble())
            hop.delaySeconds = qint64(object.value(QStringLiteral("delay")).toDouble());
        hop.slow = object.value(QStringLiteral("slow")).toBool();
        timeline.hops.append(hop);
    }
    return timeline;
}
