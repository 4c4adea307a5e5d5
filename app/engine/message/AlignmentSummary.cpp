// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AlignmentSummary.h"

#include "domain/DomainNames.h"
#include "message/MessageAnalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// "www-data@shop.example.com" -> "shop.example.com"; a bare domain as it is.
QString domainOf(const QString &addressOrDomain)
{
    QString domain = addressOrDomain.section(QLatin1Char('@'), -1).trimmed().toLower();
    if (domain.startsWith(QLatin1Char('<')))
        domain.remove(0, 1);
    if (domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    return domain;
}

AlignmentSummary::Check makeCheck(const QString &method,
                                  const QString &domain,
                                  const QString &result,
                                  const QString &fromDomain)
{
    AlignmentSummary::Check check;
    check.method = method;
    check.domain = domainOf(domain);
    check.result = result;
    if (!check.domain.isEmpty() && !fromDomain.isEmpty()) {
        // RFC 7489 section 3.1: relaxed compares organizational domains.
        check.strictAligned = check.domain == fromDomain;
        check.aligned = check.strictAligned
                        || DomainNames::registrableDomain(check.domain)
                               == DomainNames::registrableDomain(fromDomain);
    }
    return check;
}

} // namespace

bool AlignmentSummary::Check::operator==(const Check &other) const
{
    return method == other.method && domain == other.domain && result == other.result
           && aligned == other.aligned && strictAligned == other.strictAligned;
}

AlignmentSummary AlignmentSummary::fromMessage(const ParsedMessage &message)
{
    AlignmentSummary summary;
    summary.fromDomain = message.fromDomain.toLower();
    const AuthenticationResults *results = MessageAnalysis::receiverResults(message);
    QList<AuthenticationResults::Result> spf, dkim, dmarc;
    if (results) {
        spf = results->resultsOf(QStringLiteral("spf"));
        dkim = results->resultsOf(QStringLiteral("dkim"));
        dmarc = results->resultsOf(QStringLiteral("dmarc"));
    }
    const QString smtp = QStringLiteral("smtp");
    const QString header = QStringLiteral("header");
    // SPF checks MAIL FROM's domain, or the HELO name for an empty MAIL FROM
    // (RFC 7208 section 2.4).
    for (const auto &result : spf) {
        QString domain = result.property(smtp, QStringLiteral("mailfrom"));
        if (domain.isEmpty())
            domain = result.property(smtp, QStringLiteral("helo"));
        summary.checks.append(makeCheck(result.method, domain, result.result, summary.fromDomain));
    }
    if (spf.isEmpty() && !message.returnPath.isEmpty())
        summary.checks.append(
            makeCheck(QStringLiteral("spf"), message.returnPath, {}, summary.fromDomain));
    for (const auto &result : dkim) {
        QString domain = result.property(header, QStringLiteral("d"));
        if (domain.isEmpty())
            domain = result.property(header, QStringLiteral("i"));
        summary.checks.append(makeCheck(result.method, domain, result.result, summary.fromDomain));
    }
    if (dkim.isEmpty()) {
        for (const DkimSignatureHeader &signature : message.dkimSignatures)
            summary.checks.append(
                makeCheck(QStringLiteral("dkim"), signature.domain, {}, summary.fromDomain));
    }
    for (const auto &result : dmarc) {
        QString domain = result.property(header, QStringLiteral("from"));
        if (domain.isEmpty())
            domain = summary.fromDomain;
        summary.checks.append(makeCheck(result.method, domain, result.result, summary.fromDomain));
    }
    return summary;
}

QString AlignmentSummary::toFact() const
{
    QJsonArray array;
    for (const Check &check : checks)
        array.append(QJsonObject{{QStringLiteral("method"), check.method},
                                 {QStringLiteral("domain"), check.domain},
                                 {QStringLiteral("result"), check.result},
                                 {QStringLiteral("aligned"), check.aligned},
                                 {QStringLiteral("strict"), check.strictAligned}});
    const QJsonObject object{{QStringLiteral("from"), fromDomain},
                             {QStringLiteral("checks"), array}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<AlignmentSummary> AlignmentSummary::fromFact(const QString &fact)
{
    const QJsonDocument document = QJsonDocument::fromJson(fact.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    AlignmentSummary summary;
    summary.fromDomain = document.object().value(QStringLiteral("from")).toString();
    for (const QJsonValue &value : document.object().value(QStringLiteral("checks")).toArray()) {
        const QJsonObject object = value.toObject();
        Check check;
        check.method = object.value(QStringLiteral("method")).toString();
        check.domain = object.value(QStringLiteral("domain")).toString();
        check.result = object.value(QStringLiteral("result")).toString();
        check.aligned = object.value(QStringLiteral("aligned")).toBool();
        check.strictAligned = object.value(QStringLiteral("strict")).toBool();
        if (check.method.isEmpty())
            return std::nullopt;
        summary.checks.append(check);
    }
    return summary;
}
