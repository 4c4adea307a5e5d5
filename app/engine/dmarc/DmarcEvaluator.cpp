// SPDX-License-Identifier: GPL-3.0-or-later
#include "dmarc/DmarcEvaluator.h"

#include "domain/DomainNames.h"
#include "domain/PublicSuffixList.h"

#include <QFileInfo>

#include <opendmarc/dmarc.h>

#include <memory>
#include <mutex>

namespace {

struct PolicyFree
{
    void operator()(DMARC_POLICY_T *policy) const { opendmarc_policy_connect_shutdown(policy); }
};

QByteArray bytes(const QString &text)
{
    return text.toUtf8();
}

u_char *data(QByteArray &text)
{
    return reinterpret_cast<u_char *>(text.data());
}

// libopendmarc finds organizational domains for relaxed alignment in the
// Public Suffix List it is given (without one it aligns a name only with
// its parents and children). It gets the same list libpsl reads: the
// publicsuffix package's text file beside the DAFSA file libpsl loaded.
void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OPENDMARC_LIB_T lib;
        memset(&lib, 0, sizeof lib);
        const QString source = PublicSuffixList::instance().source();
        const QString text = QFileInfo(source).absolutePath()
                             + QStringLiteral("/public_suffix_list.dat");
        if (QFileInfo(source).isFile() && QFileInfo::exists(text)) {
            lib.tld_type = OPENDMARC_TLD_TYPE_MOZILLA;
            const QByteArray path = QFile::encodeName(text);
            strncpy(reinterpret_cast<char *>(lib.tld_source_file),
                    path.constData(),
                    sizeof lib.tld_source_file - 1);
        }
        opendmarc_policy_library_init(&lib);
    });
}

DmarcVerdict::Policy policyOf(int letter)
{
    switch (letter) {
    case DMARC_RECORD_P_QUARANTINE:
        return DmarcVerdict::Policy::Quarantine;
    case DMARC_RECORD_P_REJECT:
        return DmarcVerdict::Policy::Reject;
    default:
        return DmarcVerdict::Policy::None;
    }
}

int spfOutcome(const std::optional<SpfResult> &spf)
{
    if (!spf)
        return DMARC_POLICY_SPF_OUTCOME_NONE;
    switch (spf->code) {
    case SpfResult::Code::Pass:
        return DMARC_POLICY_SPF_OUTCOME_PASS;
    case SpfResult::Code::TempError:
        return DMARC_POLICY_SPF_OUTCOME_TMPFAIL;
    case SpfResult::Code::None:
        return DMARC_POLICY_SPF_OUTCOME_NONE;
    default:
        return DMARC_POLICY_SPF_OUTCOME_FAIL;
    }
}

int dkimOutcome(const DkimVerdict &verdict)
{
    switch (verdict.outcome) {
    case DkimVerdict::Outcome::Pass:
        return DMARC_POLICY_DKIM_OUTCOME_PASS;
    case DkimVerdict::Outcome::KeyLookupFailed:
        return DMARC_POLICY_DKIM_OUTCOME_TMPFAIL;
    default:
        return DMARC_POLICY_DKIM_OUTCOME_FAIL;
    }
}

} // namespace

DmarcVerdict DmarcEvaluator::evaluate(const Input &input)
{
    initLibrary();
    DmarcVerdict verdict;
    verdict.fromDomain = input.fromDomain;
    verdict.organizationalDomain = input.organizationalDomain;
    verdict.recordDomain = input.recordDomain;
    verdict.record = input.record;
    verdict.spfDomain = input.spfDomain;
    if (input.fromDomain.isEmpty()) {
        verdict.result = DmarcVerdict::Result::NoFromDomain;
        return verdict;
    }
    if (input.recordStatus == Input::Record::LookupFailed) {
        verdict.result = DmarcVerdict::Result::TempError;
        return verdict;
    }
    if (input.recordStatus == Input::Record::Missing) {
        verdict.result = DmarcVerdict::Result::NoPolicy;
        return verdict;
    }

    QByteArray address = bytes(input.client.isNull() ? QStringLiteral("0.0.0.0")
                                                     : input.client.toString());
    const bool ipv6 = input.client.protocol() == QAbstractSocket::IPv6Protocol;
    std::unique_ptr<DMARC_POLICY_T, PolicyFree> policy(
        opendmarc_policy_connect_init(data(address), ipv6 ? 1 : 0));
    if (!policy) {
        verdict.result = DmarcVerdict::Result::TempError;
        return verdict;
    }
    QByteArray from = bytes(input.fromDomain);
    opendmarc_policy_store_from_domain(policy.get(), data(from));
    // The record first: the weighing of signatures reads its adkim=.
    QByteArray record = bytes(input.record);
    QByteArray organizational = bytes(input.recordDomain);
    const bool fromOrganization = input.recordDomain.compare(input.fromDomain, Qt::CaseInsensitive)
                                  != 0;
    if (opendmarc_policy_store_dmarc(policy.get(),
                                     data(record),
                                     data(from),
                                     fromOrganization ? data(organizational) : nullptr)
        != DMARC_PARSE_OKAY) {
        verdict.result = DmarcVerdict::Result::PermError;
        return verdict;
    }
    for (const DkimVerdict &dkim : input.dkim) {
        QByteArray domain = bytes(dkim.domain);
        QByteArray selector = bytes(dkim.selector);
        QByteArray outcome = bytes(DkimVerdict::outcomeName(dkim.outcome));
        opendmarc_policy_store_dkim(
            policy.get(), data(domain), data(selector), dkimOutcome(dkim), data(outcome));
    }
    if (input.spf && !input.spfDomain.isEmpty()) {
        QByteArray domain = bytes(input.spfDomain);
        QByteArray human = bytes(SpfResult::codeName(input.spf->code));
        opendmarc_policy_store_spf(policy.get(),
                                   data(domain),
                                   spfOutcome(input.spf),
                                   input.spfFromHelo ? DMARC_POLICY_SPF_ORIGIN_HELO
                                                     : DMARC_POLICY_SPF_ORIGIN_MAILFROM,
                                   data(human));
    }

    const int decision = opendmarc_get_policy_to_enforce(policy.get());
    int dkimAlignment = 0;
    int spfAlignment = 0;
    opendmarc_policy_fetch_alignment(policy.get(), &dkimAlignment, &spfAlignment);
    verdict.dkimAligned = dkimAlignment == DMARC_POLICY_DKIM_ALIGNMENT_PASS;
    verdict.spfAligned = spfAlignment == DMARC_POLICY_SPF_ALIGNMENT_PASS;
    int p = 0;
    int sp = 0;
    int adkim = 0;
    int aspf = 0;
    int pct = 100;
    opendmarc_policy_fetch_p(policy.get(), &p);
    opendmarc_policy_fetch_sp(policy.get(), &sp);
    opendmarc_policy_fetch_adkim(policy.get(), &adkim);
    opendmarc_policy_fetch_aspf(policy.get(), &aspf);
    if (opendmarc_policy_fetch_pct(policy.get(), &pct) == DMARC_PARSE_OKAY && pct >= 0)
        verdict.percent = pct;
    verdict.strictDkim = adkim == DMARC_RECORD_A_STRICT;
    verdict.strictSpf = aspf == DMARC_RECORD_A_STRICT;
    // RFC 7489 section 6.3: sp= applies to subdomains, defaulting to p=.
    verdict.requested = policyOf(fromOrganization && sp != DMARC_RECORD_P_UNSPECIFIED ? sp : p);
    // The signature to name: a passing one of the From's organization first.
    for (const DkimVerdict &dkim : input.dkim) {
        if (!dkim.passed())
            continue;
        if (verdict.dkimDomain.isEmpty()
            || DomainNames::registrableDomain(dkim.domain) == input.organizationalDomain)
            verdict.dkimDomain = dkim.domain;
    }
    switch (decision) {
    case DMARC_POLICY_PASS:
        verdict.result = DmarcVerdict::Result::Pass;
        verdict.toApply = DmarcVerdict::Policy::None;
        break;
    case DMARC_POLICY_REJECT:
        verdict.result = DmarcVerdict::Result::Fail;
        verdict.toApply = DmarcVerdict::Policy::Reject;
        break;
    case DMARC_POLICY_QUARANTINE:
        verdict.result = DmarcVerdict::Result::Fail;
        verdict.toApply = DmarcVerdict::Policy::Quarantine;
        break;
    case DMARC_POLICY_NONE:
        verdict.result = DmarcVerdict::Result::Fail;
        verdict.toApply = DmarcVerdict::Policy::None;
        break;
    default:
        verdict.result = DmarcVerdict::Result::NoPolicy;
        break;
    }
    return verdict;
}
