#include "DiagnoseCommand.h"

#include "ProgressLine.h"

#include "profile/ProfileRun.h"
#include "report/Report.h"

#include <QCommandLineParser>
#include <QEventLoop>

DiagnoseCommand::DiagnoseCommand()
    : Command(QStringLiteral("diagnose"),
              tr("Finds out why mail cannot be sent through an SMTP server."))
    , m_backupHost(QStringLiteral("backup-host"),
                   tr("Also try this backup connection in the same run (default: --host), "
                      "and show both side by side."),
                   QStringLiteral("H"))
    , m_backupPort(
          QStringLiteral("backup-port"), tr("The backup connection's port."), QStringLiteral("P"))
    , m_backupSecurity(QStringLiteral("backup-security"),
                       tr("The backup connection's none, starttls or tls (default: tls on 465, "
                          "else as --security)."),
                       QStringLiteral("MODE"))
    , m_domain(QStringLiteral("domain"),
               tr("Also check this sender domain's MX, SPF, DKIM and DMARC records."),
               QStringLiteral("DOMAIN"))
    , m_dkimSelector(QStringLiteral("dkim-selector"),
                     tr("A DKIM selector to look up (repeatable; default: the usual ones)."),
                     QStringLiteral("SELECTOR"))
    , m_session(tr("Sign in as this user (the password comes from --password-stdin or "
                   "--password-env)."),
                tr("Send a test message from this address."))
{
    // Where --help lists them: the server's, the backup's, the domain's,
    // the session's, then the report's.
    addOptions(m_server.options());
    addOptions({m_backupHost, m_backupPort, m_backupSecurity, m_domain, m_dkimSelector});
    addOptions(m_session.options());
    addOptions(m_output.options());
    addValueChoices(m_server.valueChoices());
    addValueChoices({{m_backupSecurity.names().constFirst(), ServerOptions::securityNames()}});
    addValueChoices(m_output.valueChoices());
}

QString DiagnoseCommand::read(const QCommandLineParser &parser)
{
    TargetBuilder::Input input;
    m_server.read(parser, &input);
    input.domain = parser.value(m_domain);
    input.dkimSelectors = parser.values(m_dkimSelector);
    if (const QString error = m_session.read(parser, &input, &m_credentials); !error.isEmpty())
        return error;
    const TargetBuilder::Result built = TargetBuilder::build(input);
    if (!built.isUsable())
        return ServerOptions::describe(built.problems.constFirst());
    m_target = built.target;

    const TargetBuilder::BackupInput backup{
        parser.value(m_backupHost), parser.value(m_backupPort), parser.value(m_backupSecurity)};
    if (parser.isSet(m_backupHost) && backup.host.trimmed().isEmpty())
        return tr("--backup-host must name a server");
    if (!backup.isEmpty()) {
        const TargetBuilder::Result second = TargetBuilder::buildBackup(m_target, backup);
        if (!second.isUsable())
            return ServerOptions::describe(second.problems.constFirst());
        m_backup = second.target;
    }
    return m_output.read(parser);
}

int DiagnoseCommand::execute()
{
    ProfileRun run(m_target, m_backup);
    if (!m_target.user.isEmpty())
        run.setCredentials(m_credentials);
    if (!run.setupError().isEmpty())
        return unusable(run.setupError(), name());

    // Progress goes to a terminal only, so that scripts read a clean stderr;
    // --quiet asks for the verdict alone.
    ProgressLine progress;
    if (ProgressLine::isWanted() && !m_output.isQuiet())
        QObject::connect(&run, &ProfileRun::progressChanged, &progress, &ProgressLine::show);
    QEventLoop loop;
    QObject::connect(&run, &ProfileRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    progress.finish();

    const Report report = run.report();
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}
