// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <initializer_list>
#include <optional>

// The named values a finding's texts are filled from. Each catalog entry
// declares which argument fills its %1, %2, %3...; a caller says what each
// value is, never where it goes:
//     FindingArgs{{FindingArg::Host, host}, {FindingArg::Port, "587"}}
// Host, Address and Port also fill the finding's subject.
enum class FindingArg {
    None,    // ends an entry's list
    Host,    // a server's name (or its address when that is all there is)
    Address, // the IP address connected to (or a list of them)
    Port,
    Ports,    // a list of ports
    Detail,   // what was seen: an error, the server's words, a time in ms
    Domain,   // a mail domain (the sender's)
    Name,     // a DNS name: where a record lives, the hosts an MX names
    Record,   // a record's kind or text (SPF, DKIM, an MTA-STS record)
    Selector, // a DKIM selector (or the list of selectors tried)
    Count,
    Total,
    Attempt,
    Result,    // an SPF result (softfail, fail...)
    Mechanism, // an SPF term
    Include,   // the include: a provider asks for
    Policy,    // a DMARC policy
    Percent,
    OrganizationalDomain,
    ControlHost, // the reference host
    Resolver,    // the DNS server chosen
    SystemAnswer,
    ResolverAnswer,
    Provider,    // a mail or CDN provider's name
    Family,      // "IPv6"
    OtherFamily, // "IPv4"
    GreetingMs,
    ConnectMs,
    Main, // the main connection of a profile
    Backup,
    Typed,      // what the user typed, as typed
    Suggestion, // what to type instead
    Scheme,
    Path,
    Security, // an encryption mode
    Here,     // what this computer saw (names, addresses)
    Site,     // what the website saw of the same
    Setting,  // a setting and its value (openssl.cafile, SELinux's state)
    Url,      // the website probe's address
    // Facts: kept in the finding itself (Finding::facts) and in the JSON
    // report, so that a reader never has to take them out of the texts.
    GreetingName,      // the host name a server's 220 greeting names
    CertificateSha256, // the SHA-256 fingerprint of the server's certificate, hex
    SigningDomain,     // a DKIM signature's d= domain
    Reason,            // why a check of a message came out as it did: a stable word
    Hops,              // a message's Received chain as HopTimeline writes it (JSON)
    Alignment,         // a message's SPF/DKIM/DMARC domains as AlignmentSummary writes it (JSON)
    SenderChecks,      // the sending address's PTR, FCrDNS and blocklists (SenderReputation, JSON)
    Mailbox,           // the IMAP mailbox the test message was found in ("INBOX", "Junk")
    SecondsToArrival,  // seconds from the test message's Date to its arrival (IMAP INTERNALDATE)
    MessageId,         // the test message's Message-ID, as sent
};

class FindingArgs
{
public:
    FindingArgs() = default;
    FindingArgs(std::initializer_list<QPair<FindingArg, QString>> values);

    FindingArgs &set(FindingArg arg, const QString &value);
    bool contains(FindingArg arg) const;
    QString value(FindingArg arg) const;
    bool isEmpty() const { return m_values.isEmpty(); }
    const QList<QPair<FindingArg, QString>> &values() const { return m_values; }

    // A stable lower-case name for `arg` ("host", "control-host"), shown in
    // place of a value where there is none (`explain`, docs/findings.md).
    static QString name(FindingArg arg);
    static std::optional<FindingArg> fromName(const QString &name);
    // The arguments a finding keeps as machine-readable facts (the connect
    // time, the greeting's name, the certificate's fingerprint), beside its
    // subject: what the vantage view and the per-port table read.
    static bool isFact(FindingArg arg);

private:
    QList<QPair<FindingArg, QString>> m_values;
};
