// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthOptions.h"

#include "oauth/DeviceAuthorization.h"
#include "oauth/OAuthProviderTable.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

OAuthOptions::OAuthOptions()
    : m_providerOption(QStringLiteral("oauth-provider"),
                       tr("Sign in with OAuth2 through this provider's device sign-in: google, "
                          "microsoft or custom (prints an address and a code to enter there)."),
                       QStringLiteral("PROVIDER"))
    , m_clientIdOption(QStringLiteral("oauth-client-id"),
                       tr("The client id of your own app registration with the provider."),
                       QStringLiteral("ID"))
    , m_deviceUrlOption(QStringLiteral("oauth-device-url"),
                        tr("The device authorization endpoint (custom provider)."),
                        QStringLiteral("URL"))
    , m_tokenUrlOption(QStringLiteral("oauth-token-url"),
                       tr("The token endpoint (custom provider)."),
                       QStringLiteral("URL"))
    , m_scopeOption(QStringLiteral("oauth-scope"),
                    tr("A scope to ask for (repeatable; default: the provider's SMTP scopes)."),
                    QStringLiteral("SCOPE"))
    , m_resourceOption(QStringLiteral("oauth-resource"),
                       tr("The resource (audience) the token is for, RFC 8707; a token that "
                          "names another is reported as such."),
                       QStringLiteral("URI"))
{}

QList<QCommandLineOption> OAuthOptions::options() const
{
    return {m_providerOption,
            m_clientIdOption,
            m_deviceUrlOption,
            m_tokenUrlOption,
            m_scopeOption,
            m_resourceOption};
}

QString OAuthOptions::read(const QCommandLineParser &parser)
{
    m_resource = parser.value(m_resourceOption).trimmed();
    m_scopes = parser.values(m_scopeOption);
    if (!parser.isSet(m_providerOption)) {
        for (const QCommandLineOption *option :
             {&m_clientIdOption, &m_deviceUrlOption, &m_tokenUrlOption}) {
            if (parser.isSet(*option))
                return tr("--%1 goes with --oauth-provider").arg(option->names().constFirst());
        }
        return {};
    }
    m_provider = parser.value(m_providerOption).trimmed().toLower();
    m_clientId = parser.value(m_clientIdOption).trimmed();
    if (m_clientId.isEmpty())
        return tr("--oauth-provider needs --oauth-client-id (your app registration's client id)");
    if (m_provider == QLatin1String("custom")) {
        m_providerName = tr("the custom provider");
        m_deviceUrl = QUrl(parser.value(m_deviceUrlOption).trimmed());
        m_tokenUrl = QUrl(parser.value(m_tokenUrlOption).trimmed());
        if (!m_deviceUrl.isValid() || m_deviceUrl.host().isEmpty() || !m_tokenUrl.isValid()
            || m_tokenUrl.host().isEmpty())
            return tr("--oauth-provider custom needs --oauth-device-url URL and "
                      "--oauth-token-url URL");
        return {};
    }
    const OAuthProvider provider = OAuthProviderTable::byId(m_provider);
    if (!provider.isKnown())
        return tr("--oauth-provider must be google, microsoft or custom");
    m_providerName = provider.name;
    // Google's device sign-in does not allow the Gmail scope (see the table's note).
    if (provider.deviceUrl.isEmpty())
        return tr("%1 has no device sign-in for SMTP: %2").arg(provider.name, provider.deviceNote);
    m_deviceUrl = QUrl(parser.value(m_deviceUrlOption).isEmpty() ? provider.deviceUrl
                                                                 : parser.value(m_deviceUrlOption));
    m_tokenUrl = QUrl(parser.value(m_tokenUrlOption).isEmpty() ? provider.tokenUrl
                                                               : parser.value(m_tokenUrlOption));
    if (m_scopes.isEmpty())
        m_scopes = provider.scopes;
    return {};
}

QStringList OAuthOptions::tokenScopes() const
{
    // OpenID Connect's scopes are about the ID token, never in an access
    // token's scope (OpenID Connect Core section 5.4).
    QStringList scopes;
    for (const QString &scope : m_scopes) {
        if (scope != QLatin1String("openid") && scope != QLatin1String("email")
            && scope != QLatin1String("profile") && scope != QLatin1String("offline_access"))
            scopes.append(scope);
    }
    return scopes;
}

QString OAuthOptions::signIn(std::optional<Failure> *failure) const
{
    QNetworkAccessManager network;
    DeviceAuthorization flow({m_deviceUrl, m_tokenUrl, m_clientId, m_scopes, m_resource}, &network);
    QEventLoop loop;
    QString token;
    QObject::connect(&flow,
                     &DeviceAuthorization::userCodeReady,
                     &loop,
                     [this](const QUrl &verification, const QString &code, const QUrl &complete) {
                         QTextStream err(stderr);
                         err << tr("To sign in with %1, open %2 and enter the code %3")
                                    .arg(m_providerName, verification.toString(), code)
                             << '\n';
                         if (complete.isValid() && !complete.isEmpty())
                             err << tr("(or open %1)").arg(complete.toString()) << '\n';
                         err << tr("Waiting for your approval...") << Qt::endl;
                     });
    QObject::connect(&flow, &DeviceAuthorization::granted, &loop, [&](const QString &access) {
        token = access;
        loop.quit();
    });
    QObject::connect(&flow,
                     &DeviceAuthorization::failed,
                     &loop,
                     [&](const QString &error, const QString &description) {
                         *failure = Failure{m_providerName, error, description};
                         loop.quit();
                     });
    flow.start();
    loop.exec();
    return token;
}
