// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageDiagnosis.h"

#include "core/CheckName.h"
#include "message/BulkSenderRules.h"
#include "message/FromAlignment.h"
#include "message/MessageAnalysis.h"
#include "message/MessageParser.h"
#include "message/MessageVerifier.h"
#include "message/ReputationAnalysis.h"
#include "message/SenderReputationCheck.h"
#include "message/SendingHop.h"
#include "message/SpamHeaderTable.h"
#include "message/VerificationAnalysis.h"
#include "message/WebServerOrigin.h"
#include "dns/DnsResolver.h"

#include <QDateTime>
#include <QTimer>

MessageDiagnosis::MessageDiagnosis(const QByteArray &source, QObject *parent)
    : MessageDiagnosis(source, Options{false, std::nullopt, 5000, true, {}}, parent)
{}

MessageDiagnosis::MessageDiagnosis(const QByteArray &source,
                                   const Options &options,
                                   QObject *parent)
    : MessageJob(parent)
    , m_source(source)
    , m_options(options)
{}

MessageDiagnosis::~MessageDiagnosis() = default;

void MessageDiagnosis::start()
{
    if (m_started)
        return;
    m_started = true;
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.environment = Report::currentEnvironment(QString());
    // Never synchronously: the caller connects to finished() after start().
    QTimer::singleShot(0, this, &MessageDiagnosis::run);
}

void MessageDiagnosis::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
    finish();
}

QString MessageDiagnosis::inputProblem(const QByteArray &source)
{
    if (source.trimmed().isEmpty())
        return tr("Paste the message's headers or its whole source, or open an .eml file.");
    if (source.size() > maxSourceBytes)
        return tr("This is larger than %1 MiB: not a single message.")
            .arg(maxSourceBytes / (1024 * 1024));
    if (!MessageParser::parse(source).looksLikeMail())
        return tr("This does not look like a message's headers: copy them from the message's "
                  "source, where lines start with Received:, From: or Date:.");
    return {};
}

void MessageDiagnosis::run()
{
    if (m_finished)
        return;
    emit progressChanged(tr("Reading the message..."));
    if (m_finished) // cancelled from the progress slot
        return;
    m_message = MessageParser::parse(m_source);
    m_report.findings = MessageAnalysis::analyse(m_message);
    addHeaderFindings();
    if (!m_options.checkAgain || !m_message.looksLikeMail()) {
        finish();
        return;
    }
    // The checks again, now: DKIM, SPF and DMARC with this resolver.
    m_resolver = std::make_unique<DnsResolver>(
        DnsResolver::Config{m_options.resolver, m_options.timeoutMs, {}});
    if (!m_resolver->setupError().isEmpty()) {
        m_setupError = m_resolver->setupError();
        finish();
        return;
    }
    emit progressChanged(tr("Checking DKIM, SPF and DMARC again, the sender's reverse DNS and "
                            "the blocklists..."));
    if (m_finished)
        return;
    m_verifier = std::make_unique<MessageVerifier>(m_resolver.get(), m_message);
    connect(m_verifier.get(), &MessageVerifier::finished, this, &MessageDiagnosis::onVerified);
    m_checksRunning = 1;
    // The address that handed the message over, asked about alongside.
    if (const auto sender = SendingHop::find(m_message)) {
        m_reputation = std::make_unique<SenderReputationCheck>(
            m_resolver.get(), *sender, m_options.checkBlocklists, m_options.blocklistZones);
        connect(m_reputation.get(),
                &SenderReputationCheck::finished,
                this,
                &MessageDiagnosis::onReputation);
        ++m_checksRunning;
        m_reputation->start();
    }
    m_verifier->start();
}

void MessageDiagnosis::onVerified()
{
    if (m_finished)
        return;
    m_report.findings += VerificationAnalysis::analyse(m_message, m_verifier->result());
    m_verified = true;
    finishWhenChecked();
}

void MessageDiagnosis::onReputation()
{
    if (m_finished)
        return;
    m_reputationFindings = ReputationAnalysis::analyse(m_reputation->result());
    finishWhenChecked();
}

void MessageDiagnosis::finishWhenChecked()
{
    if (--m_checksRunning > 0)
        return;
    // In a fixed order, whichever answered first: DKIM, SPF, DMARC, then the sender.
    m_report.findings += m_reputationFindings;
    finish();
}

void MessageDiagnosis::addHeaderFindings()
{
    if (!m_message.looksLikeMail())
        return;
    m_report.findings += SpamHeaderTable::builtIn().findings(m_message);
    m_report.findings += FromAlignment::analyse(m_message, m_options.signedInUser);
    m_report.findings += WebServerOrigin::analyse(m_message, m_options.smtpHost);
}

void MessageDiagnosis::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // The sender rules weigh today's checks when they were done, else the
    // receiver's own results.
    if (m_message.looksLikeMail()) {
        const MessageVerification verification = m_verified ? m_verifier->result()
                                                            : MessageVerification();
        m_report.findings += BulkSenderRules::builtIn().findings(
            m_message, m_verified ? &verification : nullptr);
    }
    m_report.checks.append({CheckName::message(),
                            m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("done"),
                            QString()});
    m_report.durationMs = m_report.started.msecsTo(QDateTime::currentDateTimeUtc());
    emit finished();
}

// Its own translation unit, not the engine's mocs_compilation: what links
// MessageJob alone does not pull this class, nor GMime, in.
#include "moc_MessageDiagnosis.cpp"
