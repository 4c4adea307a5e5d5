// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DomainNames.h"

#include "domain/PublicSuffixList.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <libpsl.h>

namespace {
// libpsl wants lower-case UTF-8 without the root's dot.
QString normalizedName(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}
} // namespace

bool DomainNames::isValidLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return pattern.match(label).hasMatch();
}

bool DomainNames::looksLikeHostName(const QString &text)
{
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!QHostAddress(name).isNull() || !name.contains(QLatin1Char('.')) || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!isValidLabel(part))
            return false;
    }
    // A top-level label is never all digits (RFC 3696 section 2).
    bool numeric = false;
    labels.constLast().toInt(&numeric);
    return !numeric;
}

QString DomainNames::registrableDomain(const QString &host)
{
    const QString name = normalizedName(host);
    const QByteArray utf8 = name.toUtf8();
    // psl_registrable_domain() returns a pointer into its argument, or null
    // when the name is a public suffix itself (nothing to register).
    const char *found = psl_registrable_domain(PublicSuffixList::instance().context(),
                                               utf8.constData());
    return found ? QString::fromUtf8(found) : name;
}

bool DomainNames::isPublicSuffix(const QString &host)
{
    const QByteArray utf8 = normalizedName(host).toUtf8();
    return psl_is_public_suffix2(PublicSuffixList::instance().context(),
                                 utf8.constData(),
                                 PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)
           != 0;
}

QString DomainNames::publicSuffixSource()
{
    return PublicSuffixList::instance().source();
}
