// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct Gsasl;
struct Gsasl_session;

// The client side of one SASL exchange (RFC 4422) for SMTP AUTH (RFC 4954):
// PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1 and SCRAM-SHA-256 through libgsasl,
// and the bearer-token mechanisms OAUTHBEARER (RFC 7628) and XOAUTH2
// (Google's and Microsoft's older form) built here, since libgsasl has neither. It holds the secret
// for the exchange only and never writes it anywhere: callers log a marker instead of any response.
class SaslClient
{
public:
    struct Credentials
    {
        QString user;
        QString password; // for every mechanism but the bearer ones
        QString token;    // an OAuth2 access token, for OAUTHBEARER and XOAUTH2
        // What the token must carry when no provider table row says it: the
        // resource it is for (RFC 8707) and a scope. Empty: not checked.
        QString oauthResource;
        QStringList oauthScopes;
    };

    enum class Status { Continue, Done, Failed };

    // Strongest first: a mechanism that keeps the password off the wire wins.
    static QStringList preferenceOrder();
    // The strongest of `offered` (from the EHLO AUTH line) that we can do
    // with these credentials; empty when there is none.
    static QString strongest(const QStringList &offered, const Credentials &credentials);
    // Whether the password itself (or a reversible form) crosses the wire,
    // so that the exchange needs TLS (RFC 4954 section 4: PLAIN and LOGIN).
    static bool sendsPasswordInClear(const QString &mechanism);
    // OAUTHBEARER or XOAUTH2: the secret is an OAuth2 access token.
    static bool isBearer(const QString &mechanism);
    // Whether the client speaks first (an initial response on the AUTH line,
    // RFC 4954 section 4) or waits for the server's first 334 (LOGIN, CRAM-MD5).
    static bool clientSpeaksFirst(const QString &mechanism);

    SaslClient(const QString &mechanism, const Credentials &credentials, const QString &hostname);
    ~SaslClient();
    SaslClient(const SaslClient &) = delete;
    SaslClient &operator=(const SaslClient &) = delete;

    QString mechanism() const { return m_mechanism; }
    // Empty when the exchange could start; otherwise why not.
    QString error() const { return m_error; }

    // One step: `challenge` is the server's decoded 334 text (empty for the
    // initial response). Puts the next message, not yet base64-encoded, in
    // `response`: Continue, send it and expect another 334; Done, send it if
    // it is not empty, then expect the final reply; Failed, abort (see error()).
    Status step(const QByteArray &challenge, QByteArray *response);

private:
    QString m_mechanism;
    Credentials m_credentials;
    QString m_hostname;
    Gsasl *m_context = nullptr;
    Gsasl_session *m_session = nullptr;
    QString m_error;
    int m_steps = 0;
};
