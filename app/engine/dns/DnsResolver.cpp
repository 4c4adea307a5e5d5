// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsResolver.h"

#include <QFile>
#include <QSocketNotifier>

#include <unbound.h>

#include <arpa/inet.h>
#include <cstring>

namespace {

// The owner of the first record of a trust anchor file (DS or DNSKEY lines,
// in zone-file format): the zone whose keys it vouches for.
QString anchorZoneOf(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char(';')))
            return line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)
                .section(QLatin1Char('\t'), 0, 0);
    }
    return {};
}

DnsAnswer::Status statusOf(int rcode)
{
    switch (rcode) {
    case 0:
        return DnsAnswer::Status::NoError;
    case 2:
        return DnsAnswer::Status::ServFail;
    case 3:
        return DnsAnswer::Status::NxDomain;
    case 5:
        return DnsAnswer::Status::Refused;
    default:
        return DnsAnswer::Status::Failure;
    }
}

QHostAddress addressOf(int type, const char *data, int length)
{
    if (type == DnsResolver::A && length == 4) {
        quint32 value = 0;
        std::memcpy(&value, data, 4);
        return QHostAddress(ntohl(value));
    }
    if (type == DnsResolver::Aaaa && length == 16)
        return QHostAddress(reinterpret_cast<const quint8 *>(data));
    return {};
}

// The warm-up lookup's answer is not needed.
void dropAnswer(void *, int, ub_result *result)
{
    if (result)
        ub_resolve_free(result);
}

} // namespace

DnsQuery::DnsQuery(DnsResolver *resolver, const QString &name, int type)
    : QObject(resolver)
    , m_resolver(resolver)
    , m_name(name)
    , m_type(type)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        DnsAnswer answer;
        answer.name = m_name;
        answer.type = m_type;
        answer.status = DnsAnswer::Status::Timeout;
        answer.error = QStringLiteral("no answer within %1 ms").arg(m_timeout.interval());
        complete(answer);
    });
}

DnsQuery::~DnsQuery()
{
    cancel();
}

void DnsQuery::cancel()
{
    // After ub_cancel libunbound never calls back with this query's pointer.
    if (m_pending && m_asyncId != 0 && m_resolver->m_context)
        ub_cancel(m_resolver->m_context, m_asyncId);
    m_asyncId = 0;
    m_pending = false;
    m_timeout.stop();
}

void DnsQuery::complete(const DnsAnswer &answer)
{
    if (!m_pending)
        return;
    cancel();
    emit finished(answer);
}

DnsResolver::DnsResolver(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_context = ub_ctx_create();
    if (!m_context) {
        m_setupError = QStringLiteral("libunbound could not create a context");
        return;
    }
    // Threads, not a forked process: cheaper, and nothing to reap.
    check(ub_ctx_async(m_context, 1), "async");
    // Names under .test are served by test servers; unbound blocks them
    // by default (RFC 6761 local zones).
    check(ub_ctx_set_option(m_context, "local-zone:", "test. transparent"), "local-zone");
    if (m_config.server) {
        // A forwarder on loopback is the usual set-up of a test or of a
        // local caching resolver; unbound refuses those unless told.
        check(ub_ctx_set_option(m_context, "do-not-query-localhost:", "no"),
              "do-not-query-localhost");
        const QByteArray forwarder = QStringLiteral("%1@%2")
                                         .arg(m_config.server->address)
                                         .arg(m_config.server->port)
                                         .toUtf8();
        check(ub_ctx_set_fwd(m_context, forwarder.constData()), "forwarder");
    } else {
        // The system's own files, unless the environment names others: the
        // test suite points them at files of its own, so that "the system's
        // resolver" there never reaches a real one.
        const auto systemFile = [](const char *variable, const char *standard) {
            const QByteArray chosen = qgetenv(variable);
            return chosen.isEmpty() ? QByteArray(standard) : chosen;
        };
        const QByteArray resolvConf = systemFile("SMTP_DOCTOR_RESOLV_CONF", "/etc/resolv.conf");
        const QByteArray hosts = systemFile("SMTP_DOCTOR_HOSTS", "/etc/hosts");
        // A system without one of these files (a minimal container, a chroot)
        // still resolves: UB_READFILE is fopen() failing, and the resolver
        // does what the C library does without the file. Anything else
        // (a syntax error, no memory) is a setup error.
        const int resolvConfResult = ub_ctx_resolvconf(m_context, resolvConf.constData());
        if (resolvConfResult == UB_READFILE) {
            m_unreadableResolvConf = QFile::decodeName(resolvConf);
            // resolv.conf(5): with no nameserver line, the name server on
            // this machine is used; unbound would refuse to ask it.
            check(ub_ctx_set_option(m_context, "do-not-query-localhost:", "no"),
                  "do-not-query-localhost");
            check(ub_ctx_set_fwd(m_context, "127.0.0.1"), "forwarder");
        } else {
            check(resolvConfResult, "resolv.conf");
        }
        const int hostsResult = ub_ctx_hosts(m_context, hosts.constData());
        if (hostsResult == UB_READFILE)
            m_unreadableHosts = QFile::decodeName(hosts);
        else
            check(hostsResult, "hosts");
    }
    // DNSSEC validation. Read-only anchors (not ub_ctx_add_ta_autr, which
    // would rewrite the file).
    static const char rootAnchor[] = "/usr/share/dns/root.key";
    if (!m_config.trustAnchorFile.isEmpty()) {
        check(
            ub_ctx_add_ta_file(m_context, QFile::encodeName(m_config.trustAnchorFile).constData()),
            "trust anchor");
        m_anchorZone = anchorZoneOf(m_config.trustAnchorFile);
    } else if (!m_config.server && QFile::exists(QLatin1String(rootAnchor))) {
        check(ub_ctx_add_ta_file(m_context, rootAnchor), "root trust anchor");
        m_anchorZone = QStringLiteral(".");
    }
    const int descriptor = ub_fd(m_context);
    if (descriptor < 0) {
        check(-1, "fd");
        return;
    }
    m_notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DnsResolver::processResults);
    setUpWorker();
}

void DnsResolver::setUpWorker()
{
    if (!m_setupError.isEmpty())
        return;
    // libunbound applies its configuration and sets its worker up on a
    // context's first lookup: it reads the trust anchors, builds its modules
    // and local zones, and seeds a random generator (Debian builds it on
    // nettle, whose Yarrow seeding is 1500 rounds of SHA-256). That is most
    // of an SPF evaluation's CPU on a fast server (callgrind), so it is done
    // here, once, by a lookup of "localhost.", which unbound's own local zone
    // answers (RFC 6761): no packet leaves. A set-up that fails (an anchor
    // that cannot be read) is a set-up error from here on, and libunbound is
    // not asked again: libunbound 1.26 (Debian 13) ends the process on the
    // next lookup of a context whose set-up failed.
    check(ub_resolve_async(m_context, "localhost.", A, 1 /* IN */, nullptr, &dropAnswer, nullptr),
          "set-up");
}

// The first set-up step that fails is the set-up error.
void DnsResolver::check(int result, const char *what)
{
    if (result != 0 && m_setupError.isEmpty())
        m_setupError = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                    QString::fromUtf8(ub_strerror(result)));
}

DnsResolver::~DnsResolver()
{
    // Queries cancel themselves (children) before the context goes.
    qDeleteAll(findChildren<DnsQuery *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_notifier;
    if (m_context)
        ub_ctx_delete(m_context);
}

QString DnsResolver::description() const
{
    return m_config.server ? m_config.server->toString() : tr("system resolver");
}

DnsQuery *DnsResolver::lookup(const QString &name, int type)
{
    auto *query = new DnsQuery(this, name, type);
    query->m_pending = true;
    query->m_timeout.start(m_config.timeoutMs);
    int result = -1;
    if (m_setupError.isEmpty()) {
        const QByteArray encoded = name.toUtf8();
        result = ub_resolve_async(m_context,
                                  encoded.constData(),
                                  type,
                                  1 /* IN */,
                                  query,
                                  &DnsResolver::onResult,
                                  &query->m_asyncId);
    }
    if (result != 0) {
        DnsAnswer answer;
        answer.name = name;
        answer.type = type;
        answer.error = m_setupError.isEmpty() ? QString::fromUtf8(ub_strerror(result))
                                              : m_setupError;
        QTimer::singleShot(0, query, [query, answer] { query->complete(answer); });
        query->m_asyncId = 0;
    }
    return query;
}

void DnsResolver::lookup(const QString &name,
                         int type,
                         QObject *context,
                         std::function<void(const DnsAnswer &)> done)
{
    DnsQuery *query = lookup(name, type);
    connect(context, &QObject::destroyed, query, &QObject::deleteLater);
    connect(query, &DnsQuery::finished, context, [query, done](const DnsAnswer &answer) {
        query->deleteLater();
        done(answer);
    });
}

void DnsResolver::checkValidation(QObject *context, std::function<void(bool works)> done)
{
    if (m_anchorZone.isEmpty()) {
        DnsSource::checkValidation(context, done);
        return;
    }
    lookup(m_anchorZone, Dnskey, context, [done](const DnsAnswer &answer) { done(answer.secure); });
}

void DnsResolver::onResult(void *data, int error, ub_result *result)
{
    auto *query = static_cast<DnsQuery *>(data);
    DnsAnswer answer;
    answer.name = query->m_name;
    answer.type = query->m_type;
    if (error != 0 || !result) {
        answer.error = QString::fromUtf8(ub_strerror(error));
    } else {
        answer.rcode = result->rcode;
        answer.status = statusOf(result->rcode);
        answer.secure = result->secure;
        answer.bogus = result->bogus;
        if (result->why_bogus)
            answer.whyBogus = QString::fromUtf8(result->why_bogus);
        if (result->canonname)
            answer.canonicalName = QString::fromUtf8(result->canonname);
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            answer.records.append(QByteArray(result->data[i], result->len[i]));
            const QHostAddress address = addressOf(query->m_type, result->data[i], result->len[i]);
            if (!address.isNull())
                answer.addresses.append(address);
        }
    }
    if (result)
        ub_resolve_free(result);
    // Marked done first: libunbound has forgotten this query already.
    query->m_asyncId = 0;
    query->complete(answer);
}

void DnsResolver::processResults()
{
    ub_process(m_context);
}
