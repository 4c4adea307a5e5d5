// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// The OAuth 2.0 device authorization grant (RFC 8628) for a program without
// a browser: asks the provider for a user code, says where the user enters
// it, then polls the token endpoint at the interval the provider gives
// (slower after slow_down, section 3.5) until the user approved, refused,
// or the code expired. The network manager comes from the caller. Finishes
// with exactly one of granted() or failed(); the tokens are only handed to
// the caller, never logged.
class DeviceAuthorization : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl deviceUrl; // the device authorization endpoint (section 3.1)
        QUrl tokenUrl;
        QString clientId;
        QStringList scopes;
        QString resource; // RFC 8707, empty: none asked for
    };

    DeviceAuthorization(const Request &request,
                        QNetworkAccessManager *network,
                        QObject *parent = nullptr);

    void start();
    void cancel();

signals:
    // Section 3.3: what to show the user. `complete` carries the code
    // already (verification_uri_complete), empty when the provider has none.
    void userCodeReady(const QUrl &verification, const QString &userCode, const QUrl &complete);
    void granted(const QString &accessToken, const QString &refreshToken, int expiresIn);
    // The provider's error and error_description (RFC 6749 section 5.2,
    // RFC 8628 section 3.5), or a transport error as "network".
    void failed(const QString &error, const QString &description);

private:
    void onDeviceReply(QNetworkReply *reply);
    void poll();
    void onTokenReply(QNetworkReply *reply);
    void fail(const QString &error, const QString &description);

    Request m_request;
    QNetworkAccessManager *m_network;
    QTimer m_pollTimer;
    QString m_deviceCode;
    int m_intervalSeconds = 5; // section 3.2: the default interval
    qint64 m_deadlineMs = 0;
    bool m_finished = false;
};
