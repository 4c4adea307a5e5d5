// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class DnsSource;
class QObject;

// The DNS answers of one SPF evaluation, by name and type. A name asked for
// twice is queried once; a question asked while the same one is in flight
// waits for it. That makes fetching ahead (prefetch) free of side effects on
// the verdict: evaluation still asks in order and gets the same answers.
// Callbacks always run later, from the event loop, never inside fetch().
// Owned by the SpfEvaluator.
class SpfDnsCache
{
public:
    using Callback = std::function<void(const DnsAnswer &)>;

    explicit SpfDnsCache(DnsSource *source);
    ~SpfDnsCache();
    SpfDnsCache(const SpfDnsCache &) = delete;
    SpfDnsCache &operator=(const SpfDnsCache &) = delete;

    // `done` may be empty: the answer is only kept for later.
    void fetch(const QString &name, int type, Callback done);
    bool contains(const QString &name, int type) const;
    // The answer, once it has arrived.
    std::optional<DnsAnswer> answer(const QString &name, int type) const;
    // Forgets everything; no callback of an earlier fetch() runs after this.
    void reset();
    // Called with every answer that arrives from the DNS source.
    void setObserver(Callback observer) { m_observer = std::move(observer); }
    int queryCount() const { return m_queryCount; }

private:
    struct Entry
    {
        bool answered = false;
        DnsAnswer answer;
        QList<Callback> waiting;
    };
    static QString keyOf(const QString &name, int type);
    void onAnswer(const QString &key, quint64 generation, const DnsAnswer &answer);

    DnsSource *m_source;
    QPointer<QObject> m_context; // lookups and deliveries die with it
    QHash<QString, Entry> m_entries;
    Callback m_observer;
    quint64 m_generation = 0;
    int m_queryCount = 0;
};
