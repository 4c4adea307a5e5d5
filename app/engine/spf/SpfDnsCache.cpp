// SPDX-License-Identifier: GPL-3.0-or-later
#include "spf/SpfDnsCache.h"

#include "dns/DnsSource.h"
#include "spf/SpfDomain.h"

#include <QObject>
#include <QTimer>

SpfDnsCache::SpfDnsCache(DnsSource *source)
    : m_source(source)
    , m_context(new QObject)
{}

SpfDnsCache::~SpfDnsCache()
{
    delete m_context;
}

QString SpfDnsCache::keyOf(const QString &name, int type)
{
    return QString::number(type) + QLatin1Char(' ') + SpfDomain::normalized(name).toLower();
}

bool SpfDnsCache::contains(const QString &name, int type) const
{
    return m_entries.contains(keyOf(name, type));
}

std::optional<DnsAnswer> SpfDnsCache::answer(const QString &name, int type) const
{
    const auto it = m_entries.constFind(keyOf(name, type));
    if (it == m_entries.constEnd() || !it->answered)
        return std::nullopt;
    return it->answer;
}

void SpfDnsCache::fetch(const QString &name, int type, Callback done)
{
    const QString key = keyOf(name, type);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        if (!done)
            return;
        if (!it->answered) {
            it->waiting.append(std::move(done));
            return;
        }
        const quint64 generation = m_generation;
        const DnsAnswer answer = it->answer;
        QTimer::singleShot(0, m_context.data(), [this, generation, answer, done] {
            if (generation == m_generation)
                done(answer);
        });
        return;
    }
    Entry entry;
    if (done)
        entry.waiting.append(std::move(done));
    m_entries.insert(key, entry);
    ++m_queryCount;
    const quint64 generation = m_generation;
    m_source->lookup(
        SpfDomain::normalized(name),
        type,
        m_context.data(),
        [this, key, generation](const DnsAnswer &answer) { onAnswer(key, generation, answer); });
}

void SpfDnsCache::onAnswer(const QString &key, quint64 generation, const DnsAnswer &answer)
{
    if (generation != m_generation)
        return;
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->answered = true;
    it->answer = answer;
    const QList<Callback> waiting = std::exchange(it->waiting, {});
    if (m_observer)
        m_observer(answer);
    for (const Callback &callback : waiting) {
        if (generation != m_generation)
            return; // a callback ended the evaluation
        callback(answer);
    }
}

void SpfDnsCache::reset()
{
    ++m_generation;
    m_entries.clear();
    // Later, not now: reset() may run inside a callback of the context.
    if (m_context)
        m_context->deleteLater();
    m_context = new QObject;
}
