// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DnsOptions.h"
#include "OutputOptions.h"

#include "core/Target.h"

#include <optional>

// `smtp-doctor-cli message --file FILE|-`: reads a message that arrived
// (its whole source or its headers, as pasted; `-` is standard input) and
// reports what it says: the Received chain, the receiver's verdicts, a
// bounce; then checks its DKIM signatures, SPF and DMARC again with the
// resolver of --resolver (as diagnose's), with the sending address's reverse
// DNS and the DNS blocklists of --dnsbl (or the default ones). Through the report writers, with
// diagnose's exit statuses. The work is MessageDiagnosis, as in the wizard.
class MessageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommand)
public:
    MessageCommand();

protected:
    QString read(const QCommandLineParser &parser) override;
    int execute() override;

private:
    QCommandLineOption m_file;
    DnsOptions m_dns; // the DNS of the checks done again
    QCommandLineOption m_offline;
    QCommandLineOption m_dnsbl;
    QCommandLineOption m_noDnsbl;
    QCommandLineOption m_sender;
    QCommandLineOption m_smtpHost;
    OutputOptions m_output;

    bool m_checksWanted = true;
    bool m_blocklistsWanted = true;
    QStringList m_blocklistZones; // empty: the default lists
    QString m_signedInUser;
    QString m_smtpHostName;

    QByteArray m_message;
};
