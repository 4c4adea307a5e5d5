// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"

#include "findings/catalog/CatalogEntry.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>
#include <vector>

namespace {

using Severity = Finding::Severity;

// All groups in one list, sorted by id once.
const std::vector<const CatalogEntry *> &allEntries()
{
    static const std::vector<const CatalogEntry *> entries = [] {
        std::vector<const CatalogEntry *> list;
        for (const CatalogGroup &group : {Catalog::authFindings(),
                                          Catalog::dnsFindings(),
                                          Catalog::domainFindings(),
                                          Catalog::fetchBackFindings(),
                                          Catalog::inputFindings(),
                                          Catalog::messageFindings(),
                                          Catalog::messageSenderFindings(),
                                          Catalog::messageHeaderFindings(),
                                          Catalog::netFindings(),
                                          Catalog::profileFindings(),
                                          Catalog::sendFindings(),
                                          Catalog::siteFindings(),
                                          Catalog::smtpFindings(),
                                          Catalog::tlsFindings()}) {
            for (const CatalogEntry *entry = group.begin; entry != group.end; ++entry)
                list.push_back(entry);
        }
        std::sort(list.begin(), list.end(), [](const CatalogEntry *a, const CatalogEntry *b) {
            return qstrcmp(a->id, b->id) < 0;
        });
        return list;
    }();
    return entries;
}

const CatalogEntry *findEntry(const QString &id)
{
    for (const CatalogEntry *entry : allEntries()) {
        if (id == QLatin1String(entry->id))
            return entry;
    }
    return nullptr;
}

QList<FindingArg> declared(const CatalogEntry &entry)
{
    QList<FindingArg> args;
    for (FindingArg arg : entry.args) {
        if (arg == FindingArg::None)
            break;
        args.append(arg);
    }
    return args;
}

QString fill(const char *source, const QStringList &values)
{
    // One pass, so that an argument holding "%2" (server text) stays as it is.
    const QString text = QCoreApplication::translate("Findings", source);
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        const int index = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
        if (text.at(i) == QLatin1Char('%') && index >= 1 && index <= values.size()) {
            result += values.at(index - 1);
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

bool isAddress(const QString &text)
{
    return !text.isEmpty() && QHostAddress().setAddress(text);
}

FindingSubject subjectFrom(const FindingArgs &args)
{
    FindingSubject subject;
    const QString host = args.value(FindingArg::Host);
    // A "host" that is an address literal is what was connected to.
    if (isAddress(host))
        subject.setAddress(host);
    else
        subject.host = host;
    // A list of addresses ("192.0.2.1, 192.0.2.2") names no single one.
    if (isAddress(args.value(FindingArg::Address)))
        subject.setAddress(args.value(FindingArg::Address));
    const uint port = args.value(FindingArg::Port).toUInt();
    subject.port = port <= 65535 ? static_cast<quint16>(port) : 0;
    return subject;
}

} // namespace

Finding FindingCatalog::make(const QString &id,
                             const FindingArgs &args,
                             const QStringList &evidence,
                             const QString &check)
{
    // "id#variant" picks other words for the same finding id.
    Finding finding;
    finding.id = id.section(QLatin1Char('#'), 0, 0);
    finding.evidence = evidence;
    finding.check = check;
    for (const auto &[arg, value] : args.values()) {
        if (FindingArgs::isFact(arg) && !value.isEmpty())
            finding.facts.set(arg, value);
    }
    const CatalogEntry *entry = findEntry(id);
    if (!entry) {
        finding.severity = Severity::Failure;
        finding.title = id;
        return finding;
    }
    QStringList values;
    for (FindingArg arg : declared(*entry))
        values.append(args.value(arg));
    finding.severity = entry->severity;
    finding.title = fill(entry->title, values);
    finding.explanation = fill(entry->explanation, values);
    for (const char *step : entry->advice) {
        if (step)
            finding.advice.append(fill(step, values));
    }
    finding.subject = subjectFrom(args);
    return finding;
}

Finding FindingCatalog::make(const QString &id,
                             const QStringList &args,
                             const QStringList &evidence,
                             const QString &check)
{
    return make(id, named(id, args), evidence, check);
}

FindingArgs FindingCatalog::named(const QString &id, const QStringList &args)
{
    FindingArgs result;
    const QList<FindingArg> names = arguments(id);
    for (int i = 0; i < names.size() && i < args.size(); ++i)
        result.set(names.at(i), args.at(i));
    return result;
}

bool FindingCatalog::isKnown(const QString &id)
{
    return findEntry(id) != nullptr;
}

QStringList FindingCatalog::knownIds()
{
    QStringList ids;
    for (const CatalogEntry *entry : allEntries())
        ids.append(QLatin1String(entry->id));
    return ids;
}

QList<FindingArg> FindingCatalog::arguments(const QString &id)
{
    const CatalogEntry *entry = findEntry(id);
    return entry ? declared(*entry) : QList<FindingArg>();
}

FindingArgs FindingCatalog::placeholders(const QString &id)
{
    FindingArgs args;
    for (FindingArg arg : arguments(id))
        args.set(arg, QStringLiteral("‹%1›").arg(FindingArgs::name(arg)));
    return args;
}

QStringList FindingCatalog::sourceTexts(const QString &id)
{
    const CatalogEntry *entry = findEntry(id);
    if (!entry)
        return {};
    QStringList texts{QString::fromUtf8(entry->title), QString::fromUtf8(entry->explanation)};
    for (const char *step : entry->advice) {
        if (step)
            texts.append(QString::fromUtf8(step));
    }
    return texts;
}
