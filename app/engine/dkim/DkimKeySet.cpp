// SPDX-License-Identifier: GPL-3.0-or-later
#include "dkim/DkimKeySet.h"

#include "dns/DnsAnswer.h"
#include "domain/TxtLookup.h"

QString DkimKeySet::keyName(const QString &selector, const QString &domain)
{
    return (selector + QStringLiteral("._domainkey.") + domain).toLower();
}

void DkimKeySet::insertAnswer(const QString &name, const DnsAnswer &answer)
{
    const TxtLookup txt = TxtLookup::read(answer);
    Key key;
    key.evidence = txt.evidence();
    switch (txt.outcome()) {
    case TxtLookup::Outcome::Records:
        key.status = Status::Found;
        key.record = txt.texts().constFirst().toLatin1();
        break;
    case TxtLookup::Outcome::NoRecord:
        key.status = Status::Missing;
        break;
    case TxtLookup::Outcome::Failed:
        key.status = Status::LookupFailed;
        break;
    }
    insert(name, key);
}

const DkimKeySet::Key *DkimKeySet::find(const QString &name) const
{
    const auto it = m_keys.constFind(name.toLower());
    return it == m_keys.constEnd() ? nullptr : &it.value();
}
