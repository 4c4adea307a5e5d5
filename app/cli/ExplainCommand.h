// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "OutputOptions.h"

// `smtp-doctor-cli explain ID` and `explain --list`: what a finding means,
// from the catalog alone (no diagnosis), for support desks and scripts. The
// Markdown form of the list is docs/findings.md, which the build regenerates.
class ExplainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
public:
    ExplainCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    QCommandLineOption m_list;
    OutputOptions m_output{
        {OutputOptions::Format::Text, OutputOptions::Format::Json, OutputOptions::Format::Markdown},
        OutputOptions::QuietOption::NotOffered,
        OutputOptions::Styling::Plain};

    bool m_listing = false;
    QString m_id;
};
