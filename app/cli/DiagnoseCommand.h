// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "FetchBackOptions.h"
#include "OutputOptions.h"
#include "ServerOptions.h"
#include "SessionOptions.h"

#include "core/Target.h"
#include "report/Report.h"
#include "smtp/SaslClient.h"

#include <QUrl>

#include <optional>

// `smtp-doctor-cli diagnose --host H ...`: the whole diagnosis (input,
// DNS, ports, SMTP, TLS, sign-in, test message, domain records), with a
// backup connection side by side when asked, as a report. With
// --site-probe (and its key) it also asks the website probe at once, or
// with --site-report it reads the report made on the server, and merges
// the website's view into the one report (SiteReportMerge). With
// --fetch-back it then looks for the test message over IMAP (FetchBack).
class InterruptSignal;

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
    FetchBackOptions m_fetchBack;
    QCommandLineOption m_siteProbe;
    QCommandLineOption m_siteKey;
    QCommandLineOption m_siteKeyFile;
    QCommandLineOption m_siteReport;
    OutputOptions m_output;

    Target m_target;
    // A second connection profile tried in the same run, when asked for.
    std::optional<Target> m_backup;
    // The secret of the test session, read from stdin or the environment;
    // kept here in memory only, handed to the run, never printed.
    SaslClient::Credentials m_credentials;
    // The website's view: the probe's address and key (a secret: kept in
    // memory, handed to the client, never printed), or the server's report.
    QUrl m_siteUrl;
    QByteArray m_siteKeyBytes;
    std::optional<Report> m_serverReport;

    QString readSite(const QCommandLineParser &parser);
    // --fetch-back: the test message looked for in the recipient's mailbox,
    // its findings and events added to `report`.
    void fetchBack(Report *report, InterruptSignal &interrupt, bool showProgress);
};
