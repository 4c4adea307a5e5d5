#pragma once

#include "report/Report.h"

#include <QByteArray>

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
};
