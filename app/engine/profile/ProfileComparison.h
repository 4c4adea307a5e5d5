// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "report/Report.h"
#include "core/Target.h"

#include <QList>

// The main connection profile and a backup one, tried in the same run,
// side by side: how far each got (connection, TLS, sign-in, test message)
// and which one works. Pure: it reads findings, it probes nothing.
class ProfileComparison
{
public:
    // One profile's column. Each step holds the finding id that decided it
    // ("net.open", "auth.failed"...), or is empty when the step was not tried.
    struct Column
    {
        Target target;
        QString connection;
        QString tls;
        QString signIn;
        QString message;
        bool works = false;
    };

    static Column summarize(const Target &target, const QList<Finding> &findings);
    // "profile.both_work", "profile.backup_works", "profile.main_only" or
    // "profile.neither_works", with the two columns as evidence.
    static Finding compare(const Column &main, const Column &backup);
    // The main report with the backup's findings and events (their check
    // named "backup.<check>") and the comparison finding added.
    static Report merge(const Report &main, const Report &backup);
    // "smtp.example.com port 465 (SSL/TLS)", for texts.
    static QString describe(const Target &target);
};
