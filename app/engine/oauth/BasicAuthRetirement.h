// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

// When a provider ends password sign-in to SMTP AUTH, from
// resources/oauth/basic-auth-retirement.json (dated and sourced, so that a
// new schedule is a change of data, not of code). A password sign-in that
// works today on such a provider's server gets auth.basic_retiring.
class BasicAuthRetirement
{
public:
    struct Notice
    {
        QString message;  // the provider's announcement ("MC786329")
        QString updated;  // its last update, ISO date
        QString checked;  // when the row was compared with its sources, ISO date
        QString schedule; // the milestones in words (translated), dates from the table
        QString refusal;  // what the server will answer then
        QString source;   // the first source
    };

    // The notice for `providerId` ("microsoft"), nullopt when the table has
    // none or every milestone lies before `today`.
    static std::optional<Notice> forProvider(const QString &providerId, const QDate &today);
};
