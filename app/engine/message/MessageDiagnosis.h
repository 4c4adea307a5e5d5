// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"
#include "message/MessageJob.h"
#include "message/ParsedMessage.h"
#include "report/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class DnsResolver;
class MessageVerifier;
class SenderReputationCheck;

// The "message that arrived" step for every front end: the CLI's message
// command and the wizard's message page both run it, so both say the same.
// It reads the source (MessageParser), concludes (MessageAnalysis) and hands
// a Report; then, unless told not to, checks DKIM, SPF and DMARC again with
// the chosen resolver (MessageVerifier, VerificationAnalysis), and at the
// same time the sending address's reverse DNS and the DNS blocklists
// (SenderReputationCheck, ReputationAnalysis). After the job
// contract of Check: start() defers the work, finished() comes exactly once,
// cancel() ends it with what was found so far. The wizard holds it as a
// MessageJob, made by the mail module.
class MessageDiagnosis : public MessageJob
{
    Q_OBJECT
public:
    struct Options
    {
        bool checkAgain = true;                  // false: only what the message says, no DNS
        std::optional<ResolverAddress> resolver; // none: the system's
        int timeoutMs = 5000;                    // per DNS answer
        bool checkBlocklists = true;             // false: the sending address's PTR only
        QStringList blocklistZones;              // empty: BlocklistTable's default lists
        QString signedInUser; // the SMTP account that sent it, when known (message.from_mismatch)
        QString smtpHost;     // the SMTP server the site should use (message.sent_by_web_server)
    };

    explicit MessageDiagnosis(const QByteArray &source, QObject *parent = nullptr);
    MessageDiagnosis(const QByteArray &source, const Options &options, QObject *parent = nullptr);
    ~MessageDiagnosis() override;

    void start() override;
    void cancel() override;
    bool isRunning() const override { return m_started && !m_finished; }
    bool wasCancelled() const override { return m_cancelled; }
    const Report &report() const override { return m_report; }
    const ParsedMessage &message() const { return m_message; }
    QString setupError() const override { return m_setupError; }

    // Why `source` cannot be checked, in a sentence for the user, or empty:
    // the wizard says it as the user pastes. Reads the headers only.
    static QString inputProblem(const QByteArray &source);

private:
    void run();
    void onVerified();
    void onReputation();
    void finishWhenChecked();
    void finish();
    // What the headers say beside authentication: spam verdicts, From, origin.
    void addHeaderFindings();

    QByteArray m_source;
    Options m_options;
    std::unique_ptr<DnsResolver> m_resolver;
    std::unique_ptr<MessageVerifier> m_verifier;
    std::unique_ptr<SenderReputationCheck> m_reputation;
    int m_checksRunning = 0;
    QList<Finding> m_reputationFindings;
    QString m_setupError;
    ParsedMessage m_message;
    Report m_report;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_verified = false;
};
