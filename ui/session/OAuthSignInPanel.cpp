// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthSignInPanel.h"

#include "SettingsStore.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>

namespace {

BrowserAuthorization::Opener &browserOpener()
{
    static BrowserAuthorization::Opener opener;
    return opener;
}

bool openInSystemBrowser(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace

OAuthSignInPanel::OAuthSignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_form(new QFormLayout)
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_authorizationUrl(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("Si&gn in in the browser"), this))
    , m_cancel(new QPushButton(tr("Cancel sign-in"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_clientId->setObjectName(QStringLiteral("oauthClientIdEdit"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_clientId->setPlaceholderText(tr("the client id of your app registration"));
    m_clientSecret->setObjectName(QStringLiteral("oauthClientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_authorizationUrl->setObjectName(QStringLiteral("oauthAuthorizationUrlEdit"));
    m_authorizationUrl->setAccessibleName(tr("Authorization endpoint"));
    m_tokenUrl->setObjectName(QStringLiteral("oauthTokenUrlEdit"));
    m_tokenUrl->setAccessibleName(tr("Token endpoint"));
    m_scopes->setObjectName(QStringLiteral("oauthScopesEdit"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setPlaceholderText(tr("separated by spaces"));
    m_signIn->setObjectName(QStringLiteral("oauthSignInButton"));
    m_cancel->setObjectName(QStringLiteral("oauthCancelButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("oauthProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("C&lient id:"), m_clientId);
    m_form->addRow(tr("Client s&ecret:"), m_clientSecret);
    m_form->addRow(tr("Authori&zation endpoint:"), m_authorizationUrl);
    m_form->addRow(tr("To&ken endpoint:"), m_tokenUrl);
    m_form->addRow(tr("Sco&pes:"), m_scopes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    m_form->addRow(buttons);
    m_form->addRow(m_status);
    setLayout(m_form);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInPanel::cancel);
}

void OAuthSignInPanel::setBrowserOpener(BrowserAuthorization::Opener opener)
{
    browserOpener() = std::move(opener);
}

void OAuthSignInPanel::makeSecondary(const QString &prefix)
{
    const auto withPrefix = [&prefix](QObject *object) {
        QString name = object->objectName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
            object->setObjectName(prefix + name);
        }
    };
    withPrefix(this);
    for (QWidget *child : findChildren<QWidget *>())
        withPrefix(child);
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy())
            label->setText(label->text().remove(QLatin1Char('&')));
    }
    for (QPushButton *button : {m_signIn, m_cancel})
        button->setText(button->text().remove(QLatin1Char('&')));
}

void OAuthSignInPanel::setProvider(const OAuthProvider &provider)
{
    if (provider.id == m_provider.id)
        return;
    cancel();
    saveSettings();
    m_provider = provider;
    const bool custom = provider.id == QLatin1String("custom");
    m_authorizationUrl->setText(provider.authorizationUrl);
    m_tokenUrl->setText(provider.tokenUrl);
    m_scopes->setText(provider.scopes.join(QLatin1Char(' ')));
    // The table's endpoints for Google and Microsoft; typed for the others.
    m_form->setRowVisible(m_authorizationUrl, custom);
    m_form->setRowVisible(m_tokenUrl, custom);
    m_form->setRowVisible(m_scopes, custom);
    m_form->setRowVisible(m_clientSecret, custom || provider.clientSecretNeeded);
    setTokens({});
    restoreSettings();
    m_status->setText(
        custom ? tr("Enter your provider's endpoints and your app's client id, then sign in.")
               : tr("Enter the client id of your own app registration with %1, then sign in.")
                     .arg(provider.name));
}

// A key per provider, under the panel's group. The endpoints are kept as
// one list: a key with "token" in its name would be refused as a secret's.
QString OAuthSignInPanel::settingsKey(const QString &name) const
{
    return m_settingsGroup + QLatin1Char('/') + m_provider.id + QLatin1Char('/') + name;
}

void OAuthSignInPanel::saveSettings() const
{
    if (!m_provider.isKnown())
        return;
    SettingsStore settings;
    settings.setValue(settingsKey(QStringLiteral("clientId")), m_clientId->text().trimmed());
    if (m_provider.id == QLatin1String("custom")) {
        settings.setValue(
            settingsKey(QStringLiteral("endpoints")),
            QStringList{m_authorizationUrl->text().trimmed(), m_tokenUrl->text().trimmed()});
        settings.setValue(settingsKey(QStringLiteral("scopes")), m_scopes->text().trimmed());
    }
    settings.sync();
}

void OAuthSignInPanel::restoreSettings()
{
    const SettingsStore settings;
    const QString clientIdKey = settingsKey(QStringLiteral("clientId"));
    if (settings.contains(clientIdKey))
        m_clientId->setText(settings.value(clientIdKey).toString());
    if (m_provider.id != QLatin1String("custom"))
        return;
    const QStringList endpoints = settings.value(settingsKey(QStringLiteral("endpoints")))
                                      .toStringList();
    if (endpoints.size() == 2) {
        m_authorizationUrl->setText(endpoints.at(0));
        m_tokenUrl->setText(endpoints.at(1));
    }
    const QString scopesKey = settingsKey(QStringLiteral("scopes"));
    if (settings.contains(scopesKey))
        m_scopes->setText(settings.value(scopesKey).toString());
}

void OAuthSignInPanel::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    emit tokensChanged(m_tokens);
}

BrowserAuthorization::Request OAuthSignInPanel::request() const
{
    BrowserAuthorization::Request request;
    request.authorizationUrl = QUrl(m_authorizationUrl->text().trimmed());
    request.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    request.clientId = m_clientId->text().trimmed();
    request.clientSecret = m_clientSecret->text();
    request.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_provider.id == QLatin1String("google")) {
        // Google gives a refresh token only for access_type=offline.
        request.authorizationParameters.insert(QStringLiteral("access_type"),
                                               QStringLiteral("offline"));
        request.authorizationParameters.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    } else if (m_provider.id == QLatin1String("custom")
               && request.scopes.contains(QLatin1String("offline_access"))) {
        // OpenID Connect Core section 11: offline_access needs prompt=consent.
        request.authorizationParameters.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    }
    return request;
}

void OAuthSignInPanel::signIn()
{
    const BrowserAuthorization::Request wanted = request();
    QString problem;
    if (wanted.clientId.isEmpty())
        problem = tr("Enter the client id of your app registration first.");
    else if (!wanted.authorizationUrl.isValid() || !wanted.tokenUrl.isValid()
             || wanted.authorizationUrl.scheme().isEmpty() || wanted.tokenUrl.scheme().isEmpty())
        problem = tr("Enter the provider's authorization and token endpoints (https://...).");
    else if (wanted.scopes.isEmpty())
        problem = tr("Enter the scopes to ask for.");
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    saveSettings(); // the fields are about to be used: the next start has them
    startFlow(true);
}

void OAuthSignInPanel::refresh()
{
    if (m_tokens.canRefresh())
        startFlow(false);
}

void OAuthSignInPanel::startFlow(bool browser)
{
    cancel();
    BrowserAuthorization::Opener opener = browserOpener()
                                              ? browserOpener()
                                              : BrowserAuthorization::Opener(openInSystemBrowser);
    m_flow = new BrowserAuthorization(request(), m_network, opener, this);
    connect(m_flow, &BrowserAuthorization::granted, this, &OAuthSignInPanel::onGranted);
    connect(m_flow, &BrowserAuthorization::failed, this, &OAuthSignInPanel::onFailed);
    connect(m_flow, &BrowserAuthorization::waitingForBrowser, this, [this] {
        m_status->setText(tr("Sign in and consent in your web browser; SMTP Doctor waits for "
                             "its answer."));
    });
    setWaiting(true);
    if (browser) {
        m_status->setText(tr("Opening your web browser..."));
        m_flow->start();
    } else {
        m_status->setText(tr("Renewing the access token..."));
        m_flow->refresh(m_tokens.refreshToken);
    }
}

void OAuthSignInPanel::cancel()
{
    if (m_flow)
        m_flow->cancel(); // failed("cancelled") ends the wait
}

void OAuthSignInPanel::onGranted(const OAuthTokens &tokens)
{
    setWaiting(false);
    OAuthTokens received = tokens;
    // RFC 6749 section 6: a refresh may come without a new refresh token.
    if (received.refreshToken.isEmpty())
        received.refreshToken = m_tokens.refreshToken;
    m_status->setText(
        received.expiresAt.isValid()
            ? tr("Signed in: the access token is valid until %1.")
                  .arg(QLocale().toString(received.expiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Signed in."));
    setTokens(received);
}

void OAuthSignInPanel::onFailed(const QString &error, const QString &description)
{
    setWaiting(false);
    if (error == QLatin1String("cancelled")) {
        m_status->setText(tr("The sign-in was cancelled."));
        return;
    }
    const QString provider = m_provider.name.isEmpty() ? m_tokenUrl->text() : m_provider.name;
    const Finding finding = FindingCatalog::make(
        QLatin1String(FindingId::AuthOauthFlowFailed),
        FindingArgs{{FindingArg::Host, provider},
                    {FindingArg::Detail, QStringLiteral("%1: %2").arg(error, description)}},
        {QStringLiteral("authorization code grant with PKCE (RFC 6749, RFC 7636): error %1")
             .arg(error)},
        QStringLiteral("oauth"));
    m_status->setText(tr("The sign-in failed: %1 (%2).").arg(description, error));
    emit failed(finding);
}

void OAuthSignInPanel::setWaiting(bool waiting)
{
    if (!waiting && m_flow) {
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_progress->setVisible(waiting);
    m_signIn->setEnabled(!waiting);
    m_cancel->setEnabled(waiting);
}
