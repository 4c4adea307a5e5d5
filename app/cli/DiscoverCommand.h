#pragma once

#include <QCoreApplication>
#include <QStringList>

// `smtp-doctor-cli discover --domain D`: the submission settings found for
// a mail domain (SRV records, provider table), as text or JSON.
class DiscoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)
public:
    // Returns the exit status; prints the reason itself on unusable arguments.
    static int run(const QStringList &arguments);
};
