// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/ClientLine.h"
#include "smtp/SaslClient.h"
#include "oauth/OAuthErrorChallenge.h"
#include "smtp/SessionProblem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

struct SmtpReply;

// The AUTH exchange of an SMTP session (RFC 4954): which mechanism to use,
// the AUTH command with its initial response, and the answer to each 334
// challenge, with a bound on how long a server may keep challenging. It
// holds the secret through its SaslClient and never writes it anywhere:
// every line it builds that carries one is marked (ClientLine::shown).
// No I/O: SmtpProbe sends what it builds. Owned by the SmtpProbe.
class SmtpAuthExchange
{
public:
    struct Options
    {
        SaslClient::Credentials credentials;
        QString mechanism; // forced; empty: the strongest the server offers
        bool allowCleartext = false;
        QString hostname;     // for mechanisms that bind the server's name
        QString greetingName; // the name in the server's 220 line: which provider it is
    };

    explicit SmtpAuthExchange(const Options &options);
    ~SmtpAuthExchange();
    SmtpAuthExchange(const SmtpAuthExchange &) = delete;
    SmtpAuthExchange &operator=(const SmtpAuthExchange &) = delete;

    // Chooses the mechanism among the (non-empty) `offered` list of the
    // EHLO AUTH line; a problem when the exchange cannot start.
    std::optional<SessionProblem> begin(const QStringList &offered, bool encrypted);
    QString mechanism() const;
    // The AUTH command, with the initial response where the client speaks first.
    ClientLine command();
    // The line that answers a 334 challenge, or the problem of a server
    // that breaks the exchange's rules.
    std::variant<ClientLine, SessionProblem> answer(const SmtpReply &challenge);
    // The findings of a 235: auth.ok or auth.oauth_ok, and auth.basic_retiring
    // after a password sign-in to a provider that is ending it.
    QList<SessionProblem> accepted() const;
    // The finding of the final refusal: why a token was refused (TokenDiagnosis),
    // Microsoft's documented cases, or the reply classifier's reading.
    SessionProblem refused(const SmtpReply &reply) const;

private:
    Options m_options;
    std::unique_ptr<SaslClient> m_sasl;
    std::optional<OAuthErrorChallenge> m_oauthChallenge; // a bearer token's error
    int m_challenges = 0;                                // 334 replies in this exchange
    bool m_cancelled = false;
};
