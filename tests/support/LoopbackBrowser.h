// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

// The user in the browser, for the tests of the browser sign-in: follows
// the authorization URL with QNetworkAccessManager (cookies, redirects) on
// oidc-provider's development pages (tests/peers/oauth/server.mjs), signs in
// as `login`, consents or refuses, until the provider redirects to the
// program's loopback handler, which answers the last request. Loopback only:
// any other host ends the walk. Returns the last URL reached (the redirect
// address with its code or error), or an empty URL on failure.
class LoopbackBrowser
{
public:
    explicit LoopbackBrowser(QString login, bool deny = false)
        : m_login(std::move(login))
        , m_deny(deny)
    {
        m_network.setCookieJar(new QNetworkCookieJar(&m_network));
        m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }

    QString log() const { return m_log; }

    QUrl follow(const QUrl &authorizationUrl)
    {
        QUrl url = authorizationUrl;
        QByteArray body;
        bool post = false;
        for (int step = 0; step < 8; ++step) {
            if (url.host() != QLatin1String("127.0.0.1")) {
                m_log += QStringLiteral("refused a non-loopback URL: %1\n").arg(url.toString());
                return {};
            }
            QNetworkRequest request(url);
            request.setTransferTimeout(10000);
            QNetworkReply *reply = nullptr;
            if (post) {
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QStringLiteral("application/x-www-form-urlencoded"));
                reply = m_network.post(request, body);
            } else {
                reply = m_network.get(request);
            }
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QUrl reached = reply->url();
            const QString page = QString::fromUtf8(reply->readAll());
            reply->deleteLater();
            m_log += QStringLiteral("%1 -> %2 (%3)\n")
                         .arg(url.toString(), reached.toString())
                         .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            if (!page.contains(QLatin1String("<form")))
                return reached; // the program's loopback page
            if (m_deny && page.contains(QLatin1String("name=\"prompt\" value=\"consent\""))) {
                // devInteractions' "[ Cancel ]" link: the user refuses consent.
                const auto abort = QRegularExpression(
                                       QStringLiteral("<a href=\"([^\"]*abort[^\"]*)\""))
                                       .match(page);
                if (!abort.hasMatch())
                    return {};
                url = reached.resolved(QUrl(unescaped(abort.captured(1))));
                post = false;
                continue;
            }
            const auto action = QRegularExpression(QStringLiteral("<form[^>]*action=\"([^\"]*)\""))
                                    .match(page);
            if (!action.hasMatch())
                return {};
            QUrlQuery fields;
            auto inputs = QRegularExpression(
                              QStringLiteral("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*"
                                             "value=\"([^\"]*)\""))
                              .globalMatch(page);
            while (inputs.hasNext()) {
                const auto input = inputs.next();
                fields.addQueryItem(input.captured(1), unescaped(input.captured(2)));
            }
            if (page.contains(QLatin1String("name=\"prompt\" value=\"login\""))) {
                fields.addQueryItem(QStringLiteral("login"), m_login);
                fields.addQueryItem(QStringLiteral("password"), QStringLiteral("any"));
            }
            url = reached.resolved(QUrl(unescaped(action.captured(1))));
            body = fields.toString(QUrl::FullyEncoded).toUtf8();
            post = true;
        }
        return {};
    }

private:
    static QString unescaped(QString text)
    {
        return text.replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#x2F;"), QLatin1String("/"))
            .replace(QLatin1String("&#39;"), QLatin1String("'"));
    }

    QNetworkAccessManager m_network;
    QString m_login;
    bool m_deny;
    QString m_log;
};
