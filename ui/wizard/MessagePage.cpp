// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePage.h"

#include "DialogProvider.h"
#include "DoctorWizard.h"
#include "core/TargetBuilder.h"
#include "FindingsModel.h"
#include "WizardSession.h"
#include "mail/MailChecks.h"
#include "mail/MailModule.h"
#include "report/MessageDiagrams.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

MessagePage::MessagePage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_findings(new FindingsModel(this))
    , m_validateLater(new QTimer(this))
    , m_source(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_checkAgain(
          new QCheckBox(tr("Also check &DKIM, SPF, DMARC, the sender's reverse DNS and blocklists "
                           "now (DNS look-ups)"),
                        this))
    , m_open(new QPushButton(tr("Open an .&eml file..."), this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_cancel(new QPushButton(tr("S&top"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_diagrams(new QTextBrowser(this))
{
    setTitle(tr("Check a message that arrived"));
    setSubTitle(tr("When mail is sent but not received, or lands in spam, the message itself "
                   "says how the receiving server judged it: its route, SPF, DKIM and DMARC."));

    auto *hint = new QLabel(
        tr("Copy the message's source from the mailbox that received it: in Gmail, \"Show "
           "original\" (in the message's ⋮ menu); in Outlook, \"View message source\"; in "
           "Thunderbird, \"View source\" (Ctrl+U). The headers alone are enough."),
        this);
    hint->setObjectName(QStringLiteral("messageHint"));
    hint->setWordWrap(true);

    auto *sourceLabel = new QLabel(tr("The &message's source or headers:"), this);
    m_source->setObjectName(QStringLiteral("messageSource"));
    m_source->setAccessibleName(tr("The message's source or headers"));
    m_source->setPlaceholderText(QStringLiteral("Received: from ...\nAuthentication-Results: "
                                                "...\nFrom: ...\nDate: ..."));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on to the next control: a message needs no tab characters.
    m_source->setTabChangesFocus(true);
    sourceLabel->setBuddy(m_source);
    m_problem->setObjectName(QStringLiteral("messageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    // A large paste is parsed once the typing stops, not per key.
    m_validateLater->setSingleShot(true);
    m_validateLater->setInterval(250);
    connect(m_validateLater, &QTimer::timeout, this, &MessagePage::validate);
    connect(m_source, &QPlainTextEdit::textChanged, m_validateLater, qOverload<>(&QTimer::start));

    m_checkAgain->setObjectName(QStringLiteral("messageCheckAgain"));
    m_checkAgain->setChecked(true);

    m_open->setObjectName(QStringLiteral("messageOpenButton"));
    connect(m_open, &QPushButton::clicked, this, &MessagePage::openFile);
    m_check->setObjectName(QStringLiteral("messageCheckButton"));
    m_check->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &MessagePage::check);
    m_cancel->setObjectName(QStringLiteral("messageCancelButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_diagnosis)
            m_diagnosis->cancel();
    });
    m_progress->setObjectName(QStringLiteral("messageProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("messageFindings"));
    m_view->setModel(m_findings);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Findings from the message"));
    m_diagrams->setObjectName(QStringLiteral("messageDiagrams"));
    m_diagrams->setAccessibleName(tr("The message's route and which domains the checks used"));
    m_diagrams->setOpenLinks(false);
    m_diagrams->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source, 2);
    layout->addWidget(m_problem);
    layout->addWidget(m_checkAgain);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_diagrams, 2);
    // Keyboard order follows the page, top to bottom.
    setTabOrder(m_source, m_checkAgain);
    setTabOrder(m_checkAgain, m_open);
    setTabOrder(m_open, m_check);
    setTabOrder(m_check, m_cancel);
    setTabOrder(m_cancel, m_view);
    setTabOrder(m_view, m_diagrams);
}

void MessagePage::initializePage()
{
    // Here rather than at construction: the checks of a message load with the
    // mail module, when this step is first shown, not when the wizard starts.
    validate();
}

void MessagePage::cleanupPage()
{
    // Back keeps what was pasted (QWizardPage's own would reset fields; this
    // page registers none) and stops a check still running.
    if (m_diagnosis)
        m_diagnosis->cancel();
}

bool MessagePage::isComplete() const
{
    // The step can be skipped, but not left while the check runs.
    return !isRunning();
}

bool MessagePage::isRunning() const
{
    return m_diagnosis && m_diagnosis->isRunning();
}

QByteArray MessagePage::source() const
{
    const QString text = m_source->toPlainText();
    if (!m_openedBytes.isEmpty() && text == m_openedText)
        return m_openedBytes;
    return text.toUtf8();
}

void MessagePage::validate()
{
    m_validateLater->stop();
    QString problem;
    if (const MailChecks *checks = MailModule::checks(&problem))
        problem = checks->messageInputProblem(source());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_check->setEnabled(problem.isEmpty() && !isRunning());
}

void MessagePage::openFile()
{
    const QString path = DialogProvider::instance().openFileName(
        this,
        tr("Open a message"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        {tr("Messages (*.eml *.txt)"), tr("All files (*)")});
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DialogProvider::instance().showError(
            this,
            tr("Open a message"),
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(MessageJob::maxSourceBytes + 1);
    if (bytes.size() > MessageJob::maxSourceBytes) {
        DialogProvider::instance().showError(this,
                                             tr("Open a message"),
                                             tr("%1 is larger than %2 MiB: not a single message.")
                                                 .arg(QDir::toNativeSeparators(path))
                                                 .arg(MessageJob::maxSourceBytes / (1024 * 1024)));
        return;
    }
    m_openedBytes = bytes;
    m_source->setPlainText(QString::fromUtf8(bytes));
    m_openedText = m_source->toPlainText();
    validate();
    if (m_check->isEnabled())
        m_check->setFocus();
}

void MessagePage::check()
{
    validate();
    if (!m_check->isEnabled())
        return;
    if (m_diagnosis) {
        m_diagnosis->disconnect(this);
        m_diagnosis->cancel();
        m_diagnosis->deleteLater();
    }
    m_findings->clear();
    m_diagrams->clear();
    m_diagrams->hide();
    // The resolver the server page holds (its saved value on the way there).
    MessageDiagnosis::Options options;
    options.checkAgain = m_checkAgain->isChecked();
    const TargetBuilder::Input input = m_wizard->targetInput();
    if (!input.resolver.trimmed().isEmpty())
        options.resolver = ResolverAddress::parse(input.resolver.trimmed());
    if (const auto timeout = TargetBuilder::parseTimeoutMs(input.timeout))
        options.timeoutMs = *timeout;
    // What the wizard knows of the sending side: the account the test
    // e-mail signed in with (an address only) and the host the site should
    // send through.
    if (const QString user = m_wizard->session()->signIn().user; user.contains(QLatin1Char('@')))
        options.signedInUser = user;
    options.smtpHost = input.host.trimmed();
    m_diagnosis = MailModule::checks()->newMessageDiagnosis(source(), options, this);
    connect(m_diagnosis, &MessageJob::progressChanged, m_status, &QLabel::setText);
    connect(m_diagnosis, &MessageJob::finished, this, &MessagePage::onFinished);
    m_status->setText(tr("Reading the message..."));
    m_progress->show();
    m_check->setEnabled(false);
    m_cancel->setEnabled(true);
    m_diagnosis->start();
    emit completeChanged();
}

void MessagePage::onFinished()
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    if (!m_diagnosis->setupError().isEmpty())
        DialogProvider::instance().showError(
            this, tr("Check a message that arrived"), m_diagnosis->setupError());
    const Report &report = m_diagnosis->report();
    m_findings->setFindings(report.findings);
    m_wizard->setReport(DoctorWizard::MessagePageId, report);

    const MessageDiagrams diagrams(report);
    if (!diagrams.isEmpty()) {
        m_diagrams->setHtml(diagrams.html());
        // The same in sentences, for a screen reader that reads no table.
        m_diagrams->setAccessibleDescription(
            (diagrams.timelineLines() + diagrams.alignmentLines()).join(QLatin1Char('\n')));
        m_diagrams->show();
    }
    m_status->setText(m_diagnosis->wasCancelled() ? tr("Stopped.")
                                                  : tr("Done: the findings are below."));
    validate();
    emit completeChanged();
}
