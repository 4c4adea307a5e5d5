// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "LookupOptions.h"
#include "OutputOptions.h"

// `smtp-doctor-cli discover --domain D`: the submission settings found for
// a mail domain (SRV records, provider table), as text or JSON. Exit
// status 1 when none is found.
class DiscoverCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)
public:
    DiscoverCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    LookupOptions m_lookup;
    OutputOptions m_output{{OutputOptions::Format::Text, OutputOptions::Format::Json},
                           OutputOptions::QuietOption::Offered,
                           OutputOptions::Styling::Plain};
};
