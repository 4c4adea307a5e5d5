// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/VerificationAnalysis.h"

#include "core/CheckName.h"
#include "dkim/DkimKeySet.h"
#include "domain/DmarcRecord.h"
#include "domain/DomainNames.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "message/MessageAnalysis.h"

#include <algorithm>

namespace {

using Outcome = DkimVerdict::Outcome;

Finding make(const char *id, const FindingArgs &args, const QStringList &evidence)
{
    return FindingCatalog::make(QLatin1String(id), args, evidence, CheckName::message());
}

// Which words a failed signature gets: one variant per libopendkim reason.
const char *dkimFailId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::KeyMissing:
        return FindingId::MessageDkimFailKeyMissing;
    case Outcome::KeyRevoked:
        return FindingId::MessageDkimFailKeyRevoked;
    case Outcome::Expired:
        return FindingId::MessageDkimFailExpired;
    case Outcome::KeyUnusable:
        return FindingId::MessageDkimFailKeyUnusable;
    case Outcome::KeyLookupFailed:
        return FindingId::MessageDkimFailDns;
    case Outcome::Malformed:
        return FindingId::MessageDkimFailMalformed;
    default:
        return FindingId::MessageDkimFail; // signature mismatch
    }
}

QStringList dkimEvidence(const DkimVerdict &verdict)
{
    QStringList evidence{QStringLiteral("DKIM-Signature: d=%1 s=%2 a=%3")
                             .arg(verdict.domain, verdict.selector, verdict.algorithm),
                         QStringLiteral("libopendkim: %1 (DKIM_SIGERROR %2: %3)")
                             .arg(DkimVerdict::outcomeName(verdict.outcome))
                             .arg(verdict.libraryError)
                             .arg(verdict.libraryDetail)};
    if (verdict.testing)
        evidence << QStringLiteral("the key is in testing mode (t=y)");
    return evidence + verdict.keyEvidence;
}

void addDkim(const ParsedMessage &message,
             const MessageVerification &verification,
             QList<Finding> &findings)
{
    const QString fromOrganization = DomainNames::registrableDomain(message.fromDomain);
    for (const DkimVerdict &verdict : verification.dkim) {
        const FindingArgs args{
            {FindingArg::Domain, verdict.domain},
            {FindingArg::Selector, verdict.selector},
            {FindingArg::Name, DkimKeySet::keyName(verdict.selector, verdict.domain)},
            {FindingArg::OrganizationalDomain, message.fromDomain},
            {FindingArg::SigningDomain, verdict.domain},
            {FindingArg::Reason, DkimVerdict::outcomeName(verdict.outcome)}};
        const QStringList evidence = dkimEvidence(verdict);
        if (verdict.outcome == Outcome::Pass) {
            findings.append(make(FindingId::MessageDkimPass, args, evidence));
            // RFC 7489 section 3.1.1: relaxed alignment is the same
            // organizational domain (the Public Suffix List's, libpsl).
            if (!message.fromDomain.isEmpty()
                && DomainNames::registrableDomain(verdict.domain) != fromOrganization)
                findings.append(
                    make(FindingId::MessageDkimNotAligned,
                         args,
                         evidence + QStringList{QStringLiteral("From: ") + message.from}));
        } else if (verdict.outcome == Outcome::BodyChanged) {
            if (verification.bodyMissing)
                continue; // headers only: the body was not given, not changed
            findings.append(make(FindingId::MessageDkimBodyChanged, args, evidence));
        } else {
            findings.append(make(dkimFailId(verdict.outcome), args, evidence));
        }
    }
}

void addSpf(const MessageVerification &verification, QList<Finding> &findings)
{
    if (!verification.spf || !verification.sender)
        return;
    const SpfResult &spf = *verification.spf;
    const QString result = SpfResult::codeName(spf.code);
    const FindingArgs args{{FindingArg::Address, verification.sender->address.toString()},
                           {FindingArg::Domain, verification.spfDomain},
                           {FindingArg::Host, verification.sender->clientName},
                           {FindingArg::Result, result},
                           {FindingArg::Record, spf.record},
                           {FindingArg::Reason, result}};
    QStringList evidence{QStringLiteral("Received: ") + verification.sender->raw};
    if (!verification.sender->mailFrom.isEmpty())
        evidence << QStringLiteral("Return-Path: <") + verification.sender->mailFrom
                        + QLatin1Char('>');
    evidence += spf.trail;
    if (!spf.problemDetail.isEmpty())
        evidence << spf.problemDetail;
    const char *id = FindingId::MessageSpfFail;
    switch (spf.code) {
    case SpfResult::Code::Pass:
        id = FindingId::MessageSpfPass;
        break;
    case SpfResult::Code::Fail:
        id = FindingId::MessageSpfFail;
        break;
    case SpfResult::Code::SoftFail:
        id = FindingId::MessageSpfFailSoftfail;
        break;
    case SpfResult::Code::None:
    case SpfResult::Code::Neutral:
        id = FindingId::MessageSpfFailNone;
        break;
    case SpfResult::Code::TempError:
    case SpfResult::Code::PermError:
        id = FindingId::MessageSpfFailError;
        break;
    }
    findings.append(make(id, args, evidence));
}

QString alignmentModes(const DmarcVerdict &dmarc)
{
    return QStringLiteral("adkim=%1 aspf=%2")
        .arg(dmarc.strictDkim ? QStringLiteral("s") : QStringLiteral("r"),
             dmarc.strictSpf ? QStringLiteral("s") : QStringLiteral("r"));
}

void addDmarc(const MessageVerification &verification, QList<Finding> &findings)
{
    const DmarcVerdict &dmarc = verification.dmarc;
    if (dmarc.result != DmarcVerdict::Result::Pass && dmarc.result != DmarcVerdict::Result::Fail)
        return;
    // Without the body, a signature that might pass cannot be weighed.
    const bool unknownSignature = verification.bodyMissing
                                  && std::any_of(verification.dkim.cbegin(),
                                                 verification.dkim.cend(),
                                                 [](const DkimVerdict &verdict) {
                                                     return verdict.outcome == Outcome::BodyChanged;
                                                 });
    if (dmarc.result == DmarcVerdict::Result::Fail && unknownSignature)
        return;
    QStringList evidence{
        QStringLiteral("_dmarc.%1: %2").arg(dmarc.recordDomain, dmarc.record),
        QStringLiteral("libopendmarc: %1, DKIM %2, SPF %3, %4")
            .arg(DmarcVerdict::resultName(dmarc.result),
                 dmarc.dkimAligned ? QStringLiteral("aligned") : QStringLiteral("not aligned"),
                 dmarc.spfAligned ? QStringLiteral("aligned") : QStringLiteral("not aligned"),
                 alignmentModes(dmarc))};
    const QString how = dmarc.dkimAligned ? QStringLiteral("DKIM (d=%1)").arg(dmarc.dkimDomain)
                                          : QStringLiteral("SPF (%1)").arg(dmarc.spfDomain);
    const FindingArgs args{{FindingArg::Domain, dmarc.fromDomain},
                           {FindingArg::Policy, DmarcRecord::policyName(dmarc.requested)},
                           {FindingArg::Detail, how},
                           {FindingArg::Setting, alignmentModes(dmarc)},
                           {FindingArg::Reason,
                            dmarc.result == DmarcVerdict::Result::Pass
                                ? QStringLiteral("pass")
                                : DmarcRecord::policyName(dmarc.toApply)}};
    if (dmarc.result == DmarcVerdict::Result::Pass) {
        findings.append(make(FindingId::MessageDmarcPass, args, evidence));
        return;
    }
    const char *id = dmarc.toApply == DmarcVerdict::Policy::Reject
                         ? FindingId::MessageDmarcFailNowReject
                     : dmarc.toApply == DmarcVerdict::Policy::Quarantine
                         ? FindingId::MessageDmarcFailNowQuarantine
                         : FindingId::MessageDmarcFailNow;
    findings.append(make(id, args, evidence));
}

// The receiver's words next to today's: a difference means that the message
// or the DNS changed between its check and this one.
void addDisagreements(const ParsedMessage &message,
                      const MessageVerification &verification,
                      QList<Finding> &findings)
{
    const AuthenticationResults *receiver = MessageAnalysis::receiverResults(message);
    if (!receiver)
        return;
    auto report =
        [&](const char *id, const QString &check, const QString &then, const QString &now) {
            findings.append(
                make(id,
                     {{FindingArg::Host, receiver->authservId},
                      {FindingArg::Name, check},
                      {FindingArg::Result, then},
                      {FindingArg::Detail, now},
                      {FindingArg::Reason, QString::fromLatin1(id).section(QLatin1Char('#'), 1)}},
                     {receiver->raw}));
        };
    for (const AuthenticationResults::Result &result :
         receiver->resultsOf(QStringLiteral("dkim"))) {
        const QString domain = result.property(QStringLiteral("header"), QStringLiteral("d"))
                                   .toLower();
        for (const DkimVerdict &verdict : verification.dkim) {
            if (verdict.domain != domain)
                continue;
            const QString check = QStringLiteral("DKIM d=") + domain;
            const bool thenPassed = result.result == QLatin1String("pass");
            if (thenPassed && !verdict.passed()) {
                const bool changed = verdict.outcome == Outcome::BodyChanged
                                     || verdict.outcome == Outcome::SignatureMismatch;
                if (verdict.outcome != Outcome::KeyLookupFailed)
                    report(changed ? FindingId::MessageResultsChangedMessage
                                   : FindingId::MessageResultsChangedDns,
                           check,
                           result.result,
                           DkimVerdict::outcomeName(verdict.outcome));
            } else if (!thenPassed && result.result != QLatin1String("none") && verdict.passed()) {
                report(FindingId::MessageResultsChangedFixed,
                       check,
                       result.result,
                       QStringLiteral("pass"));
            }
            break;
        }
    }
    const DmarcVerdict &dmarc = verification.dmarc;
    for (const AuthenticationResults::Result &result :
         receiver->resultsOf(QStringLiteral("dmarc"))) {
        const bool nowPassed = dmarc.result == DmarcVerdict::Result::Pass;
        const bool nowFailed = dmarc.result == DmarcVerdict::Result::Fail;
        const bool thenPassed = result.result == QLatin1String("pass");
        if (thenPassed && nowFailed)
            report(FindingId::MessageResultsChangedDmarc,
                   QStringLiteral("DMARC"),
                   result.result,
                   QStringLiteral("fail"));
        else if (result.result == QLatin1String("fail") && nowPassed)
            report(FindingId::MessageResultsChangedFixed,
                   QStringLiteral("DMARC"),
                   result.result,
                   QStringLiteral("pass"));
        break;
    }
}

} // namespace

QList<Finding> VerificationAnalysis::analyse(const ParsedMessage &message,
                                             const MessageVerification &verification)
{
    QList<Finding> findings;
    addDkim(message, verification, findings);
    addSpf(verification, findings);
    addDmarc(verification, findings);
    addDisagreements(message, verification, findings);
    return findings;
}
