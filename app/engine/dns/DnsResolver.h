// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "dns/DnsSource.h"
#include "core/Target.h"

#include <QObject>
#include <QTimer>

#include <optional>

struct ub_ctx;
class QSocketNotifier;
class DnsResolver;

// One lookup in flight. Emits finished() exactly once: with the answer, or
// with Status::Timeout when the resolver did not answer in time.
class DnsQuery : public QObject
{
    Q_OBJECT
public:
    ~DnsQuery() override;

    QString name() const { return m_name; }
    int type() const { return m_type; }
    void cancel();

signals:
    void finished(const DnsAnswer &answer);

private:
    friend class DnsResolver;
    DnsQuery(DnsResolver *resolver, const QString &name, int type);
    void complete(const DnsAnswer &answer);

    DnsResolver *m_resolver;
    QString m_name;
    int m_type;
    int m_asyncId = 0;
    bool m_pending = false;
    QTimer m_timeout;
};

// The engine's one DNS resolver, on libunbound: the system's resolvers by
// default, or a chosen server and port. Never blocks the event loop.
class DnsResolver : public QObject, public DnsSource
{
    Q_OBJECT
public:
    enum RecordType {
        A = 1,
        Ns = 2,
        Cname = 5,
        Ptr = 12,
        Mx = 15,
        Txt = 16,
        Aaaa = 28,
        Srv = 33,
        Dnskey = 48,
        Tlsa = 52
    };

    struct Config
    {
        std::optional<ResolverAddress> server; // none: /etc/resolv.conf
        int timeoutMs = 5000;
        // DNSSEC trust anchors (DS or DNSKEY records, zone file format). Empty:
        // Debian's root anchor (dns-root-data) with the system's resolvers,
        // none with a chosen server.
        QString trustAnchorFile;
    };

    explicit DnsResolver(const Config &config, QObject *parent = nullptr);
    ~DnsResolver() override;

    // Empty when the resolver is ready; otherwise why it cannot work.
    QString setupError() const { return m_setupError; }
    // The path of the system's resolv.conf or hosts file when it was missing
    // or could not be read, and the resolver does without it: with no
    // resolv.conf it asks the name server on this machine (127.0.0.1), as the
    // C library does; with no hosts file it knows no local name but
    // "localhost". Empty when the file was read (or a server was chosen).
    QString unreadableResolvConf() const { return m_unreadableResolvConf; }
    QString unreadableHosts() const { return m_unreadableHosts; }
    QString description() const;

    // The query is a child of the resolver; delete it when done with it.
    DnsQuery *lookup(const QString &name, int type);
    // DnsSource: the query lives until it answered or `context` is gone.
    void lookup(const QString &name,
                int type,
                QObject *context,
                std::function<void(const DnsAnswer &)> done) override;
    // Validation works when the trust anchor's own zone comes back secure.
    void checkValidation(QObject *context, std::function<void(bool works)> done) override;

private:
    friend class DnsQuery;
    void setUpWorker();
    void check(int result, const char *what);
    static void onResult(void *data, int error, struct ub_result *result);
    void processResults();

    Config m_config;
    ub_ctx *m_context = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_setupError;
    QString m_unreadableResolvConf;
    QString m_unreadableHosts;
    QString m_anchorZone; // the zone of the trust anchor in use, empty: none
};
