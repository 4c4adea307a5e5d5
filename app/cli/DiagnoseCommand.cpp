// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "ProgressLine.h"
#include "InterruptSignal.h"

#include "core/CheckName.h"
#include "core/Diagnosis.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "imap/FetchBack.h"

#include "profile/ProfileRun.h"
#include "report/Report.h"
#include "report/ReportFile.h"
#include "site/SiteCrypto.h"
#include "site/SiteProbeClient.h"
#include "site/SiteReportMerge.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <memory>

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
    , m_siteProbe(QStringLiteral("site-probe"),
                  tr("Also run the website probe at this address (made by probe create) and "
                     "merge what your website sees."),
                  QStringLiteral("URL"))
    , m_siteKey(QStringLiteral("site-key"),
                tr("The probe's key, as probe create printed it (other users of this computer "
                   "can read a command line: --site-key-file is safer)."),
                QStringLiteral("KEY"))
    , m_siteKeyFile(QStringLiteral("site-key-file"),
                    tr("A file that holds the probe's key, or the JSON that probe create "
                       "--format json printed."),
                    QStringLiteral("FILE"))
    , m_siteReport(QStringLiteral("site-report"),
                   tr("Merge this JSON report, made by smtp-doctor-cli on the web server, as "
                      "what your website sees."),
                   QStringLiteral("FILE"))
{
    // Where --help lists them: the server's, the backup's, the domain's,
    // the session's, then the report's.
    addOptions(m_server.options());
    addOptions({m_backupHost, m_backupPort, m_backupSecurity, m_domain, m_dkimSelector});
    addOptions(m_session.options());
    addOptions(m_fetchBack.options());
    addOptions({m_siteProbe, m_siteKey, m_siteKeyFile, m_siteReport});
    addOptions(m_output.options());
    addValueChoices(m_server.valueChoices());
    addValueChoices({{m_backupSecurity.names().constFirst(), ServerOptions::securityNames()}});
    addValueChoices(m_fetchBack.valueChoices());
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
    if (const QString error = m_fetchBack.read(
            parser, !m_target.mailFrom.isEmpty() && !m_target.rcptTo.isEmpty());
        !error.isEmpty())
        return error;

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
    if (const QString error = readSite(parser); !error.isEmpty())
        return error;
    return m_output.read(parser);
}

QString DiagnoseCommand::readSite(const QCommandLineParser &parser)
{
    const bool keyGiven = parser.isSet(m_siteKey) || parser.isSet(m_siteKeyFile);
    if (parser.isSet(m_siteProbe) && parser.isSet(m_siteReport))
        return tr("--site-probe and --site-report are two ways to the same view: give one");
    if (parser.isSet(m_siteReport)) {
        if (keyGiven)
            return tr("--site-key and --site-key-file go with --site-probe, not --site-report");
        QString error;
        m_serverReport = ReportFile::load(parser.value(m_siteReport), &error);
        if (!m_serverReport)
            return tr("--site-report \"%1\": %2").arg(parser.value(m_siteReport), error);
        return {};
    }
    if (!parser.isSet(m_siteProbe)) {
        return keyGiven ? tr("--site-key and --site-key-file go with --site-probe URL") : QString();
    }
    m_siteUrl = QUrl(parser.value(m_siteProbe).trimmed(), QUrl::StrictMode);
    const QString scheme = m_siteUrl.scheme().toLower();
    if (!m_siteUrl.isValid() || m_siteUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("--site-probe must be the probe's address, starting with https:// or http://");
    if (parser.isSet(m_siteKey) == parser.isSet(m_siteKeyFile))
        return tr("--site-probe needs the probe's key: give --site-key or --site-key-file");
    QString keyText = parser.value(m_siteKey);
    if (parser.isSet(m_siteKeyFile)) {
        QFile file(parser.value(m_siteKeyFile));
        if (!file.open(QIODevice::ReadOnly))
            return tr("--site-key-file \"%1\" cannot be read: %2")
                .arg(file.fileName(), file.errorString());
        const QByteArray content = file.read(64 * 1024).trimmed();
        // The file may be what `probe create --format json` printed.
        const QJsonDocument json = QJsonDocument::fromJson(content);
        keyText = json.isObject() ? json.object().value(QStringLiteral("key")).toString()
                                  : QString::fromUtf8(content);
    }
    const auto key = SiteCrypto::keyFromText(keyText.trimmed());
    // The reason never repeats what was given: it may be most of a secret.
    if (!key)
        return parser.isSet(m_siteKey)
                   ? tr("--site-key must be the 43-character key that probe create printed")
                   : tr("--site-key-file must hold the 43-character key that probe create "
                        "printed");
    m_siteKeyBytes = *key;
    return {};
}

int DiagnoseCommand::execute()
{
    // A device sign-in that failed: the diagnosis runs without signing in,
    // and says why there was no token.
    const auto &flowFailure = m_session.flowFailure();
    if (flowFailure)
        m_target.user.clear();
    ProfileRun run(m_target, m_backup);
    if (!m_target.user.isEmpty())
        run.setCredentials(m_credentials);
    if (!run.setupError().isEmpty())
        return unusable(run.setupError(), name());

    // Progress goes to a terminal only, so that scripts read a clean stderr;
    // --quiet asks for the verdict alone.
    ProgressLine progress;
    const bool showProgress = ProgressLine::isWanted() && !m_output.isQuiet();
    if (showProgress)
        QObject::connect(&run, &ProfileRun::progressChanged, &progress, &ProgressLine::show);
    // The website probe runs at once: it tests from the web server, and
    // waits for nothing this computer does.
    QNetworkAccessManager network;
    EventLog siteLog;
    std::unique_ptr<SiteProbeClient> site;
    if (m_siteUrl.isValid())
        site = std::make_unique<SiteProbeClient>(m_siteUrl, m_siteKeyBytes, &network, &siteLog);
    // Ctrl-C cancels: every check turns what it had seen into findings,
    // and the report says where it stopped.
    InterruptSignal interrupt;
    bool interrupted = false;
    QObject::connect(&interrupt, &InterruptSignal::interrupted, &run, [&run, &site, &interrupted] {
        interrupted = true;
        QTextStream(stderr) << tr("Interrupted: reporting what was measured.") << '\n';
        run.cancel();
        if (site)
            site->cancel();
    });
    // With --output, the file is a whole report after every finding and
    // every check's end (replaced atomically): a killed run leaves the last.
    // Events between them (a port that answered while the sweep waits for
    // another) are written within a fifth of a second, not one rewrite each.
    QTimer eventsSnapshot;
    eventsSnapshot.setSingleShot(true);
    eventsSnapshot.setInterval(200);
    const auto snapshot = [this, &run, &eventsSnapshot] {
        eventsSnapshot.stop();
        m_output.writeSnapshot(run.report());
    };
    QObject::connect(&eventsSnapshot, &QTimer::timeout, &run, snapshot);
    for (Diagnosis *diagnosis : {run.main(), run.backup()}) {
        if (!diagnosis || m_output.outputFile().isEmpty())
            continue;
        QObject::connect(diagnosis, &Diagnosis::findingAdded, &run, snapshot);
        QObject::connect(diagnosis, &Diagnosis::progressChanged, &run, snapshot);
        QObject::connect(diagnosis->eventLog(), &EventLog::eventAdded, &run, [&eventsSnapshot] {
            if (!eventsSnapshot.isActive())
                eventsSnapshot.start();
        });
    }
    QEventLoop loop;
    int running = site ? 2 : 1;
    const auto oneFinished = [&] {
        if (--running == 0)
            loop.quit();
    };
    QObject::connect(&run, &ProfileRun::finished, &loop, oneFinished);
    if (site) {
        QObject::connect(site.get(), &Check::finished, &loop, oneFinished);
        if (showProgress)
            QObject::connect(site.get(), &Check::progressChanged, &progress, &ProgressLine::show);
        site->start();
    }
    run.start();
    loop.exec();
    progress.finish();

    Report report = run.report();
    if (flowFailure) {
        report.findings.prepend(FindingCatalog::make(
            QLatin1String(FindingId::AuthOauthFlowFailed),
            FindingArgs{
                {FindingArg::Host, flowFailure->provider},
                {FindingArg::Detail,
                 QStringLiteral("%1: %2").arg(flowFailure->error, flowFailure->description)}},
            {QStringLiteral("device authorization grant (RFC 8628): error %1")
                 .arg(flowFailure->error)},
            QStringLiteral("oauth")));
    }
    if (m_fetchBack.isWanted() && !interrupted)
        fetchBack(&report, interrupt, showProgress);
    if (m_serverReport)
        report = SiteReportMerge::withServerReport(report, *m_serverReport);
    if (site) {
        report = SiteReportMerge::withProbe(
            report, site->findings(), site->answer(), siteLog.events());
        const char *status = QMetaEnum::fromType<Check::Status>().valueToKey(int(site->status()));
        report.checks.append(
            {site->name(), QString::fromLatin1(status).toLower(), site->skipReason()});
    }
    return m_output.write(m_output.render(report), report.hasFailure() ? FailureFound : NoFailure);
}

void DiagnoseCommand::fetchBack(Report *report, InterruptSignal &interrupt, bool showProgress)
{
    // The Message-ID the server accepted: the main profile's send.accepted.
    QByteArray messageId;
    for (const Finding &finding : std::as_const(report->findings)) {
        if (finding.id == QLatin1String(FindingId::SendAccepted)
            && finding.check == CheckName::smtp())
            messageId = finding.facts.value(FindingArg::MessageId).toUtf8();
    }
    const QString check = CheckName::fetchBack();
    if (messageId.isEmpty()) {
        report->checks.append({check,
                               QStringLiteral("skipped"),
                               tr("the test message was not accepted: nothing to look for")});
        return;
    }
    FetchBack::Request request;
    request.account = m_fetchBack.account();
    request.account.allowCleartextAuth = m_target.allowCleartextAuth;
    request.account.caFile = m_target.caFile;
    request.account.stepTimeoutSeconds = qMax(1, m_target.stepTimeoutMs / 1000);
    request.messageId = messageId;
    request.deadlineSeconds = m_fetchBack.deadlineSeconds();
    request.analysis = {true, m_target.resolver, m_target.stepTimeoutMs};
    FetchBack fetch(request);
    ProgressLine progress;
    if (showProgress)
        QObject::connect(&fetch, &FetchBack::progressChanged, &progress, &ProgressLine::show);
    QObject::connect(&interrupt, &InterruptSignal::interrupted, &fetch, &FetchBack::cancel);
    QEventLoop loop;
    QObject::connect(&fetch, &FetchBack::finished, &loop, &QEventLoop::quit);
    const qint64 offset = report->durationMs;
    fetch.start();
    loop.exec();
    progress.finish();

    report->findings += fetch.findings();
    for (Event event : fetch.events()) {
        event.offsetMs += offset;
        report->events.append(event);
    }
    const bool cancelled = fetch.outcome().cancelled;
    report->checks.append(
        {check, cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"), {}});
    report->durationMs = report->started.msecsTo(QDateTime::currentDateTimeUtc());
}
