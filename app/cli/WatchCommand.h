#pragma once

#include <QCoreApplication>
#include <QStringList>

// `smtp-doctor-cli watch --host H --port P --count N --interval S`: the same
// SMTP session repeated, one line per attempt on stderr, then a report with
// the success ratio, latency per phase and what the series says ("works
// sometimes"). Ctrl-C ends the run and still reports what was measured.
class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    // Returns the exit status: 0 no failure, 1 a failure, 2 unusable arguments.
    static int run(const QStringList &arguments);
};
