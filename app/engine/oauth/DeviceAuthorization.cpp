// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/DeviceAuthorization.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {

QNetworkReply *postForm(QNetworkAccessManager *network, const QUrl &url, const QUrlQuery &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    return network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
}

QJsonObject jsonOf(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

DeviceAuthorization::DeviceAuthorization(const Request &request,
                                         QNetworkAccessManager *network,
                                         QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_network(network)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthorization::poll);
}

void DeviceAuthorization::start()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_request.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_request.scopes.join(QLatin1Char(' ')));
    if (!m_request.resource.isEmpty())
        form.addQueryItem(QStringLiteral("resource"), m_request.resource);
    QNetworkReply *reply = postForm(m_network, m_request.deviceUrl, form);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDeviceReply(reply); });
}

void DeviceAuthorization::cancel()
{
    m_pollTimer.stop();
    fail(QStringLiteral("cancelled"), QStringLiteral("the sign-in was cancelled"));
}

void DeviceAuthorization::onDeviceReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const QJsonObject answer = jsonOf(reply);
    if (answer.contains(QLatin1String("error")) || reply->error() != QNetworkReply::NoError) {
        fail(answer.value(QLatin1String("error")).toString(QStringLiteral("network")),
             answer.value(QLatin1String("error_description")).toString(reply->errorString()));
        return;
    }
    m_deviceCode = answer.value(QLatin1String("device_code")).toString();
    const QString userCode = answer.value(QLatin1String("user_code")).toString();
    // Google names it verification_url, RFC 8628 section 3.2 verification_uri.
    QString verification = answer.value(QLatin1String("verification_uri")).toString();
    if (verification.isEmpty())
        verification = answer.value(QLatin1String("verification_url")).toString();
    if (m_deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty()) {
        fail(QStringLiteral("invalid_response"),
             QStringLiteral("the device authorization answer lacks device_code, user_code or "
                            "verification_uri"));
        return;
    }
    m_intervalSeconds = qMax(1, answer.value(QLatin1String("interval")).toInt(5));
    const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(600);
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(expiresIn) * 1000;
    emit userCodeReady(QUrl(verification),
                       userCode,
                       QUrl(answer.value(QLatin1String("verification_uri_complete")).toString()));
    m_pollTimer.start(m_intervalSeconds * 1000);
}

void DeviceAuthorization::poll()
{
    if (m_finished)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_deadlineMs) {
        fail(QStringLiteral("expired_token"), QStringLiteral("the code expired before approval"));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"),
                      QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    form.addQueryItem(QStringLiteral("client_id"), m_request.clientId);
    QNetworkReply *reply = postForm(m_network, m_request.tokenUrl, form);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void DeviceAuthorization::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const QJsonObject answer = jsonOf(reply);
    const QString error = answer.value(QLatin1String("error")).toString();
    // Section 3.5: keep polling while pending; slow_down adds 5 seconds.
    if (error == QLatin1String("authorization_pending") || error == QLatin1String("slow_down")) {
        if (error == QLatin1String("slow_down"))
            m_intervalSeconds += 5;
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    const QString accessToken = answer.value(QLatin1String("access_token")).toString();
    if (!error.isEmpty() || accessToken.isEmpty()) {
        fail(error.isEmpty() ? QStringLiteral("network") : error,
             answer.value(QLatin1String("error_description")).toString(reply->errorString()));
        return;
    }
    m_finished = true;
    emit granted(accessToken,
                 answer.value(QLatin1String("refresh_token")).toString(),
                 answer.value(QLatin1String("expires_in")).toInt());
}

void DeviceAuthorization::fail(const QString &error, const QString &description)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error, description);
}
