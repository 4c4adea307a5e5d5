// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DmarcRecord.h"

#include "domain/DomainNames.h"
#include "domain/TagList.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
bool isAsciiDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
}

// 1*nDIGIT, at most `maximum`.
std::optional<quint64> readNumber(const QString &value, int maxDigits, quint64 maximum)
{
    if (!isAsciiDigits(value) || value.size() > maxDigits)
        return std::nullopt;
    bool ok = false;
    const quint64 number = value.toULongLong(&ok);
    if (!ok || number > maximum)
        return std::nullopt;
    return number;
}

// dmarc-fo and dmarc-rfmt are lists separated by *WSP ":" *WSP (RFC 7489 section 6.4).
QStringList colonList(const QString &value)
{
    QStringList items = value.split(QLatin1Char(':'));
    for (QString &item : items)
        item = TagList::trimmed(item);
    return items;
}

// URI scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) (RFC 3986 section 3.1).
bool isScheme(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*$"));
    return pattern.match(text).hasMatch();
}
} // namespace

bool DmarcRecord::isDmarcRecord(const QString &text)
{
    // dmarc-version = "v" *WSP "=" *WSP "DMARC1" (RFC 7489 section 6.4): "v"
    // is an ABNF literal (any case), the %x-coded DMARC1 is not. Leading
    // whitespace is tolerated, as verifiers do.
    static const QRegularExpression pattern(
        QStringLiteral("^[ \\t]*[vV][ \\t]*=[ \\t]*DMARC1[ \\t]*(;|$)"));
    return pattern.match(text).hasMatch();
}

bool DmarcRecord::looksLikeDmarcRecord(const QString &text)
{
    return text.contains(QLatin1String("DMARC1"), Qt::CaseInsensitive);
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord record;
    record.m_text = text;
    // RFC 7489 section 6.4: DMARC uses DKIM's tag=value list; names are case-insensitive.
    const TagList list = TagList::parse(text, TagList::NameCase::Insensitive);
    record.m_errors = list.errors();
    if (!list.isValid())
        return record;

    // RFC 7489 section 6.3: v= is required and must be the first tag.
    const auto version = list.tag(QStringLiteral("v"));
    if (!version)
        record.addError(RecordError::Kind::MissingVersion,
                        0,
                        QString(),
                        tr("a DMARC record must begin with v=DMARC1"));
    else if (list.tags().constFirst().name.compare(QLatin1String("v"), Qt::CaseInsensitive) != 0)
        record.addError(RecordError::Kind::VersionNotFirst,
                        version->position,
                        QStringLiteral("v"),
                        tr("v=DMARC1 must be the first tag of the record"));
    else if (version->value != QLatin1String("DMARC1"))
        record.addError(RecordError::Kind::WrongVersion,
                        version->valuePosition,
                        QStringLiteral("v"),
                        tr("v= must be DMARC1 (in capitals, then \";\"), not \"%1\"")
                            .arg(TagList::forDisplay(version->value)));

    // p=: required (RFC 7489 section 6.3).
    if (const auto policy = list.tag(QStringLiteral("p"))) {
        if (const auto value = record.readPolicy(
                QStringLiteral("p"), policy->value, policy->valuePosition))
            record.m_policy = *value;
    } else {
        record.addError(RecordError::Kind::MissingTag,
                        int(text.size()),
                        QStringLiteral("p"),
                        tr("the policy (p=none, p=quarantine or p=reject) is missing"));
    }
    if (const auto policy = list.tag(QStringLiteral("sp")))
        record.m_subdomainPolicy = record.readPolicy(
            QStringLiteral("sp"), policy->value, policy->valuePosition);

    // pct = 1*3DIGIT, 0 to 100 (RFC 7489 sections 6.3 and 6.4).
    if (const auto percent = list.tag(QStringLiteral("pct"))) {
        if (const auto value = readNumber(percent->value, 3, 100))
            record.m_percent = int(*value);
        else
            record.addError(RecordError::Kind::InvalidValue,
                            percent->valuePosition,
                            QStringLiteral("pct"),
                            tr("pct=%1 must be a whole number from 0 to 100")
                                .arg(TagList::forDisplay(percent->value)));
    }

    if (const auto uris = list.tag(QStringLiteral("rua")))
        record.m_aggregateUris = record.readUris(
            QStringLiteral("rua"), uris->value, uris->valuePosition);
    if (const auto uris = list.tag(QStringLiteral("ruf")))
        record.m_failureUris = record.readUris(
            QStringLiteral("ruf"), uris->value, uris->valuePosition);

    if (const auto alignment = list.tag(QStringLiteral("adkim"))) {
        if (const auto value = record.readAlignment(
                QStringLiteral("adkim"), alignment->value, alignment->valuePosition))
            record.m_dkimAlignment = *value;
    }
    if (const auto alignment = list.tag(QStringLiteral("aspf"))) {
        if (const auto value = record.readAlignment(
                QStringLiteral("aspf"), alignment->value, alignment->valuePosition))
            record.m_spfAlignment = *value;
    }

    // fo = "0" / "1" / "d" / "s", colon-separated (RFC 7489 section 6.3).
    if (const auto options = list.tag(QStringLiteral("fo"))) {
        static const QStringList known = {
            QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("d"), QStringLiteral("s")};
        const QStringList items = colonList(options->value.toLower());
        for (const QString &item : items) {
            if (!known.contains(item)) {
                record.addError(RecordError::Kind::InvalidValue,
                                options->valuePosition,
                                QStringLiteral("fo"),
                                tr("fo=%1: each option must be 0, 1, d or s, separated by colons")
                                    .arg(TagList::forDisplay(options->value)));
                break;
            }
        }
        record.m_failureOptions = items;
    }

    // rf = Keyword *(":" Keyword) (RFC 7489 section 6.4); afrf is the one defined.
    if (const auto formats = list.tag(QStringLiteral("rf"))) {
        static const QRegularExpression keyword(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
        const QStringList items = colonList(formats->value);
        for (const QString &item : items) {
            if (!keyword.match(item).hasMatch()) {
                record.addError(RecordError::Kind::InvalidValue,
                                formats->valuePosition,
                                QStringLiteral("rf"),
                                tr("rf=%1 is not a list of report formats such as afrf")
                                    .arg(TagList::forDisplay(formats->value)));
                break;
            }
        }
        record.m_reportFormats = items;
    }

    // ri = 1*32DIGIT, a 32-bit unsigned number of seconds (RFC 7489 sections 6.3, 6.4).
    if (const auto interval = list.tag(QStringLiteral("ri"))) {
        if (const auto value = readNumber(interval->value, 32, 0xffffffffULL))
            record.m_reportInterval = quint32(*value);
        else
            record.addError(RecordError::Kind::InvalidValue,
                            interval->valuePosition,
                            QStringLiteral("ri"),
                            tr("ri=%1 must be a number of seconds (such as 86400)")
                                .arg(TagList::forDisplay(interval->value)));
    }
    // Any other tag is ignored (RFC 7489 section 6.3).
    return record;
}

DmarcRecord::Policy DmarcRecord::effectivePolicy(bool forSubdomain) const
{
    return forSubdomain && m_subdomainPolicy ? *m_subdomainPolicy : m_policy;
}

QString DmarcRecord::policyName(Policy policy)
{
    switch (policy) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

std::optional<DmarcRecord::Policy> DmarcRecord::readPolicy(const QString &tag,
                                                           const QString &value,
                                                           int position)
{
    // dmarc-request = "none" / "quarantine" / "reject", ABNF literals (any case).
    const QString lower = value.toLower();
    if (lower == QLatin1String("none"))
        return Policy::None;
    if (lower == QLatin1String("quarantine"))
        return Policy::Quarantine;
    if (lower == QLatin1String("reject"))
        return Policy::Reject;
    addError(RecordError::Kind::InvalidValue,
             position,
             tag,
             tr("%1=%2 must be none, quarantine or reject").arg(tag, TagList::forDisplay(value)));
    return std::nullopt;
}

std::optional<DmarcRecord::Alignment> DmarcRecord::readAlignment(const QString &tag,
                                                                 const QString &value,
                                                                 int position)
{
    // adkim / aspf = "r" / "s" (RFC 7489 section 6.3).
    if (value.compare(QLatin1String("r"), Qt::CaseInsensitive) == 0)
        return Alignment::Relaxed;
    if (value.compare(QLatin1String("s"), Qt::CaseInsensitive) == 0)
        return Alignment::Strict;
    addError(RecordError::Kind::InvalidValue,
             position,
             tag,
             tr("%1=%2 must be r (relaxed) or s (strict)").arg(tag, TagList::forDisplay(value)));
    return std::nullopt;
}

QList<DmarcRecord::ReportUri> DmarcRecord::readUris(const QString &tag,
                                                    const QString &value,
                                                    int position)
{
    // dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ], separated by
    // *WSP "," *WSP (RFC 7489 section 6.4); units are powers of two.
    static const QRegularExpression sizePattern(QStringLiteral("^([0-9]{1,15})([kmgtKMGT]?)$"));
    QList<ReportUri> uris;
    for (const QString &part : value.split(QLatin1Char(','))) {
        const QString item = TagList::trimmed(part);
        const QString shown = TagList::forDisplay(item);
        ReportUri uri;
        uri.uri = item;
        const int bang = int(item.lastIndexOf(QLatin1Char('!')));
        if (bang >= 0) {
            const auto match = sizePattern.match(item.mid(bang + 1));
            if (!match.hasMatch()) {
                addError(RecordError::Kind::InvalidUri,
                         position,
                         tag,
                         tr("%1=: \"%2\" has a size limit that is not a number such as !10m")
                             .arg(tag, shown));
                continue;
            }
            const auto shift = QStringLiteral(" kmgt").indexOf(match.captured(2).toLower()) * 10;
            const quint64 number = match.captured(1).toULongLong();
            if (shift > 0 && number > (~quint64(0) >> shift)) {
                addError(RecordError::Kind::InvalidUri,
                         position,
                         tag,
                         tr("%1=: the size limit of \"%2\" is too large").arg(tag, shown));
                continue;
            }
            uri.maxSize = number << qMax(0, int(shift));
            uri.uri = item.left(bang);
        }
        const int colon = int(uri.uri.indexOf(QLatin1Char(':')));
        const QString scheme = colon > 0 ? uri.uri.left(colon) : QString();
        const QString rest = colon > 0 ? uri.uri.mid(colon + 1) : QString();
        if (item.isEmpty()) {
            addError(RecordError::Kind::InvalidUri,
                     position,
                     tag,
                     tr("%1= contains an empty address").arg(tag));
        } else if (!isScheme(scheme) || rest.isEmpty()
                   || std::any_of(rest.cbegin(), rest.cend(), TagList::isWhitespace)) {
            addError(RecordError::Kind::InvalidUri,
                     position,
                     tag,
                     uri.uri.contains(QLatin1Char('@')) && colon < 0
                         ? tr("%1=%2 needs mailto: in front: %1=mailto:%2").arg(tag, shown)
                         : tr("%1=: \"%2\" is not an address such as mailto:dmarc@example.com")
                               .arg(tag, shown));
        } else if (scheme.compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0) {
            const QString address = rest.section(QLatin1Char('?'), 0, 0);
            const int at = int(address.lastIndexOf(QLatin1Char('@')));
            if (at <= 0 || !DomainNames::looksLikeHostName(address.mid(at + 1)))
                addError(RecordError::Kind::InvalidUri,
                         position,
                         tag,
                         tr("%1=: \"%2\" is not an e-mail address").arg(tag, shown));
            else
                uris.append(uri);
        } else {
            uris.append(uri);
        }
    }
    return uris;
}

void DmarcRecord::addError(RecordError::Kind kind,
                           int position,
                           const QString &tag,
                           const QString &message)
{
    // Bounded, as the tag list's errors are: hostile input, short report.
    if (m_errors.size() < TagList::maxErrors)
        m_errors.append(RecordError{kind, position, tag, message});
}
