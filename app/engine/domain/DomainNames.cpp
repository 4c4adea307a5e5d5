#include "domain/DomainNames.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

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
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return name;
    static const QStringList secondLevels = {QStringLiteral("co"),
                                             QStringLiteral("com"),
                                             QStringLiteral("net"),
                                             QStringLiteral("org"),
                                             QStringLiteral("ac"),
                                             QStringLiteral("gov"),
                                             QStringLiteral("edu"),
                                             QStringLiteral("ne"),
                                             QStringLiteral("or")};
    const bool countryCode = labels.constLast().size() == 2;
    const int keep = countryCode && labels.size() >= 3
                             && secondLevels.contains(labels.at(labels.size() - 2))
                         ? 3
                         : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}
