// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageVerifier.h"

#include "dkim/DkimVerifier.h"
#include "dmarc/DmarcEvaluator.h"
#include "dns/DnsResolver.h"
#include "dns/DnsSource.h"
#include "domain/DomainNames.h"
#include "domain/TxtLookup.h"
#include "spf/SpfEvaluator.h"

MessageVerifier::MessageVerifier(DnsSource *dns, const ParsedMessage &message, QObject *parent)
    : QObject(parent)
    , m_dns(dns)
    , m_message(message)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_result.deadlineReached = true;
        conclude();
    });
}

MessageVerifier::~MessageVerifier() = default;

void MessageVerifier::start()
{
    QTimer::singleShot(0, this, &MessageVerifier::begin);
}

void MessageVerifier::begin()
{
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    // One count for begin() itself, so that an answer given at once cannot
    // conclude before every look-up is under way.
    m_pending = 1;
    lookupKeys();
    if (!m_message.fromDomain.isEmpty())
        lookupDmarc(m_message.fromDomain);
    startSpf();
    done();
}

void MessageVerifier::lookupKeys()
{
    for (const DkimSignatureHeader &signature : m_message.dkimSignatures) {
        if (signature.domain.isEmpty() || signature.selector.isEmpty())
            continue;
        const QString name = DkimKeySet::keyName(signature.selector, signature.domain);
        if (m_keys.contains(name))
            continue;
        m_keys.insert(name, {}); // asked: LookupFailed until answered
        ++m_pending;
        m_dns->lookup(name, DnsResolver::Txt, this, [this, name](const DnsAnswer &answer) {
            m_keys.insertAnswer(name, answer);
            done();
        });
    }
}

// RFC 7489 section 6.6.3: the From domain's record, else its organizational
// domain's.
void MessageVerifier::lookupDmarc(const QString &domain)
{
    ++m_pending;
    m_dns->lookup(QStringLiteral("_dmarc.") + domain,
                  DnsResolver::Txt,
                  this,
                  [this, domain](const DnsAnswer &answer) { onDmarcAnswer(domain, answer); });
}

void MessageVerifier::onDmarcAnswer(const QString &domain, const DnsAnswer &answer)
{
    const TxtLookup txt = TxtLookup::read(answer);
    m_result.dmarcEvidence += txt.evidence();
    QStringList records;
    for (const QString &text : txt.texts()) {
        if (text.startsWith(QLatin1String("v=DMARC1"), Qt::CaseInsensitive))
            records.append(text);
    }
    if (txt.outcome() == TxtLookup::Outcome::Failed) {
        m_dmarcFailed = true;
    } else if (records.size() == 1) {
        m_dmarcRecord = records.constFirst();
        m_dmarcDomain = domain;
    } else {
        // None, or several (which RFC 7489 section 6.6.3 counts as none).
        const QString organization = DomainNames::registrableDomain(m_message.fromDomain);
        if (domain != organization && !organization.isEmpty()) {
            lookupDmarc(organization);
        }
    }
    done();
}

void MessageVerifier::startSpf()
{
    m_result.sender = SendingHop::find(m_message);
    if (!m_result.sender)
        return;
    const SendingHop &sender = *m_result.sender;
    SpfQuery query;
    query.clientAddress = sender.address;
    query.helo = sender.helo;
    // RFC 7208 section 2.4: an empty MAIL FROM (a bounce) checks the HELO name.
    const QString mailFrom = sender.mailFrom.contains(QLatin1Char('@')) ? sender.mailFrom
                                                                        : QString();
    query.sender = mailFrom;
    m_result.spfDomain = mailFrom.isEmpty() ? sender.helo
                                            : mailFrom.section(QLatin1Char('@'), -1).toLower();
    if (m_result.spfDomain.isEmpty())
        return;
    m_spf = std::make_unique<SpfEvaluator>(m_dns, query);
    ++m_pending;
    connect(m_spf.get(), &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.spf = result;
        done();
    });
    m_spf->start();
}

void MessageVerifier::done()
{
    if (--m_pending == 0)
        conclude();
}

void MessageVerifier::conclude()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_spf && m_spf->isRunning())
        m_spf->cancel();
    m_result.dkim = DkimVerifier::verify(m_message.raw, m_keys);
    m_result.bodyMissing = !m_message.hasBody;

    DmarcEvaluator::Input input;
    input.fromDomain = m_message.fromDomain;
    input.organizationalDomain = DomainNames::registrableDomain(m_message.fromDomain);
    input.recordStatus = !m_dmarcRecord.isEmpty() ? DmarcEvaluator::Input::Record::Found
                         : m_dmarcFailed || m_result.deadlineReached
                             ? DmarcEvaluator::Input::Record::LookupFailed
                             : DmarcEvaluator::Input::Record::Missing;
    input.record = m_dmarcRecord;
    input.recordDomain = m_dmarcDomain;
    if (m_result.sender)
        input.client = m_result.sender->address;
    input.dkim = m_result.dkim;
    input.spf = m_result.spf;
    input.spfDomain = m_result.spfDomain;
    input.spfFromHelo = m_result.sender && !m_result.sender->mailFrom.contains(QLatin1Char('@'));
    m_result.dmarc = DmarcEvaluator::evaluate(input);
    emit finished();
}

// Its own translation unit, not the engine's mocs_compilation (see MessageDiagnosis.cpp).
#include "moc_MessageVerifier.cpp"
