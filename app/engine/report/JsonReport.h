// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The versioned JSON form of a report ("smtp-doctor-report/1"): written by
// the command line tool, read back by the wizard.
class JsonReport
{
public:
    static constexpr const char *schema = "smtp-doctor-report/1";

    static QByteArray write(const Report &report);
    // nullopt, with the reason in `error`, for anything not of our schema.
    static std::optional<Report> read(const QByteArray &json, QString *error);

    // The same, as objects, for the run journal (one finding or event a line).
    static QJsonObject toJson(const Report &report);
    static std::optional<Report> fromJson(const QJsonObject &root, QString *error);
    static QJsonObject findingToJson(const Finding &finding);
    static std::optional<Finding> findingFromJson(const QJsonObject &object);
    static QJsonObject eventToJson(const Event &event);
    static Event eventFromJson(const QJsonObject &object);
};
