// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "LookupOptions.h"
#include "OutputOptions.h"

#include <QHostAddress>

// `smtp-doctor-cli spf --domain D --ip A`: evaluates D's SPF record for a
// sending address (RFC 7208) and prints the result with its trail. Exit
// status 0 for pass, 1 for any other result.
class SpfCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SpfCommand)
public:
    SpfCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    LookupOptions m_lookup;
    QCommandLineOption m_ip;
    QCommandLineOption m_sender;
    QCommandLineOption m_helo;
    OutputOptions m_output{{OutputOptions::Format::Text, OutputOptions::Format::Json},
                           OutputOptions::QuietOption::Offered,
                           OutputOptions::Styling::Plain};

    QHostAddress m_client;
    QString m_senderAddress;
    QString m_heloName;
};
