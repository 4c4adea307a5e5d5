// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchBackPanel.h"

#include "core/CheckName.h"
#include "findings/FindingArgs.h"
#include "findings/FindingIds.h"
#include "mail/MailChecks.h"
#include "mail/MailModule.h"
#include "OAuthSignInPanel.h"
#include "oauth/OAuthProviderTable.h"
#include "SettingsStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOptionGroupBox>
#include <QStylePainter>

namespace {

constexpr int ProviderRole = Qt::UserRole + 1;

// The recipient's mailbox, remembered as the server step's fields are:
// never its password, and never the consent (reading a mailbox is asked
// for at each start).
const QString imapHostKey = QStringLiteral("fetchBack/host");
const QString imapPortKey = QStringLiteral("fetchBack/port");
const QString imapSecurityKey = QStringLiteral("fetchBack/security");
const QString imapUserKey = QStringLiteral("fetchBack/user");
// The provider's id, or empty for the password (as session/signInKind).
const QString imapSignInKey = QStringLiteral("fetchBack/signIn");

// The Message-ID the server accepted: the main connection's send.accepted.
QByteArray acceptedMessageId(const Report &report)
{
    QByteArray messageId;
    for (const Finding &finding : report.findings) {
        if (finding.id == QLatin1String(FindingId::SendAccepted)
            && finding.check == CheckName::smtp())
            messageId = finding.facts.value(FindingArg::MessageId).toUtf8();
    }
    return messageId;
}

} // namespace

FetchBackPanel::FetchBackPanel(QWidget *parent)
    : QGroupBox(tr("Check where it landed (reads the recipient's mailbox over IMAP)"), parent)
    , m_consent(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_signInKind(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_oauth(new OAuthSignInPanel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Stop looking"), this))
{
    setObjectName(QStringLiteral("fetchBackGroup"));
    setCheckable(true);
    setChecked(false); // it signs in to a mailbox: only when asked
    m_consent->setObjectName(QStringLiteral("fetchBackConsent"));
    m_consent->setWordWrap(true);
    m_consent->setText(tr("With your consent, SMTP Doctor signs in to this mailbox after the "
                          "send, looks for the test message only, and changes nothing."));
    m_host->setObjectName(QStringLiteral("imapHostEdit"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_host->setAccessibleName(tr("IMAP server"));
    m_port->setObjectName(QStringLiteral("imapPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(ImapAccount::defaultPort(ImapAccount::Security::Tls));
    m_port->setAccessibleName(tr("IMAP port"));
    m_security->setObjectName(QStringLiteral("imapSecurityCombo"));
    m_security->addItem(tr("SSL/TLS"), int(ImapAccount::Security::Tls));
    m_security->addItem(tr("STARTTLS"), int(ImapAccount::Security::StartTls));
    m_security->setAccessibleName(tr("IMAP encryption"));
    m_user->setObjectName(QStringLiteral("imapUserEdit"));
    m_user->setPlaceholderText(tr("the recipient's user name"));
    m_user->setAccessibleName(tr("IMAP user name"));
    m_signInKind->setObjectName(QStringLiteral("imapSignInCombo"));
    m_signInKind->setAccessibleName(tr("IMAP sign-in"));
    m_signInKind->addItem(tr("Password"));
    for (const OAuthProvider &provider : OAuthProviderTable::all()) {
        m_signInKind->addItem(tr("Sign in with %1 (browser)").arg(provider.name));
        m_signInKind->setItemData(m_signInKind->count() - 1, provider.id, ProviderRole);
    }
    m_signInKind->addItem(tr("Other OAuth2 provider (browser)"));
    m_signInKind->setItemData(m_signInKind->count() - 1, QStringLiteral("custom"), ProviderRole);
    m_oauth->setObjectName(QStringLiteral("oauthPanel"));
    m_oauth->makeSecondary(QStringLiteral("imap")); // imapOauthPanel, imapOauthClientIdEdit...
    m_oauth->setSettingsGroup(QStringLiteral("fetchBack/oauth"));
    m_oauth->hide();
    m_password->setObjectName(QStringLiteral("imapPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("IMAP password"));
    m_progress->setObjectName(QStringLiteral("fetchBackProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Looking for the test message"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("fetchBackStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("fetchBackCancelButton"));
    m_cancel->setEnabled(false);

    // The other mode's usual port, unless the user typed another.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const auto chosen = ImapAccount::Security(m_security->currentData().toInt());
        for (const auto security : {ImapAccount::Security::Tls, ImapAccount::Security::StartTls}) {
            if (m_port->value() == ImapAccount::defaultPort(security))
                m_port->setValue(ImapAccount::defaultPort(chosen));
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &FetchBackPanel::cancel);
    connect(
        m_signInKind, &QComboBox::currentIndexChanged, this, &FetchBackPanel::onSignInKindChanged);
    connect(m_oauth, &OAuthSignInPanel::tokensChanged, this, [this](const OAuthTokens &tokens) {
        if (m_refreshing && !tokens.isEmpty()) {
            m_refreshing = false;
            emit runningChanged();
            lookFor();
        }
    });
    connect(m_oauth, &OAuthSignInPanel::failed, this, [this](const Finding &finding) {
        // The mailbox's sign-in failed in the browser: said as the SMTP one is.
        emit findingAdded(finding);
        m_report.findings.append(finding);
        emit reportReady(m_report);
        if (m_refreshing) {
            m_refreshing = false;
            emit runningChanged();
        }
    });

    auto *contents = new QWidget(this);
    auto *form = new QFormLayout;
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_consent);
    // The page and its sign-in panel took the letters of all but one (Alt+D).
    form->addRow(tr("IMAP server:"), m_host);
    form->addRow(tr("IMAP port:"), m_port);
    form->addRow(tr("IMAP encryption:"), m_security);
    form->addRow(tr("IMAP user name:"), m_user);
    form->addRow(tr("IMAP sign-in:"), m_signInKind);
    form->addRow(m_oauth);
    form->addRow(tr("IMAP passwor&d:"), m_password);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *column = new QVBoxLayout(contents);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(form);
    column->addLayout(progress);
    column->addWidget(m_status);
    auto *frame = new QVBoxLayout(this);
    frame->addWidget(contents);
    setToolTip(m_consent->text());

    // Folded while unchecked (see paintEvent): the page keeps its height
    // until the user opts in.
    contents->setVisible(false);
    connect(this, &QGroupBox::toggled, this, [this, contents](bool checked) {
        contents->setVisible(checked);
        updateGeometry();
    });
    restoreSettings();
}

QRect FetchBackPanel::checkLine() const
{
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    const auto part = [this, &option](QStyle::SubControl control) {
        return style()->subControlRect(QStyle::CC_GroupBox, &option, control, this);
    };
    return part(QStyle::SC_GroupBoxCheckBox).united(part(QStyle::SC_GroupBoxLabel));
}

QSize FetchBackPanel::minimumSizeHint() const
{
    const QSize size = QGroupBox::minimumSizeHint();
    return isChecked() ? size : QSize(size.width(), checkLine().bottom() + 1);
}

QSize FetchBackPanel::sizeHint() const
{
    const QSize size = QGroupBox::sizeHint();
    return isChecked() ? size : QSize(size.width(), minimumSizeHint().height());
}

void FetchBackPanel::paintEvent(QPaintEvent *event)
{
    if (isChecked()) {
        QGroupBox::paintEvent(event);
        return;
    }
    // Folded: the check box and its title, without the style's frame
    // around contents that are hidden (an empty grey box otherwise).
    QStylePainter painter(this);
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    option.subControls &= ~QStyle::SC_GroupBoxFrame;
    painter.drawComplexControl(QStyle::CC_GroupBox, option);
}

void FetchBackPanel::restoreSettings()
{
    const SettingsStore settings;
    m_host->setText(settings.value(imapHostKey).toString());
    m_user->setText(settings.value(imapUserKey).toString());
    // The encryption first: choosing it moves the port to its usual one.
    const int security = m_security->findData(settings.value(imapSecurityKey).toInt());
    if (settings.contains(imapSecurityKey) && security >= 0)
        m_security->setCurrentIndex(security);
    if (settings.contains(imapPortKey))
        m_port->setValue(settings.value(imapPortKey).toInt());
    const int kind = m_signInKind->findData(settings.value(imapSignInKey).toString(), ProviderRole);
    if (kind >= 0)
        m_signInKind->setCurrentIndex(kind);
}

void FetchBackPanel::saveSettings()
{
    SettingsStore settings;
    settings.setValue(imapHostKey, m_host->text().trimmed());
    settings.setValue(imapPortKey, m_port->value());
    settings.setValue(imapSecurityKey, m_security->currentData().toInt());
    settings.setValue(imapUserKey, m_user->text().trimmed());
    settings.setValue(imapSignInKey, m_signInKind->currentData(ProviderRole).toString());
    settings.sync();
}

bool FetchBackPanel::isRunning() const
{
    return m_refreshing || (m_fetch && m_fetch->isRunning());
}

bool FetchBackPanel::signsInWithBrowser() const
{
    return !m_signInKind->currentData(ProviderRole).toString().isEmpty();
}

void FetchBackPanel::onSignInKindChanged()
{
    const bool browser = signsInWithBrowser();
    m_form->setRowVisible(m_oauth, browser);
    m_form->setRowVisible(m_password, !browser);
    if (!browser) {
        m_oauth->cancel();
        return;
    }
    const QString id = m_signInKind->currentData(ProviderRole).toString();
    OAuthProvider provider = OAuthProviderTable::byId(id);
    if (!provider.isKnown()) {
        provider.id = id;
        provider.clientSecretNeeded = true; // a custom provider may want one
    }
    // The same provider and client as for SMTP, but the mailbox's scopes.
    provider.scopes = provider.imapScopes;
    m_oauth->setProvider(provider);
}

QString FetchBackPanel::inputProblem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the IMAP server to check where the test message landed.");
    if (signsInWithBrowser()) {
        if (m_user->text().trimmed().isEmpty() || m_oauth->tokens().isEmpty())
            return tr("Enter the mailbox's user name and sign in to it in the browser to check "
                      "where the test message landed.");
        return {};
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return tr("Enter the mailbox's user name and password to check where the test message "
                  "landed.");
    return {};
}

void FetchBackPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

ImapAccount FetchBackPanel::account(const Target &sent) const
{
    ImapAccount account;
    account.host = m_host->text().trimmed();
    account.port = quint16(m_port->value());
    account.security = ImapAccount::Security(m_security->currentData().toInt());
    account.user = m_user->text().trimmed();
    if (signsInWithBrowser())
        account.token = m_oauth->tokens().accessToken; // XOAUTH2
    else
        account.password = m_password->text();
    // The send's trust and time limits: the server step's --ca-file and timeout.
    account.allowCleartextAuth = sent.allowCleartextAuth;
    account.caFile = sent.caFile;
    account.stepTimeoutSeconds = qMax(1, sent.stepTimeoutMs / 1000);
    return account;
}

void FetchBackPanel::start(const Report &sendReport)
{
    if (m_fetch) { // a new send: the previous search no longer matters
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_refreshing = false;
    m_report = sendReport;
    emit reportReady(m_report);
    if (!isChecked())
        return;
    saveSettings(); // what the user chose to use, as the send's fields are saved
    if (acceptedMessageId(sendReport).isEmpty()) {
        showStatus(tr("The test message was not accepted: there is nothing to look for."), false);
        return;
    }
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    const OAuthTokens &tokens = m_oauth->tokens();
    if (signsInWithBrowser() && tokens.isExpiredAt(QDateTime::currentDateTimeUtc())
        && tokens.canRefresh()) {
        // RFC 6749 section 6: a new access token first, then the search.
        m_refreshing = true;
        showStatus(tr("Renewing the mailbox's access token..."), false);
        emit runningChanged();
        m_oauth->refresh();
        return;
    }
    lookFor();
}

void FetchBackPanel::lookFor()
{
    QString moduleProblem;
    const MailChecks *checks = MailModule::checks(&moduleProblem);
    if (!checks) {
        showStatus(moduleProblem, true);
        return;
    }
    const QByteArray messageId = acceptedMessageId(m_report);
    const Target &sent = m_report.target;
    FetchBack::Request request;
    request.account = account(sent);
    request.messageId = messageId;
    // The resolver the send used; From against its sign-in, the route against its server.
    request.analysis.resolver = sent.resolver;
    request.analysis.timeoutMs = sent.stepTimeoutMs;
    request.analysis.signedInUser = sent.user;
    request.analysis.smtpHost = sent.host;
    m_fetch = checks->newFetchBack(request, this);
    // Its events in the step's report: at the time since the send began,
    // never before the send's last.
    m_fetchOffsetMs = m_report.started.msecsTo(QDateTime::currentDateTimeUtc());
    for (const Event &event : std::as_const(m_report.events))
        m_fetchOffsetMs = qMax(m_fetchOffsetMs, event.offsetMs);
    // First: the journal takes its findings in before the panel reports them.
    emit fetchStarted(m_fetch, m_fetchOffsetMs);
    connect(m_fetch, &FetchBackJob::progressChanged, m_status, &QLabel::setText);
    connect(m_fetch, &FetchBackJob::finished, this, &FetchBackPanel::onFinished);
    showStatus(tr("Looking for the test message in %1...").arg(request.account.host), false);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_fetch->start();
    emit runningChanged();
}

void FetchBackPanel::cancel()
{
    if (m_refreshing) {
        m_refreshing = false;
        m_oauth->cancel();
        emit runningChanged();
    }
    if (m_fetch && m_fetch->isRunning())
        m_fetch->cancel(); // finished() follows, with what was found so far
}

Report FetchBackPanel::report() const
{
    // While a token is renewed no search has started: the send's report.
    return m_fetch && m_fetch->isRunning()
               ? withFetchBack(m_report, *m_fetch, m_fetchOffsetMs, true)
               : m_report;
}

Report FetchBackPanel::withFetchBack(Report report,
                                     const FetchBackJob &fetch,
                                     qint64 offsetMs,
                                     bool cancelled)
{
    report.findings += fetch.findings();
    for (Event event : fetch.events()) {
        event.offsetMs += offsetMs;
        report.events.append(event);
    }
    report.checks.append({CheckName::fetchBack(),
                          cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"),
                          {}});
    if (cancelled && !report.stopped)
        report.stopped = RunStop::fromChecks(RunStop::Reason::Cancelled, {CheckName::fetchBack()});
    report.durationMs = report.started.msecsTo(QDateTime::currentDateTimeUtc());
    return report;
}

void FetchBackPanel::onFinished()
{
    FetchBackJob *fetch = m_fetch;
    m_fetch = nullptr;
    for (const Finding &finding : fetch->findings())
        emit findingAdded(finding);
    const bool cancelled = fetch->wasCancelled();
    m_report = withFetchBack(m_report, *fetch, m_fetchOffsetMs, cancelled);
    fetch->deleteLater();
    m_progress->hide();
    m_cancel->setEnabled(false);
    showStatus(cancelled ? tr("Stopped looking for the test message.")
                         : tr("Done looking for the test message."),
               false);
    emit reportReady(m_report);
    emit runningChanged();
}
