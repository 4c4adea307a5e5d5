// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEmailPage.h"

#include "core/Diagnosis.h"
#include "DoctorWizard.h"
#include "FetchBackPanel.h"
#include "FindingsModel.h"
#include "OAuthSignInPanel.h"
#include "oauth/OAuthProviderTable.h"
#include "PasswordVault.h"
#include "profile/ProfileComparison.h"
#include "profile/ProfileRun.h"
#include "ProfileTable.h"
#include "RunRecorder.h"
#include "SettingsStore.h"
#include "TranscriptView.h"
#include "WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// Whether the password is kept in the keychain: a choice, not a secret.
const QString useKeychainKey = QStringLiteral("session/useKeychain");
const QString backupHostKey = QStringLiteral("backup/host");
const QString backupPortKey = QStringLiteral("backup/port");
const QString backupSecurityKey = QStringLiteral("backup/security");
const QString backupEnabledKey = QStringLiteral("backup/enabled");
// Which way of signing in was chosen (the combo box's provider id or kind).
const QString signInKindKey = QStringLiteral("session/signInKind");

enum SecretKind { PasswordSecret, TokenSecret, BrowserSecret };
constexpr int ProviderRole = Qt::UserRole + 1;

// The browser sign-in's tokens as the keychain keeps them (never a file).
QString tokensToText(const OAuthTokens &tokens)
{
    const QJsonObject object{
        {QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("refresh_token"), tokens.refreshToken},
        {QStringLiteral("expires_at"), tokens.expiresAt.toUTC().toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OAuthTokens tokensFromText(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    OAuthTokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(QLatin1String("expires_at")).toString(),
                                             Qt::ISODate);
    return tokens;
}

} // namespace

TestEmailPage::TestEmailPage(DoctorWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secretKind(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_keychainStatus(new QLabel(this))
    , m_mechanism(new QComboBox(this))
    , m_cleartext(
          new QCheckBox(tr("Allow sending the password &without encryption (unsafe)"), this))
    , m_backup(new QGroupBox(tr("Also try an e&xtra, backup connection side by side"), this))
    , m_backupHost(new QLineEdit(this))
    , m_backupPort(new QSpinBox(this))
    , m_backupSecurity(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send test message"), this))
    , m_cancel(new QPushButton(tr("&Cancel test"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_findings(new FindingsModel(this))
    , m_findingsView(new QListView(this))
    , m_transcript(new TranscriptView(this))
    , m_profiles(new ProfileTable(this))
    , m_vault(new PasswordVault(this))
    , m_oauth(new OAuthSignInPanel(this))
    , m_tokenVault(new PasswordVault(this))
    , m_fetchBack(new FetchBackPanel(this))
{
    setTitle(tr("Test e-mail"));
    setSubTitle(tr("Sign in and send a test message the way your application would. Leave the "
                   "fields empty to skip this step."));

    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(tr("website@example.com"));
    m_from->setAccessibleName(tr("Sender address"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setPlaceholderText(tr("you@example.com"));
    m_to->setAccessibleName(tr("Recipient address"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("usually the full e-mail address"));
    m_secretKind->setObjectName(QStringLiteral("secretKindCombo"));
    m_secretKind->addItem(tr("Password"), PasswordSecret);
    m_secretKind->addItem(tr("OAuth2 access token"), TokenSecret);
    for (const OAuthProvider &provider : OAuthProviderTable::all()) {
        m_secretKind->addItem(tr("Sign in with %1 (browser)").arg(provider.name), BrowserSecret);
        m_secretKind->setItemData(m_secretKind->count() - 1, provider.id, ProviderRole);
    }
    m_secretKind->addItem(tr("Other OAuth2 provider (browser)"), BrowserSecret);
    m_secretKind->setItemData(m_secretKind->count() - 1, QStringLiteral("custom"), ProviderRole);
    m_oauth->setObjectName(QStringLiteral("oauthPanel"));
    m_oauth->hide();
    m_secretKind->setAccessibleName(tr("Sign in with"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or token"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_mechanism->addItem(tr("Automatic (the strongest the server offers)"), QString());
    for (const char *name :
         {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN", "XOAUTH2"})
        m_mechanism->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_mechanism->setAccessibleName(tr("Sign-in method"));
    m_cleartext->setObjectName(QStringLiteral("cleartextCheck"));

    m_backup->setObjectName(QStringLiteral("backupGroup"));
    m_backup->setCheckable(true);
    m_backup->setChecked(false);
    m_backupHost->setObjectName(QStringLiteral("backupHostEdit"));
    m_backupHost->setAccessibleName(tr("Backup server"));
    m_backupPort->setObjectName(QStringLiteral("backupPortSpin"));
    m_backupPort->setRange(1, 65535);
    m_backupPort->setValue(465);
    m_backupPort->setAccessibleName(tr("Backup port"));
    m_backupSecurity->setObjectName(QStringLiteral("backupSecurityCombo"));
    m_backupSecurity->addItem(tr("None"), int(Target::Security::None));
    m_backupSecurity->addItem(tr("STARTTLS"), int(Target::Security::StartTls));
    m_backupSecurity->addItem(tr("SSL/TLS"), int(Target::Security::Tls));
    m_backupSecurity->setCurrentIndex(2);
    m_backupSecurity->setAccessibleName(tr("Backup encryption"));
    auto *backupForm = new QFormLayout(m_backup);
    backupForm->addRow(tr("Ser&ver:"), m_backupHost);
    backupForm->addRow(tr("Port:"), m_backupPort); // every letter of it is taken
    backupForm->addRow(tr("Encr&yption:"), m_backupSecurity);
    connect(m_backupPort, &QSpinBox::valueChanged, this, [this](int port) {
        m_backupSecurity->setCurrentIndex(m_backupSecurity->findData(
            int(ProfileRun::defaultBackupSecurity(m_wizard->target(), quint16(port)))));
    });

    registerField(QStringLiteral("from"), m_from);
    registerField(QStringLiteral("to"), m_to);
    registerField(QStringLiteral("user"), m_user);
    registerField(QStringLiteral("authMechanism"), m_mechanism, "currentText");
    // The password is no field: fields are what the wizard may remember.

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_cancel->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_findingsView->setObjectName(QStringLiteral("testFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setWordWrap(true);
    m_findingsView->setAccessibleName(tr("Test e-mail findings"));
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_profiles->setVisible(false);

    connect(m_send, &QPushButton::clicked, this, &TestEmailPage::startTest);
    // Enter in any field sends, as the button would (Next waits meanwhile).
    for (QLineEdit *edit : {m_from, m_to, m_user, m_secret})
        connect(edit, &QLineEdit::returnPressed, this, &TestEmailPage::startTest);
    connect(m_cancel, &QPushButton::clicked, this, &TestEmailPage::cancelTest);
    connect(
        m_secretKind, &QComboBox::currentIndexChanged, this, &TestEmailPage::onSecretKindChanged);
    connect(m_oauth, &OAuthSignInPanel::tokensChanged, this, [this](const OAuthTokens &tokens) {
        m_secret->setText(tokens.accessToken);
        if (m_sendAfterRefresh && !tokens.isEmpty()) {
            m_sendAfterRefresh = false;
            startTest();
        }
    });
    connect(m_oauth, &OAuthSignInPanel::failed, this, &TestEmailPage::onOAuthFailed);
    connect(m_fetchBack, &FetchBackPanel::findingAdded, m_findings, &FindingsModel::append);
    connect(m_fetchBack, &FetchBackPanel::runningChanged, this, &QWizardPage::completeChanged);
    connect(m_fetchBack, &FetchBackPanel::reportReady, this, [this](const Report &report) {
        m_wizard->setReport(DoctorWizard::TestEmailPageId, report);
    });
    connect(m_tokenVault, &PasswordVault::loaded, this, [this](const QString &text) {
        if (signsInWithBrowser() && m_oauth->tokens().isEmpty())
            m_oauth->setTokens(tokensFromText(text));
    });
    connect(m_secretKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool token = m_secretKind->currentData().toInt() != PasswordSecret;
        m_remember->setText(token ? tr("&Remember the token in the system keychain")
                                  : tr("&Remember the password in the system keychain"));
        if (token)
            m_mechanism->setCurrentIndex(m_mechanism->findData(QStringLiteral("XOAUTH2")));
    });
    for (QLineEdit *edit : {m_user, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &TestEmailPage::publishSignIn);
    connect(m_secretKind, &QComboBox::currentIndexChanged, this, &TestEmailPage::publishSignIn);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &TestEmailPage::publishSignIn);
    connect(m_cleartext, &QCheckBox::toggled, this, &TestEmailPage::publishSignIn);
    connect(m_vault, &PasswordVault::loaded, this, [this](const QString &secret) {
        if (m_secret->text().isEmpty())
            m_secret->setText(secret);
        m_keychainStatus->setText(tr("The password was taken from the system keychain."));
    });
    connect(m_vault, &PasswordVault::stored, this, [this] {
        m_keychainStatus->setText(tr("The password is saved in the system keychain."));
    });
    connect(m_vault, &PasswordVault::failed, m_keychainStatus, &QLabel::setText);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Sign &in with:"), m_secretKind);
    form->addRow(m_oauth);
    form->addRow(tr("&Password:"), m_secret);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainStatus);
    form->addRow(tr("&Method:"), m_mechanism);
    form->addRow(QString(), m_cleartext);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);

    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_findingsView);
    results->addWidget(m_profiles);
    results->addWidget(m_transcript);

    auto *topArea = new QScrollArea(this);
    topArea->setObjectName(QStringLiteral("signInArea"));
    topArea->setFrameShape(QFrame::NoFrame);
    topArea->setWidgetResizable(true);
    auto *topWidget = new QWidget(topArea);
    auto *top = new QHBoxLayout(topWidget);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(form, 3);
    auto *side = new QVBoxLayout; // the form is the taller: the fetch-back folds under the backup
    side->addWidget(m_backup);
    side->addWidget(m_fetchBack);
    side->addStretch();
    top->addLayout(side, 2);
    topArea->setWidget(topWidget);
    // Only the browser sign-in's extra rows scroll, never sideways, and
    // never the password form: Tab would move it. The area takes no focus.
    topArea->setFocusPolicy(Qt::NoFocus);
    topArea->setMinimumSize(topWidget->minimumSizeHint());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(topArea);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(results, 1);

    QWidgetList tabOrder;
    tabOrder << m_from << m_to << m_user << m_secretKind << m_oauth << m_secret << m_remember
             << m_mechanism << m_cleartext << m_backup << m_backupHost << m_backupPort
             << m_backupSecurity << m_fetchBack << m_send << m_cancel;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
}

void TestEmailPage::initializePage()
{
    if (!m_restored) {
        m_restored = true;
        restoreSettings();
    }
    m_backupHost->setPlaceholderText(m_wizard->target().host);
}

void TestEmailPage::cleanupPage()
{
    cancelTest();
}

bool TestEmailPage::isComplete() const
{
    return !isRunning() && !m_fetchBack->isRunning();
}

bool TestEmailPage::signsInWithBrowser() const
{
    return m_secretKind->currentData().toInt() == BrowserSecret;
}

void TestEmailPage::onSecretKindChanged()
{
    const bool browser = signsInWithBrowser();
    m_oauth->setVisible(browser);
    m_form->setRowVisible(m_secret, !browser);
    if (browser) {
        const QString id = m_secretKind->currentData(ProviderRole).toString();
        OAuthProvider provider = OAuthProviderTable::byId(id);
        if (!provider.isKnown()) {
            provider.id = id;
            provider.clientSecretNeeded = true; // a custom provider may want one
        }
        m_oauth->setProvider(provider);
    } else {
        m_oauth->cancel();
        m_secret->clear();
    }
}

void TestEmailPage::onOAuthFailed(const Finding &finding)
{
    m_sendAfterRefresh = false;
    m_findings->clear();
    m_findings->append(finding);
    Report report;
    report.target = m_wizard->target();
    report.started = QDateTime::currentDateTimeUtc();
    report.findings = {finding};
    m_wizard->setReport(DoctorWizard::TestEmailPageId, report);
}

TargetBuilder::Input TestEmailPage::input() const
{
    TargetBuilder::Input input = m_wizard->targetInput();
    input.user = m_user->text();
    input.from = m_from->text();
    input.to = m_to->text();
    input.hasSecret = !m_secret->text().isEmpty();
    return input;
}

TargetBuilder::BackupInput TestEmailPage::backupInput() const
{
    return {m_backupHost->text(),
            QString::number(m_backupPort->value()),
            Target::securityName(Target::Security(m_backupSecurity->currentData().toInt()))};
}

QString TestEmailPage::describe(const TargetBuilder::Problem &problem) const
{
    QString subject;
    switch (problem.field) {
    case TargetBuilder::Field::From:
        subject = tr("The sender");
        break;
    case TargetBuilder::Field::To:
        subject = tr("The recipient");
        break;
    case TargetBuilder::Field::User:
        subject = tr("The user name");
        break;
    case TargetBuilder::Field::Secret:
        subject = m_secretKind->currentData().toInt() != PasswordSecret ? tr("The access token")
                                                                        : tr("The password");
        break;
    case TargetBuilder::Field::BackupHost:
    case TargetBuilder::Field::BackupPort:
    case TargetBuilder::Field::BackupSecurity:
        subject = tr("The backup connection");
        break;
    default:
        // The server page's fields: it let them through, so this is rare.
        subject = tr("A setting of the server step");
        break;
    }
    if (problem.field == TargetBuilder::Field::Backup)
        return problem.reason;
    return tr("%1 %2.", "the subject (\"The sender\"), then what is wrong with it")
        .arg(subject, problem.reason);
}

QString TestEmailPage::inputProblem() const
{
    if (m_from->text().trimmed().isEmpty() && m_to->text().trimmed().isEmpty()
        && m_user->text().trimmed().isEmpty())
        return tr("Enter a sender and a recipient to send a test message, a user name to test "
                  "the sign-in, or both.");
    const TargetBuilder::Result main = TargetBuilder::build(input());
    if (!main.isUsable())
        return describe(main.problems.constFirst());
    if (m_backup->isChecked()) {
        const TargetBuilder::Result backup = TargetBuilder::buildBackup(main.target, backupInput());
        if (!backup.isUsable())
            return describe(backup.problems.constFirst());
    }
    return {};
}

void TestEmailPage::showProblem(const QString &problem)
{
    m_status->setText(problem);
    m_status->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

void TestEmailPage::startTest()
{
    if (signsInWithBrowser()) {
        const OAuthTokens &tokens = m_oauth->tokens();
        if (tokens.isEmpty()) {
            showProblem(tr("Sign in in the browser first: the test uses the token it gives."));
            return;
        }
        // An expired access token is renewed first; the test starts when it comes.
        if (tokens.isExpiredAt(QDateTime::currentDateTimeUtc()) && tokens.canRefresh()) {
            m_sendAfterRefresh = true;
            m_oauth->refresh();
            return;
        }
    }
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    showProblem({});
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
    }
    Target target = TargetBuilder::build(input()).target;
    // The connectivity and domain steps did their part: this one tries the
    // chosen port, signs in and sends.
    target.domain.clear();
    target.dkimSelectors.clear();
    target.extraPorts.clear();
    target.controlHost.clear();
    const WizardSession *session = m_wizard->session();
    session->applySignIn(&target);
    std::optional<Target> backup;
    if (m_backup->isChecked())
        backup = TargetBuilder::buildBackup(target, backupInput()).target;

    m_run = new ProfileRun(target, backup, this);
    if (!m_run->setupError().isEmpty()) {
        showProblem(m_run->setupError());
        delete m_run;
        m_run = nullptr;
        return;
    }
    if (const auto signIn = session->credentials())
        m_run->setCredentials(*signIn);
    m_findings->clear();
    m_transcript->clear();
    m_profiles->setVisible(false);
    const QString mainLabel = backup ? tr("main") : QString();
    m_transcript->follow(m_run->main()->eventLog(), mainLabel);
    connect(m_run->main(), &Diagnosis::findingAdded, m_findings, &FindingsModel::append);
    if (m_run->backup()) {
        m_transcript->follow(m_run->backup()->eventLog(), tr("backup"));
        connect(m_run->backup(), &Diagnosis::findingAdded, m_findings, &FindingsModel::append);
    }
    connect(m_run, &ProfileRun::progressChanged, m_status, &QLabel::setText);
    connect(m_run, &ProfileRun::finished, this, &TestEmailPage::onFinished);
    saveSettings();
    rememberOrForgetPassword();
    m_status->setText(target.mailFrom.isEmpty()
                          ? tr("Signing in to %1...").arg(target.host)
                          : tr("Sending a test message through %1...").arg(target.host));
    m_progress->show();
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_wizard->runRecorder()->track(DoctorWizard::TestEmailPageId, m_run, m_fetchBack);
    m_run->start();
    emit completeChanged();
}

void TestEmailPage::cancelTest()
{
    if (isRunning())
        m_run->cancel(); // what was found so far stays, and is reported
    m_fetchBack->cancel();
}

void TestEmailPage::onFinished()
{
    const Report report = m_run->report();
    int problems = 0;
    for (const Finding &finding : report.findings)
        problems += finding.severity == Finding::Severity::Failure;
    m_status->setText(problems == 0 ? tr("Done: no problem found.")
                                    : tr("Done: %n problem(s) found.", nullptr, problems));
    if (m_run->backup()) {
        // The verdict on the two connections comes once both have ended.
        for (const Finding &finding : report.findings) {
            if (finding.id.startsWith(QLatin1String("profile.")))
                m_findings->append(finding);
        }
        const Diagnosis *main = m_run->main();
        const Diagnosis *backup = m_run->backup();
        m_profiles->setProfiles(ProfileComparison::summarize(main->target(), main->findings()),
                                ProfileComparison::summarize(backup->target(), backup->findings()));
    }
    m_progress->hide();
    m_send->setEnabled(true);
    m_cancel->setEnabled(false);
    m_fetchBack->start(report); // the report, and where the message landed when asked
    emit completeChanged();
}

void TestEmailPage::publishSignIn()
{
    WizardSession::SignIn signIn;
    signIn.user = m_user->text();
    signIn.secret = m_secret->text();
    signIn.secretIsToken = m_secretKind->currentData().toInt() != PasswordSecret;
    signIn.mechanism = m_mechanism->currentData().toString();
    signIn.allowCleartext = m_cleartext->isChecked();
    m_wizard->session()->setSignIn(signIn);
}

void TestEmailPage::restoreSettings()
{
    const SettingsStore settings;
    const auto restore = [&settings](QLineEdit *edit, const QString &field) {
        if (edit->text().isEmpty())
            edit->setText(settings.value(SettingsStore::keyForField(field)).toString());
    };
    restore(m_from, QStringLiteral("from"));
    restore(m_to, QStringLiteral("to"));
    restore(m_user, QStringLiteral("user"));
    const int mechanism = m_mechanism->findData(
        settings.value(SettingsStore::keyForField(QStringLiteral("authMechanism"))).toString());
    if (mechanism >= 0)
        m_mechanism->setCurrentIndex(mechanism);
    m_backup->setChecked(settings.value(backupEnabledKey, false).toBool());
    m_backupHost->setText(settings.value(backupHostKey).toString());
    m_backupPort->setValue(settings.value(backupPortKey, 465).toInt());
    const int security = m_backupSecurity->findData(
        settings.value(backupSecurityKey, int(Target::Security::Tls)).toInt());
    if (security >= 0)
        m_backupSecurity->setCurrentIndex(security);
    const int kind = m_secretKind->findData(settings.value(signInKindKey).toString(), ProviderRole);
    if (kind >= 0)
        m_secretKind->setCurrentIndex(kind);
    const bool useKeychain = settings.value(useKeychainKey, false).toBool();
    m_remember->setChecked(useKeychain);
    const QString key = PasswordVault::keyFor(m_user->text().trimmed(), m_wizard->target().host);
    if (useKeychain && !m_user->text().isEmpty())
        (signsInWithBrowser() ? m_tokenVault : m_vault)
            ->load(signsInWithBrowser() ? QStringLiteral("OAuth2 ") + key : key);
}

void TestEmailPage::saveSettings()
{
    SettingsStore settings;
    settings.setValue(SettingsStore::keyForField(QStringLiteral("from")), m_from->text().trimmed());
    settings.setValue(SettingsStore::keyForField(QStringLiteral("to")), m_to->text().trimmed());
    settings.setValue(SettingsStore::keyForField(QStringLiteral("user")), m_user->text().trimmed());
    settings.setValue(SettingsStore::keyForField(QStringLiteral("authMechanism")),
                      m_mechanism->currentData().toString());
    settings.setValue(useKeychainKey, m_remember->isChecked());
    settings.setValue(signInKindKey, m_secretKind->currentData(ProviderRole).toString());
    settings.setValue(backupEnabledKey, m_backup->isChecked());
    settings.setValue(backupHostKey, m_backupHost->text().trimmed());
    settings.setValue(backupPortKey, m_backupPort->value());
    settings.setValue(backupSecurityKey, m_backupSecurity->currentData().toInt());
    settings.sync();
}

void TestEmailPage::rememberOrForgetPassword()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty())
        return;
    const QString key = PasswordVault::keyFor(user, m_wizard->target().host);
    const QString tokenKey = QStringLiteral("OAuth2 ") + key;
    if (m_remember->isChecked() && signsInWithBrowser()) {
        m_tokenVault->store(tokenKey, tokensToText(m_oauth->tokens()));
        m_vault->forget(key);
    } else if (m_remember->isChecked()) {
        m_vault->store(key, m_secret->text());
        m_tokenVault->forget(tokenKey);
    } else {
        m_vault->forget(key);
        m_tokenVault->forget(tokenKey);
    }
}
