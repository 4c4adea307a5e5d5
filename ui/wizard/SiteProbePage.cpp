// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteProbePage.h"

#include "DialogProvider.h"
#include "DoctorWizard.h"
#include "FindingsModel.h"
#include "core/EventLog.h"
#include "findings/FindingCatalog.h"
#include "site/SiteProbeClient.h"
#include "site/SiteReportMerge.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

SiteProbePage::SiteProbePage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_network(new QNetworkAccessManager(this))
    , m_findings(new FindingsModel(this))
    , m_save(new QPushButton(tr("&Save the probe file..."), this))
    , m_saved(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_run(new QPushButton(tr("&Run the test"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
{
    setTitle(tr("Test from your website"));
    setSubTitle(tr("Web hosts often block outgoing mail ports, or divert them to their own "
                   "server: this computer never meets that. A small PHP file on your website "
                   "tests from there."));

    m_save->setObjectName(QStringLiteral("siteSaveButton"));
    m_saved->setObjectName(QStringLiteral("siteSavedLabel"));
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setText(tr("1. Save the probe file. It works for %1 minutes and can only test the "
                        "server of the previous page.")
                         .arg(SiteProbeFile::defaultValidMinutes));
    connect(m_save, &QPushButton::clicked, this, &SiteProbePage::saveProbe);

    auto *upload = new QLabel(
        tr("2. Upload it to your website's public folder (public_html, www or htdocs): with "
           "cPanel's File Manager (Upload), an FTP or SFTP program such as FileZilla, or a "
           "WordPress file-manager plugin."),
        this);
    upload->setObjectName(QStringLiteral("siteUploadSteps"));
    upload->setWordWrap(true);

    auto *urlLabel = new QLabel(tr("3. The file's a&ddress on your website:"), this);
    m_url->setObjectName(QStringLiteral("siteUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://www.example.com/smtp-doctor-probe-....php"));
    m_url->setAccessibleName(tr("Address of the probe file on your website"));
    urlLabel->setBuddy(m_url);
    m_urlError->setObjectName(QStringLiteral("siteUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setTextFormat(Qt::PlainText);
    m_urlError->hide();
    connect(m_url, &QLineEdit::textChanged, this, &SiteProbePage::validateUrl);
    // Enter in the address field runs the test (eventFilter), rather than
    // pressing the wizard's default button, Next.
    m_url->installEventFilter(this);

    m_run->setObjectName(QStringLiteral("siteRunButton"));
    m_run->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("siteCancelButton"));
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &SiteProbePage::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->cancel();
    });
    m_progress->setObjectName(QStringLiteral("siteProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("siteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_view->setObjectName(QStringLiteral("siteFindings"));
    m_view->setModel(m_findings);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Findings from your website"));

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saved, 1);
    saveRow->addWidget(m_save);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(saveRow);
    layout->addWidget(upload);
    layout->addWidget(urlLabel);
    layout->addWidget(m_url);
    layout->addWidget(m_urlError);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    // Keyboard order follows the steps.
    setTabOrder(m_save, m_url);
    setTabOrder(m_url, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_view);
}

void SiteProbePage::initializePage()
{
    // The clear button when the page is first shown, not when the wizard
    // starts: its icon is read with format detection, which loads every
    // image format plugin (issue 19 point 3).
    if (!m_url->isClearButtonEnabled()) {
        m_url->setClearButtonEnabled(true);
        // Qt's clear button has no text, so a screen reader said only "button".
        if (auto *clear = m_url->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
            clear->setText(tr("Clear the address"));
    }
    // A probe is baked for one server and expires: one made for other
    // settings, or too old, cannot test these.
    const Target target = m_wizard->target();
    const QString server = QStringLiteral("%1 %2 %3")
                               .arg(target.host)
                               .arg(target.port)
                               .arg(Target::securityName(target.security));
    if (m_probe && (m_probeServer != server || m_probe->expires <= QDateTime::currentDateTimeUtc()))
        m_probe.reset();
    m_probeServer = server;
    validateUrl();
}

void SiteProbePage::cleanupPage()
{
    if (m_client)
        m_client->cancel();
}

bool SiteProbePage::isComplete() const
{
    // The step can be skipped, but not left while the probe runs.
    return !isRunning();
}

bool SiteProbePage::isRunning() const
{
    return m_client
           && (m_client->status() == Check::Status::Waiting
               || m_client->status() == Check::Status::Running);
}

bool SiteProbePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_url && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_run->isEnabled())
                run();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QString SiteProbePage::urlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address of the file you uploaded.");
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return tr("The address starts with https:// (or http://), as in your browser.");
    if (url.host().isEmpty())
        return tr("The address names no web site.");
    if (!url.path().endsWith(QLatin1String(".php"), Qt::CaseInsensitive))
        return tr("The address ends with the file's name, which ends in .php.");
    return {};
}

void SiteProbePage::saveProbe()
{
    const Target target = m_wizard->target();
    SiteProbeFile::Spec spec;
    spec.host = target.host;
    spec.port = target.port;
    spec.security = target.security;
    spec.extraPorts = target.extraPorts;
    spec.controlHost = target.controlHost;
    QString error;
    auto made = SiteProbeFile::make(spec, QDateTime::currentDateTimeUtc(), &error);
    if (!made) {
        DialogProvider::instance().showError(this, tr("Save the probe file"), error);
        return;
    }
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    QString filter = tr("PHP files (*.php)");
    const QString path = DialogProvider::instance().saveFileName(
        this,
        tr("Save the probe file"),
        QDir(directory).filePath(made->fileName),
        {filter},
        &filter);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(made->text) < 0) {
        DialogProvider::instance().showError(
            this,
            tr("Save the probe file"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    file.close();
    const QString savedName = QFileInfo(path).fileName();
    m_probe = std::move(*made);
    m_probeDeleted = false;
    m_probe->fileName = savedName;
    m_saved->setText(
        tr("1. Saved %1. It works until %2, then deletes itself; the test deletes "
           "it at the end too.")
            .arg(QDir::toNativeSeparators(path),
                 QLocale().toString(m_probe->expires.toLocalTime().time(), QLocale::ShortFormat)));
    validateUrl();
    m_url->setFocus();
}

void SiteProbePage::validateUrl()
{
    QString problem = m_probe          ? urlProblem(m_url->text())
                      : m_probeDeleted ? tr("Save a new probe file to test again.")
                                       : tr("Save the probe file first: it carries the key "
                                            "that lets this computer, and only it, ask it.");
    // Another file name is allowed (a renamed upload works), but it is
    // usually a mistake: say so without blocking.
    QString warning;
    if (problem.isEmpty()
        && !QUrl(m_url->text().trimmed()).path().endsWith(QLatin1Char('/') + m_probe->fileName))
        warning = tr("The address does not end with %1, the file you saved.")
                      .arg(m_probe->fileName);
    const QString shown = !problem.isEmpty() ? problem : warning;
    // Nothing typed yet is no mistake: the placeholder says what is expected.
    m_urlError->setText(shown);
    m_urlError->setVisible(!shown.isEmpty() && (!m_url->text().isEmpty() || !m_probe));
    m_run->setEnabled(problem.isEmpty() && !isRunning());
}

void SiteProbePage::run()
{
    if (!m_probe || !urlProblem(m_url->text()).isEmpty())
        return;
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
        m_client->deleteLater();
    }
    delete m_log;
    m_log = new EventLog(this);
    m_findings->clear();
    m_client = new SiteProbeClient(
        QUrl(m_url->text().trimmed()), m_probe->key, m_network, m_log, this);
    connect(m_client, &Check::findingAdded, m_findings, &FindingsModel::append);
    connect(m_client, &Check::progressChanged, m_status, &QLabel::setText);
    connect(m_client, &Check::finished, this, &SiteProbePage::onFinished);
    m_status->setText(tr("Asking the probe on your website..."));
    m_progress->show();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_client->start();
    emit completeChanged();
}

void SiteProbePage::onFinished()
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    Report report;
    report.target = m_wizard->target();
    report.started = QDateTime::currentDateTime();
    report.environment = Report::currentEnvironment(QString());
    report.findings = m_client->findings();
    const char *status = QMetaEnum::fromType<Check::Status>().valueToKey(int(m_client->status()));
    report.checks.append(
        {m_client->name(), QString::fromLatin1(status).toLower(), m_client->skipReason()});
    if (m_client->answer()) {
        // What only the two views together show, port by port.
        const QList<Finding> merged = SiteReportMerge::conclusions(
            m_wizard->stepReport(DoctorWizard::ConnectivityPageId),
            VantageView::fromSiteAnswer(*m_client->answer()));
        for (const Finding &finding : merged)
            m_findings->append(finding);
        // The website's own view, port by port, for the reports' table.
        report.findings += SiteReportMerge::siteView(
            m_wizard->stepReport(DoctorWizard::ConnectivityPageId), *m_client->answer());
        report.findings += merged;
    }
    report.events = m_log->events();
    m_wizard->setReport(DoctorWizard::SiteProbePageId, report);

    QString summary;
    if (m_client->status() == Check::Status::Cancelled)
        summary = tr("Cancelled.");
    else if (m_client->answer())
        summary = tr("Done: your website answered.");
    else
        summary = tr("The probe did not answer: see the finding below.");
    // Plainly, whether the file is gone from the website.
    switch (m_client->deletion()) {
    case SiteProbeClient::Deletion::Deleted:
        summary += QLatin1Char(' ') + tr("The probe file was deleted from your website.");
        m_probe.reset(); // its key is worthless now
        m_probeDeleted = true;
        m_saved->setText(tr("1. The probe file was used and deleted: to test again, save "
                            "a new one and upload it."));
        break;
    case SiteProbeClient::Deletion::Failed:
    case SiteProbeClient::Deletion::NotTried:
        summary += QLatin1Char(' ')
                   + tr("The probe file could not be deleted from your website: delete %1 "
                        "yourself (it stops working at %2 in any case).")
                         .arg(m_probe->fileName,
                              QLocale().toString(m_probe->expires.toLocalTime().time(),
                                                 QLocale::ShortFormat));
        break;
    }
    m_status->setText(summary);
    validateUrl();
    emit completeChanged();
}
