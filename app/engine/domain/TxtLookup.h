// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QCoreApplication>
#include <QStringList>

// The TXT answer at one name, read for the record checks: the texts (strings
// of each record joined, RFC 6376 section 3.6.2.2, RFC 7489 section 6.1), or
// why there are none. DNS failures are kept apart from "no record": a
// timeout says nothing about whether a key or policy is published.
class TxtLookup
{
    Q_DECLARE_TR_FUNCTIONS(TxtLookup)
public:
    enum class Outcome { Records, NoRecord, Failed };

    static TxtLookup read(const DnsAnswer &answer);

    Outcome outcome() const { return m_outcome; }
    // One text per well-formed record, bytes mapped one to one onto
    // characters (Latin-1) so that the parsers can refuse what is not ASCII.
    QStringList texts() const { return m_texts; }
    int malformedCount() const { return m_malformed; }
    // Why the lookup failed ("SERVFAIL", "DNSSEC validation failed: ...").
    QString failure() const { return m_failure; }
    // The answer's summary and each record, shortened: the evidence lines.
    QStringList evidence() const { return m_evidence; }

private:
    Outcome m_outcome = Outcome::Failed;
    QStringList m_texts;
    int m_malformed = 0;
    QString m_failure;
    QStringList m_evidence;
};
