// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/FetchBackFindings.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

namespace {

QString idOf(ImapSession::Failure failure)
{
    using Failure = ImapSession::Failure;
    switch (failure) {
    case Failure::SignIn:
        return QLatin1String(FindingId::MessageFetchFailedSignIn);
    case Failure::Tls:
    case Failure::Certificate:
    case Failure::StartTlsMissing:
        return QLatin1String(FindingId::MessageFetchFailedTls);
    case Failure::CleartextRefused:
        return QLatin1String(FindingId::MessageFetchFailedCleartext);
    case Failure::Connect:
    case Failure::Protocol:
    case Failure::Cancelled:
        break;
    }
    return QLatin1String(FindingId::MessageFetchFailed);
}

} // namespace

qint64 FetchBackFindings::secondsToArrival(const Outcome &outcome)
{
    // INTERNALDATE is when the receiving server stored the message; Date
    // is when SMTP Doctor composed it, just before DATA. Seconds on both.
    if (outcome.sentAt.isValid() && outcome.arrivedAt.isValid())
        return qMax<qint64>(0, outcome.sentAt.secsTo(outcome.arrivedAt));
    return outcome.waitedMs / 1000;
}

QList<Finding> FetchBackFindings::make(const ImapAccount &account,
                                       const QByteArray &messageId,
                                       const Outcome &outcome)
{
    const QString check = CheckName::fetchBack();
    const QString id = QString::fromUtf8(messageId);
    const QString host = account.host;
    QStringList evidence{QStringLiteral("IMAP %1 port %2 (%3), user %4")
                             .arg(host)
                             .arg(account.port)
                             .arg(ImapAccount::securityName(account.security), account.user),
                         QStringLiteral("SEARCH HEADER Message-ID %1").arg(id)};
    if (!outcome.searched.isEmpty())
        evidence.append(QStringLiteral("searched %1, %2 time(s) in %3 ms")
                            .arg(outcome.searched.join(QLatin1String(", ")))
                            .arg(outcome.searches)
                            .arg(outcome.waitedMs));
    if (outcome.problem && outcome.problem->failure != ImapSession::Failure::Cancelled) {
        const ImapSession::Problem &problem = *outcome.problem;
        evidence.append(QStringLiteral("%1: %2").arg(ImapSession::failureName(problem.failure),
                                                     problem.detail));
        return {FindingCatalog::make(
            idOf(problem.failure),
            FindingArgs{{FindingArg::Host, host},
                        {FindingArg::Port, QString::number(account.port)},
                        {FindingArg::Detail, problem.detail},
                        {FindingArg::Reason, ImapSession::failureName(problem.failure)}},
            evidence,
            check)};
    }
    if (!outcome.foundIn.isEmpty()) {
        if (outcome.sentAt.isValid())
            evidence.append(QStringLiteral("Date: %1").arg(outcome.sentAt.toString(Qt::ISODate)));
        if (outcome.arrivedAt.isValid())
            evidence.append(
                QStringLiteral("INTERNALDATE: %1").arg(outcome.arrivedAt.toString(Qt::ISODate)));
        const char *found = outcome.foundInJunk ? FindingId::MessageDeliveredJunk
                                                : FindingId::MessageDeliveredInbox;
        return {FindingCatalog::make(
            QLatin1String(found),
            FindingArgs{{FindingArg::Mailbox, outcome.foundIn},
                        {FindingArg::SecondsToArrival, QString::number(secondsToArrival(outcome))},
                        {FindingArg::Host, host},
                        {FindingArg::MessageId, id}},
            evidence,
            check)};
    }
    // Cancelled before the deadline: nothing is concluded.
    if (outcome.cancelled)
        return {};
    return {FindingCatalog::make(
        QLatin1String(FindingId::MessageNotDelivered),
        FindingArgs{{FindingArg::Count, QString::number(outcome.deadlineSeconds)},
                    {FindingArg::Detail, outcome.searched.join(QLatin1String(", "))},
                    {FindingArg::Host, host},
                    {FindingArg::MessageId, id}},
        evidence,
        check)};
}
