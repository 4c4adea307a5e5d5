#pragma once

#include "Command.h"
#include "OutputOptions.h"
#include "ServerOptions.h"
#include "SessionOptions.h"

#include "core/Target.h"
#include "smtp/SaslClient.h"

#include <optional>

// `smtp-doctor-cli diagnose --host H ...`: the whole diagnosis (input,
// DNS, ports, SMTP, TLS, sign-in, test message, domain records), with a
// backup connection side by side when asked, as a report.
class DiagnoseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
public:
    DiagnoseCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    ServerOptions m_server{ServerOptions::Scope::Diagnosis};
    QCommandLineOption m_backupHost;
    QCommandLineOption m_backupPort;
    QCommandLineOption m_backupSecurity;
    QCommandLineOption m_domain;
    QCommandLineOption m_dkimSelector;
    SessionOptions m_session;
    OutputOptions m_output;

    Target m_target;
    // A second connection profile tried in the same run, when asked for.
    std::optional<Target> m_backup;
    // The secret of the test session, read from stdin or the environment;
    // kept here in memory only, handed to the run, never printed.
    SaslClient::Credentials m_credentials;
};
