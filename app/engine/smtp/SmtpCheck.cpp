// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpCheck.h"

#include "core/CheckName.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "tls/DaneMatcher.h"
#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "domain/DomainNames.h"
#include "net/PortSweepCheck.h"
#include "smtp/SmtpProbe.h"

#include <QMap>
#include <QMetaEnum>

SmtpCheck::SmtpCheck(const Target &target,
                     const QList<QSslCertificate> &extraCaCertificates,
                     const PortSweepCheck *ports,
                     DnsSource *dns,
                     EventLog *log,
                     QObject *parent)
    : Check(CheckName::smtp(), log, parent)
    , m_target(target)
    , m_extraCaCertificates(extraCaCertificates)
    , m_ports(ports)
    , m_dns(dns)
{
    // Connect, TLS, greeting, EHLO, STARTTLS, TLS, EHLO, QUIT, then at most
    // a connect, a handshake and a greeting in the other mode.
    setDeadline(11 * target.stepTimeoutMs + 1000);
}

void SmtpCheck::run()
{
    const QList<QHostAddress> addresses = m_ports->openAddresses(m_target.port);
    if (addresses.isEmpty()) {
        log(Event::Kind::Note,
            QStringLiteral("no address accepts connections on port %1: nothing to talk to")
                .arg(m_target.port));
        finish();
        return;
    }
    reportProgress(tr("Talking SMTP with %1 port %2").arg(m_target.host).arg(m_target.port));
    // All addresses at once: the verdict takes one timeout, not one each.
    // The test session (sign-in, message) on one address, IPv4 first: a
    // second address would sign in and send once more.
    QHostAddress sessionAddress = addresses.constFirst();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            sessionAddress = address;
            break;
        }
    }
    for (const QHostAddress &address : addresses)
        startProbe(address, m_target.port, m_target.security, address == sessionAddress);
    probeOtherOpenPorts();
    lookUpTlsa();
}

void SmtpCheck::probeOtherOpenPorts()
{
    // What else would work: greeting and EHLO on every other open port, in
    // that port's usual mode (RFC 8314: TLS first on 465 and 2465), on one
    // address each. Their findings are hints, whatever they say.
    for (quint16 port : m_target.sweepPorts()) {
        const QList<QHostAddress> open = m_ports->openAddresses(port);
        if (port == m_target.port || open.isEmpty())
            continue;
        const bool implicitTls = port == 465 || port == 2465;
        m_alternatives.insert(startProbe(
            open.constFirst(), port, implicitTls ? Target::Security::Tls : Target::Security::None));
    }
}

SmtpProbe *SmtpCheck::startProbe(const QHostAddress &address,
                                 quint16 port,
                                 Target::Security security,
                                 bool session)
{
    SmtpProbe::Settings settings;
    settings.address = address;
    settings.port = port;
    settings.security = security;
    settings.verifyName = m_target.host;
    settings.stepTimeoutMs = m_target.stepTimeoutMs;
    settings.extraCaCertificates = m_extraCaCertificates;
    settings.reportOpenPort = false; // the port sweep said so already
    if (session) {
        if (!m_target.user.isEmpty())
            settings.credentials = m_credentials.value_or(
                SaslClient::Credentials{m_target.user, {}, {}});
        settings.mechanism = m_target.authMechanism;
        settings.allowCleartextAuth = m_target.allowCleartextAuth;
        settings.from = m_target.mailFrom;
        settings.to = m_target.rcptTo;
    }
    auto *probe = new SmtpProbe(settings, this);
    connect(probe,
            &SmtpProbe::found,
            this,
            [this, probe](const QString &id, const QStringList &args, const QStringList &evidence) {
                onFound(probe, id, args, evidence);
            });
    connect(probe, &SmtpProbe::logged, this, &SmtpCheck::log);
    connect(probe, &SmtpProbe::finished, this, [this, probe] { onProbeFinished(probe); });
    m_probes.append(probe);
    ++m_running;
    probe->start();
    return probe;
}

void SmtpCheck::abort()
{
    // What each session was waiting for, before abort() ends it. A
    // counter-probe is left out: the finding it was to explain stands.
    m_unfinished.clear();
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        const SmtpProbe::State state = probe->state();
        if (state == SmtpProbe::State::Done || state == SmtpProbe::State::Idle
            || m_heldByCounter.contains(probe))
            continue;
        m_unfinished.append(
            {probe->endpoint(), probe->address(), probe->port(), int(state), probe->msInState()});
    }
    for (SmtpProbe *probe : std::as_const(m_probes))
        probe->abort();
    // A TLSA answer after the end would be logged after finished().
    delete m_tlsaContext;
    m_tlsaContext = nullptr;
}

QString SmtpCheck::awaitedIn(int state)
{
    switch (SmtpProbe::State(state)) {
    case SmtpProbe::State::Connecting:
        return tr("the connection");
    case SmtpProbe::State::TlsHandshake:
    case SmtpProbe::State::StartTlsHandshake:
        return tr("the TLS handshake");
    case SmtpProbe::State::Greeting:
        return tr("the greeting");
    case SmtpProbe::State::Ehlo:
    case SmtpProbe::State::Helo:
    case SmtpProbe::State::EhloAfterTls:
        return tr("the answer to EHLO");
    case SmtpProbe::State::StartTls:
        return tr("the answer to STARTTLS");
    case SmtpProbe::State::Auth:
        return tr("the answer to the sign-in (AUTH)");
    case SmtpProbe::State::MailFrom:
    case SmtpProbe::State::RcptTo:
    case SmtpProbe::State::Data:
    case SmtpProbe::State::DataEnd:
    case SmtpProbe::State::Bdat:
        return tr("the answer to the test message");
    case SmtpProbe::State::Quit:
        return tr("the answer to QUIT");
    case SmtpProbe::State::Idle:
    case SmtpProbe::State::Done:
        break;
    }
    return tr("an answer");
}

void SmtpCheck::onCancel()
{
    for (const Unfinished &probe : std::as_const(m_unfinished)) {
        const char *state = QMetaEnum::fromType<SmtpProbe::State>().valueToKey(probe.state);
        addFinding(QLatin1String(FindingId::SmtpCancelledWaiting),
                   FindingArgs{{FindingArg::Address, probe.address.toString()},
                               {FindingArg::Port, QString::number(probe.port)},
                               {FindingArg::Detail, awaitedIn(probe.state)},
                               {FindingArg::Count,
                                QString::number(double(probe.waitedMs) / 1000.0, 'f', 1)}},
                   {QStringLiteral("%1: cancelled in state %2 after %3 ms")
                        .arg(probe.endpoint, QLatin1String(state))
                        .arg(probe.waitedMs)},
                   Finding::Severity::Info);
    }
    m_unfinished.clear();
    // The sessions ended during abort(); with a TLSA answer still awaited,
    // finishWhenDone() did not list the sign-in methods they had seen.
    if (m_tlsaPending)
        reportMechanisms();
}

void SmtpCheck::onFound(SmtpProbe *probe,
                        const QString &id,
                        const QStringList &args,
                        const QStringList &evidence)
{
    if (m_heldByCounter.contains(probe))
        return; // a counter-probe's own findings are only evidence
    const FindingArgs named = withFacts(probe, id, FindingCatalog::named(id, args));
    if (m_alternatives.contains(probe)) {
        addFinding(id, named, evidence, Finding::Severity::Info);
        return;
    }
    const bool chosenTls = m_target.security == Target::Security::Tls;
    // Silence on a plaintext greeting: maybe the port waits for a TLS
    // ClientHello (RFC 8314 section 3.3). A failed TLS handshake: maybe the
    // port greets in plaintext and wants STARTTLS (RFC 3207).
    const bool explainable = (id == QLatin1String(FindingId::SmtpNoGreeting) && !chosenTls)
                             || (id == QLatin1String(FindingId::TlsHandshakeFailed) && chosenTls);
    if (!explainable) {
        addFinding(id, named, evidence);
        return;
    }
    log(Event::Kind::Note,
        QStringLiteral("%1: trying the other encryption mode to explain %2")
            .arg(probe->endpoint(), id));
    SmtpProbe *counter = startProbe(probe->address(),
                                    m_target.port,
                                    chosenTls ? Target::Security::None : Target::Security::Tls);
    m_heldByCounter.insert(counter, {id, args, evidence});
}

FindingArgs SmtpCheck::withFacts(const SmtpProbe *probe, const QString &id, FindingArgs args)
{
    // What tells one server from another (the website probe compares them):
    // the name it greets with, the certificate it shows.
    if (id == QLatin1String(FindingId::SmtpGreetingOk))
        args.set(FindingArg::GreetingName, SmtpReply::greetingName(probe->greeting()));
    if (id.startsWith(QLatin1String("tls.")))
        args.set(FindingArg::CertificateSha256, probe->certificateSha256());
    return args;
}

void SmtpCheck::onProbeFinished(SmtpProbe *probe)
{
    if (m_heldByCounter.contains(probe))
        concludeCounterProbe(probe);
    else if (!probe->greeting().isEmpty() && !m_alternatives.contains(probe))
        checkGreetingHost(probe);
    --m_running;
    finishWhenDone();
}

void SmtpCheck::finishWhenDone()
{
    if (m_running > 0 || m_tlsaPending)
        return;
    checkDane();
    reportMechanisms();
    finish();
}

void SmtpCheck::lookUpTlsa()
{
    // DANE (RFC 7672): TLSA records at _port._tcp.host say which
    // certificate this server must present.
    if (!m_dns || !QHostAddress(m_target.host).isNull())
        return;
    const QString name = QStringLiteral("_%1._tcp.%2").arg(m_target.port).arg(m_target.host);
    m_tlsaPending = true;
    m_tlsaContext = new QObject(this);
    m_dns->lookup(name, DnsResolver::Tlsa, m_tlsaContext, [this](const DnsAnswer &answer) {
        log(Event::Kind::Dns, answer.summary());
        for (const QByteArray &data : answer.records) {
            if (const auto record = TlsaRecord::parse(data))
                m_tlsa.append(*record);
        }
        m_tlsaEvidence = answer.summary();
        m_tlsaPending = false;
        finishWhenDone();
    });
}

void SmtpCheck::reportMechanisms()
{
    // Which sign-in methods each open port offers (RFC 4954 section 3),
    // once the ports that greeted have answered EHLO.
    QMap<quint16, QStringList> offered;
    bool anyAuth = false;
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        if (m_heldByCounter.contains(probe) || !probe->sawEhlo() || offered.contains(probe->port()))
            continue;
        offered.insert(probe->port(), probe->authMechanisms());
        anyAuth = anyAuth || !probe->authMechanisms().isEmpty();
    }
    if (!anyAuth)
        return;
    QStringList table;
    for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
        table.append(QStringLiteral("port %1: %2")
                         .arg(it.key())
                         .arg(it.value().isEmpty() ? QStringLiteral("-")
                                                   : it.value().join(QLatin1Char(' '))));
    }
    addFinding(QLatin1String(FindingId::SmtpAuthMechanisms),
               FindingArgs{{FindingArg::Host, m_target.host},
                           {FindingArg::Detail, table.join(QLatin1String("; "))}},
               table);
}

void SmtpCheck::checkDane()
{
    const bool usable = std::any_of(m_tlsa.cbegin(), m_tlsa.cend(), DaneMatcher::isUsableForSmtp);
    if (!usable)
        return;
    QStringList records;
    for (const TlsaRecord &record : std::as_const(m_tlsa))
        records.append(QStringLiteral("TLSA ") + record.text());
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        if (m_alternatives.contains(probe) || !probe->wasEncrypted()
            || probe->port() != m_target.port)
            continue;
        const auto matched = DaneMatcher::match(m_tlsa, probe->certificateChain());
        QStringList evidence{m_tlsaEvidence};
        evidence += records;
        const FindingArgs args{{FindingArg::Address, probe->address().toString()},
                               {FindingArg::Port, QString::number(m_target.port)},
                               {FindingArg::Detail, matched ? matched->text() : QString()}};
        addFinding(matched ? QLatin1String(FindingId::TlsDaneOk)
                           : QLatin1String(FindingId::TlsDaneMismatch),
                   args,
                   evidence);
    }
}

void SmtpCheck::concludeCounterProbe(SmtpProbe *counter)
{
    const HeldFinding held = m_heldByCounter.take(counter);
    const FindingArgs args{{FindingArg::Address, counter->address().toString()},
                           {FindingArg::Port, QString::number(m_target.port)}};
    if (m_target.security == Target::Security::Tls && !counter->greeting().isEmpty()) {
        addFinding(
            QLatin1String(FindingId::TlsExpectsStarttls),
            args,
            held.evidence
                + QStringList{
                    QStringLiteral("without TLS the port greets: %1").arg(counter->greeting())});
    } else if (m_target.security != Target::Security::Tls && counter->wasEncrypted()) {
        addFinding(QLatin1String(FindingId::TlsExpectsImplicit),
                   args,
                   held.evidence
                       + QStringList{QStringLiteral("a TLS handshake on the same port succeeds: %1")
                                         .arg(counter->tlsSummary())});
    } else {
        addFinding(held.id, held.args, held.evidence);
    }
}

void SmtpCheck::checkGreetingHost(SmtpProbe *probe)
{
    // "220 host.example ESMTP ...": the first word names the server.
    const QString named = probe->greeting().section(QLatin1Char(' '), 1, 1);
    if (!DomainNames::looksLikeHostName(named) || !DomainNames::looksLikeHostName(m_target.host))
        return;
    if (DomainNames::registrableDomain(named) == DomainNames::registrableDomain(m_target.host))
        return;
    addFinding(QLatin1String(FindingId::SmtpUnexpectedHost),
               FindingArgs{{FindingArg::Host, m_target.host},
                           {FindingArg::Port, QString::number(m_target.port)},
                           {FindingArg::Name, named}},
               {QStringLiteral("%1 greets: %2").arg(probe->endpoint(), probe->greeting())});
}
