// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageAnalysis.h"

#include "core/CheckName.h"
#include "message/AlignmentSummary.h"
#include "message/HopTimeline.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "smtp/SmtpReplyClassifier.h"

#include <QRegularExpression>

namespace {

Finding make(const char *id, const FindingArgs &args, const QStringList &evidence)
{
    return FindingCatalog::make(QLatin1String(id), args, evidence, CheckName::message());
}

// Results that say a check did not pass (RFC 8601 section 2.7).
bool isFailure(const QString &result)
{
    static const QStringList failures{QStringLiteral("fail"),
                                      QStringLiteral("softfail"),
                                      QStringLiteral("neutral"),
                                      QStringLiteral("permerror"),
                                      QStringLiteral("temperror"),
                                      QStringLiteral("policy")};
    return failures.contains(result);
}

QString summaryOf(const AuthenticationResults &results)
{
    QStringList parts;
    for (const AuthenticationResults::Result &result : results.results) {
        if (result.method != QLatin1String("spf") && result.method != QLatin1String("dkim")
            && result.method != QLatin1String("dmarc") && result.method != QLatin1String("arc"))
            continue;
        QString part = result.method + QLatin1Char('=') + result.result;
        const QString domain = result.method == QLatin1String("spf") ? result.property(
                                   QStringLiteral("smtp"), QStringLiteral("mailfrom"))
                               : result.method == QLatin1String("dkim")
                                   ? result.property(QStringLiteral("header"), QStringLiteral("d"))
                                         + result.property(QStringLiteral("header"),
                                                           QStringLiteral("i"))
                               : result.method == QLatin1String("dmarc") ? result.property(
                                     QStringLiteral("header"), QStringLiteral("from"))
                                                                         : QString();
        if (!domain.isEmpty())
            part += QStringLiteral(" (") + domain + QLatin1Char(')');
        parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

// The policy a receiver applied to a DMARC failure: Gmail writes
// "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)", Microsoft "action=oreject",
// Yahoo "(p=REJECT)". Lower case; empty when it says none.
QString appliedPolicy(const AuthenticationResults::Result &dmarc)
{
    static const QRegularExpression disposition(QStringLiteral("\\bdis=([A-Za-z]+)"));
    static const QRegularExpression policy(QStringLiteral("\\bp=([A-Za-z]+)"));
    if (const auto match = disposition.match(dmarc.comment); match.hasMatch())
        return match.captured(1).toLower();
    if (const QString action = dmarc.property(QString(), QStringLiteral("action"));
        !action.isEmpty())
        return action.toLower();
    if (const auto match = policy.match(dmarc.comment); match.hasMatch())
        return match.captured(1).toLower();
    return {};
}

QString delayText(qint64 seconds)
{
    return seconds < 0 ? QStringLiteral("%1 s, clocks differ").arg(seconds)
                       : QStringLiteral("+%1 s").arg(seconds);
}

void addReceivedChain(const ParsedMessage &message, QList<Finding> &findings)
{
    if (message.hops.isEmpty())
        return;
    QStringList path;
    for (const ReceivedHop &hop : message.hops) {
        const QString name = hop.by.isEmpty() ? hop.clientDescription() : hop.by;
        if (!name.isEmpty() && (path.isEmpty() || path.constLast() != name))
            path.append(name);
    }
    findings.append(make(FindingId::MessageReceivedChain,
                         {{FindingArg::Count, QString::number(message.hops.size())},
                          {FindingArg::Host, message.hops.constLast().by},
                          {FindingArg::Detail, path.join(QStringLiteral(" → "))},
                          // Facts for the timeline and the alignment diagram (MessageDiagrams).
                          {FindingArg::Hops, HopTimeline::fromMessage(message).toFact()},
                          {FindingArg::Alignment, AlignmentSummary::fromMessage(message).toFact()}},
                         MessageAnalysis::hopLines(message)));

    // The slowest step between two hops that both give a readable time.
    qint64 slowest = 0;
    int slowIndex = -1;
    for (int i = 1; i < message.hops.size(); ++i) {
        const QDateTime &before = message.hops.at(i - 1).time;
        const QDateTime &after = message.hops.at(i).time;
        if (!before.isValid() || !after.isValid())
            continue;
        const qint64 delay = before.secsTo(after);
        if (delay > slowest) {
            slowest = delay;
            slowIndex = i;
        }
    }
    if (slowIndex < 0 || slowest < MessageAnalysis::slowHopSeconds)
        return;
    const ReceivedHop &hop = message.hops.at(slowIndex);
    const ReceivedHop &previous = message.hops.at(slowIndex - 1);
    const QString previousName = previous.by.isEmpty() ? previous.clientDescription() : previous.by;
    findings.append(make(FindingId::MessageSlowHop,
                         {{FindingArg::Host, hop.by},
                          {FindingArg::Name, previousName},
                          {FindingArg::Count, QString::number(slowest / 60)}},
                         {previous.raw, hop.raw}));
}

void addReceiverVerdicts(const ParsedMessage &message, QList<Finding> &findings)
{
    const AuthenticationResults *results = MessageAnalysis::receiverResults(message);
    if (!results)
        return;
    bool failed = false;
    for (const AuthenticationResults::Result &result : results->results) {
        if (result.method == QLatin1String("spf") || result.method == QLatin1String("dkim")
            || result.method == QLatin1String("dmarc"))
            failed = failed || isFailure(result.result);
    }
    const QString summary = summaryOf(*results);
    if (!summary.isEmpty())
        findings.append(make(
            failed ? FindingId::MessageReceiverResultsFailed : FindingId::MessageReceiverResults,
            {{FindingArg::Host, results->authservId}, {FindingArg::Result, summary}},
            {results->raw}));

    for (const AuthenticationResults::Result &dmarc : results->resultsOf(QStringLiteral("dmarc"))) {
        if (dmarc.result != QLatin1String("fail"))
            continue;
        const QString policy = appliedPolicy(dmarc);
        const char *id = policy == QLatin1String("quarantine")
                             ? FindingId::MessageDmarcFailQuarantine
                         : policy == QLatin1String("reject") || policy == QLatin1String("oreject")
                             ? FindingId::MessageDmarcFailReject
                             : FindingId::MessageDmarcFail;
        QString domain = dmarc.property(QStringLiteral("header"), QStringLiteral("from"));
        if (domain.isEmpty())
            domain = message.fromDomain;
        findings.append(
            make(id,
                 {{FindingArg::Domain, domain.toLower()},
                  {FindingArg::Host, results->authservId},
                  {FindingArg::Policy, policy.isEmpty() ? QStringLiteral("none") : policy}},
                 {results->raw}));
        break;
    }
}

void addBounce(const ParsedMessage &message, QList<Finding> &findings)
{
    using Phase = SmtpReplyClassifier::Phase;
    for (const DeliveryStatus::Recipient &recipient : message.deliveryStatus.recipients) {
        const bool failed = recipient.action == QLatin1String("failed")
                            || (recipient.action.isEmpty()
                                && recipient.status.startsWith(QLatin1Char('5')));
        const bool delayed = recipient.action == QLatin1String("delayed");
        if (!failed && !delayed)
            continue;
        QStringList evidence;
        if (!message.deliveryStatus.reportingMta.isEmpty())
            evidence << QStringLiteral("Reporting-MTA: ") + message.deliveryStatus.reportingMta;
        evidence << QStringLiteral("Final-Recipient: ") + recipient.finalRecipient
                 << QStringLiteral("Action: ") + recipient.action
                 << QStringLiteral("Status: ") + recipient.status;
        if (!recipient.remoteMta.isEmpty())
            evidence << QStringLiteral("Remote-MTA: ") + recipient.remoteMta;
        if (!recipient.diagnosticCode.isEmpty())
            evidence << QStringLiteral("Diagnostic-Code: ") + recipient.diagnosticType
                            + QStringLiteral("; ") + recipient.diagnosticCode;
        findings.append(make(
            delayed ? FindingId::MessageBounceDelayed : FindingId::MessageBounce,
            {{FindingArg::Name, recipient.finalRecipient},
             {FindingArg::Result, recipient.status},
             {FindingArg::Detail,
              recipient.diagnosticCode.isEmpty() ? recipient.action : recipient.diagnosticCode},
             {FindingArg::Host,
              recipient.remoteMta.isEmpty() ? message.deliveryStatus.reportingMta
                                            : recipient.remoteMta}},
            evidence));
        // The remote server's reply, read as if this program had sent the
        // message: the classifier's finding carries the provider advice.
        const auto reply = MessageAnalysis::diagnosticReply(recipient.diagnosticCode);
        if (!reply || recipient.diagnosticType != QLatin1String("smtp"))
            continue;
        for (Phase phase : {Phase::RcptTo, Phase::DataEnd, Phase::MailFrom}) {
            const auto classification = SmtpReplyClassifier::classify(phase, *reply);
            if (!classification)
                continue;
            Finding classified = FindingCatalog::make(
                classification->id,
                {{FindingArg::Host, recipient.remoteMta},
                 {FindingArg::Detail, recipient.diagnosticCode}},
                evidence,
                CheckName::message());
            findings.append(classified);
            break;
        }
    }
}

} // namespace

QList<Finding> MessageAnalysis::analyse(const ParsedMessage &message)
{
    QList<Finding> findings;
    if (!message.looksLikeMail()) {
        findings.append(make(FindingId::MessageUnreadable,
                             {{FindingArg::Detail,
                               message.problems.isEmpty()
                                   ? QStringLiteral("no From, Date, Received or Message-ID header")
                                   : message.problems.join(QStringLiteral("; "))}},
                             message.problems));
        return findings;
    }
    addBounce(message, findings);
    addReceiverVerdicts(message, findings);
    if (message.dkimSignatures.isEmpty() && !message.from.isEmpty()
        && message.deliveryStatus.isEmpty())
        findings.append(make(FindingId::MessageDkimMissing,
                             {{FindingArg::Domain, message.fromDomain}},
                             {QStringLiteral("From: ") + message.from}));
    addReceivedChain(message, findings);
    return findings;
}

QStringList MessageAnalysis::hopLines(const ParsedMessage &message)
{
    QStringList lines;
    for (int i = 0; i < message.hops.size(); ++i) {
        const ReceivedHop &hop = message.hops.at(i);
        QString line = QStringLiteral("%1. ").arg(i + 1);
        if (const QString client = hop.clientDescription(); !client.isEmpty())
            line += QStringLiteral("from ") + client + QLatin1Char(' ');
        if (!hop.by.isEmpty())
            line += QStringLiteral("by ") + hop.by + QLatin1Char(' ');
        if (!hop.with.isEmpty())
            line += QStringLiteral("with ") + hop.with + QLatin1Char(' ');
        if (hop.time.isValid()) {
            line += QStringLiteral("at ") + hop.time.toString(Qt::ISODate);
            if (i > 0 && message.hops.at(i - 1).time.isValid())
                line += QStringLiteral(" (")
                        + delayText(message.hops.at(i - 1).time.secsTo(hop.time))
                        + QLatin1Char(')');
        } else {
            line += QStringLiteral("(no readable date)");
        }
        lines.append(line.trimmed());
    }
    return lines;
}

const AuthenticationResults *MessageAnalysis::receiverResults(const ParsedMessage &message)
{
    return message.authenticationResults.isEmpty() ? nullptr
                                                   : &message.authenticationResults.constFirst();
}

std::optional<SmtpReply> MessageAnalysis::diagnosticReply(const QString &diagnosticCode)
{
    // "550 5.1.1 <bob@example.org>: Recipient address rejected" or a
    // multi-line reply written on one line ("550-5.1.1 ... 550 5.1.1 ...").
    static const QRegularExpression start(QStringLiteral("^([2-5][0-9][0-9])[ -](.*)$"));
    const auto match = start.match(diagnosticCode.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    SmtpReply reply;
    reply.code = match.captured(1).toInt();
    reply.lines = {match.captured(2)};
    reply.enhancedCode = SmtpReplyReader::enhancedCodeOf(reply.code, match.captured(2));
    return reply;
}
