// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "OutputOptions.h"
#include "ServerOptions.h"
#include "SessionOptions.h"

#include "watch/WatchRun.h"

// `smtp-doctor-cli watch --host H --port P --count N --interval S`: the same
// SMTP session repeated, one line per attempt on stderr, then a report with
// the success ratio, latency per phase and what the series says ("works
// sometimes"). Ctrl-C ends the run and still reports what was measured.
class WatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    WatchCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    ServerOptions m_server{ServerOptions::Scope::Session};
    QCommandLineOption m_count;
    QCommandLineOption m_interval;
    SessionOptions m_session;
    QCommandLineOption m_messagesAllowed;
    OutputOptions m_output;

    WatchRun::Settings m_settings;
};
