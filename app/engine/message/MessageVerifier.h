// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dkim/DkimKeySet.h"
#include "dns/DnsAnswer.h"
#include "message/MessageVerification.h"
#include "message/ParsedMessage.h"

#include <QObject>
#include <QTimer>

#include <memory>

class DnsSource;
class SpfEvaluator;

// Checks a message that arrived again, now: fetches through the engine's
// resolver every key its DKIM signatures name, the From domain's DMARC record
// (or its organizational domain's) and the SPF record of the server that
// handed it over, all at once; then verifies with libopendkim, the SPF
// evaluator and libopendmarc. After the job contract of Check: start()
// defers the work, finished() comes exactly once, also at the deadline.
class MessageVerifier : public QObject
{
    Q_OBJECT
public:
    MessageVerifier(DnsSource *dns, const ParsedMessage &message, QObject *parent = nullptr);
    ~MessageVerifier() override;

    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    void start();
    MessageVerification result() const { return m_result; }

signals:
    void finished();

private:
    void begin();
    void lookupKeys();
    void lookupDmarc(const QString &domain);
    void onDmarcAnswer(const QString &domain, const DnsAnswer &answer);
    void startSpf();
    void done(); // one look-up less; concludes after the last
    void conclude();

    DnsSource *m_dns;
    ParsedMessage m_message;
    DkimKeySet m_keys;
    std::unique_ptr<SpfEvaluator> m_spf;
    QString m_dmarcRecord;
    QString m_dmarcDomain;
    bool m_dmarcFailed = false;
    int m_pending = 0;
    bool m_finished = false;
    int m_deadlineMs = 20000;
    QTimer m_deadline;
    MessageVerification m_result;
};
