// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SaslClient.h"

#include <gsasl.h>

#include <cstdlib>

namespace {

const QString xoauth2 = QStringLiteral("XOAUTH2");
const QString oauthBearer = QStringLiteral("OAUTHBEARER");

// RFC 7628 section 3.1 / RFC 5801 section 4: "," and "=" in the authzid.
QByteArray saslName(const QString &user)
{
    return user.toUtf8().replace('=', "=3D").replace(',', "=2C");
}

} // namespace

QStringList SaslClient::preferenceOrder()
{
    return {QStringLiteral("SCRAM-SHA-256"),
            QStringLiteral("SCRAM-SHA-1"),
            QStringLiteral("CRAM-MD5"),
            QStringLiteral("PLAIN"),
            QStringLiteral("LOGIN")};
}

QString SaslClient::strongest(const QStringList &offered, const Credentials &credentials)
{
    QStringList upper;
    for (const QString &mechanism : offered)
        upper.append(mechanism.toUpper());
    // A token says the user signs in with OAuth2: nothing else will do.
    // OAUTHBEARER (RFC 7628) first: the standard form, which names the server.
    if (!credentials.token.isEmpty()) {
        for (const QString &mechanism : {oauthBearer, xoauth2}) {
            if (upper.contains(mechanism))
                return mechanism;
        }
        return {};
    }
    for (const QString &mechanism : preferenceOrder()) {
        if (upper.contains(mechanism))
            return mechanism;
    }
    return {};
}

bool SaslClient::sendsPasswordInClear(const QString &mechanism)
{
    const QString upper = mechanism.toUpper();
    return upper == QLatin1String("PLAIN") || upper == QLatin1String("LOGIN") || isBearer(upper);
}

bool SaslClient::isBearer(const QString &mechanism)
{
    const QString upper = mechanism.toUpper();
    return upper == xoauth2 || upper == oauthBearer;
}

bool SaslClient::clientSpeaksFirst(const QString &mechanism)
{
    const QString upper = mechanism.toUpper();
    return upper != QLatin1String("LOGIN") && upper != QLatin1String("CRAM-MD5");
}

SaslClient::SaslClient(const QString &mechanism,
                       const Credentials &credentials,
                       const QString &hostname)
    : m_mechanism(mechanism.toUpper())
    , m_credentials(credentials)
    , m_hostname(hostname)
{
    // libgsasl 2.2 (Debian 12 and 13) has neither bearer mechanism: both are
    // built here, one message each way.
    if (isBearer(m_mechanism)) {
        if (credentials.token.isEmpty())
            m_error = QStringLiteral("%1 needs an access token").arg(m_mechanism);
        return;
    }
    if (!preferenceOrder().contains(m_mechanism)) {
        m_error = QStringLiteral("the mechanism %1 is not supported").arg(m_mechanism);
        return;
    }
    int result = gsasl_init(&m_context);
    if (result == GSASL_OK)
        result = gsasl_client_start(m_context, m_mechanism.toLatin1().constData(), &m_session);
    if (result != GSASL_OK) {
        m_error = QString::fromUtf8(gsasl_strerror(result));
        return;
    }
    gsasl_property_set(m_session, GSASL_AUTHID, credentials.user.toUtf8().constData());
    gsasl_property_set(m_session, GSASL_PASSWORD, credentials.password.toUtf8().constData());
    gsasl_property_set(m_session, GSASL_SERVICE, "smtp");
    gsasl_property_set(m_session, GSASL_HOSTNAME, hostname.toUtf8().constData());
}

SaslClient::~SaslClient()
{
    if (m_session)
        gsasl_finish(m_session);
    if (m_context)
        gsasl_done(m_context);
}

SaslClient::Status SaslClient::step(const QByteArray &challenge, QByteArray *response)
{
    response->clear();
    if (!m_error.isEmpty())
        return Status::Failed;
    ++m_steps;
    if (m_mechanism == xoauth2) {
        // The client speaks once; a JSON error challenge gets an empty
        // reply, so that the server sends its final failure (Google's docs).
        if (m_steps == 1)
            *response = "user=" + m_credentials.user.toUtf8()
                        + "\x01"
                          "auth=Bearer "
                        + m_credentials.token.toUtf8() + "\x01\x01";
        return m_steps == 1 ? Status::Continue : Status::Done;
    }
    if (m_mechanism == oauthBearer) {
        // RFC 7628 section 3.1: a GS2 header naming the user, then key=value
        // pairs separated by ^A. After an error challenge the client sends a
        // single ^A (section 3.2.3) and the server its final failure.
        if (m_steps == 1) {
            *response = "n,a=" + saslName(m_credentials.user) + ",\x01";
            if (!m_hostname.isEmpty())
                *response += "host=" + m_hostname.toUtf8() + "\x01";
            *response += "auth=Bearer " + m_credentials.token.toUtf8() + "\x01\x01";
        } else {
            *response = "\x01";
        }
        return m_steps == 1 ? Status::Continue : Status::Done;
    }
    char *output = nullptr;
    size_t outputLength = 0;
    const int result = gsasl_step(
        m_session, challenge.constData(), size_t(challenge.size()), &output, &outputLength);
    if (output) {
        *response = QByteArray(output, qsizetype(outputLength));
        gsasl_free(output);
    }
    switch (result) {
    case GSASL_OK:
        return Status::Done;
    case GSASL_NEEDS_MORE:
        return Status::Continue;
    default:
        m_error = QString::fromUtf8(gsasl_strerror(result));
        return Status::Failed;
    }
}
