// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/FetchBack.h"
#include "imap/FetchBackJob.h"
#include "message/MessageDiagnosis.h"
#include "message/MessageJob.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtPlugin>

// The checks that need GMime, libopendkim, libopendmarc and libetpan (with
// GnuTLS, GIO, GPGME, Cyrus SASL and Berkeley DB behind them): a message that
// arrived, and the test message fetched back over IMAP. The wizard reaches
// them only through this interface, from the mail module (MailModule), so
// that about twenty shared objects load when a message is first checked, not
// at start. The CLI and the tests link the classes themselves.
class MailChecks
{
public:
    virtual ~MailChecks() = default;

    // MessageDiagnosis::inputProblem(): why `source` cannot be checked, or empty.
    virtual QString messageInputProblem(const QByteArray &source) const = 0;
    // A MessageDiagnosis of `source`, owned by `parent`; not started.
    virtual MessageJob *newMessageDiagnosis(const QByteArray &source,
                                            const MessageDiagnosis::Options &options,
                                            QObject *parent) const = 0;
    // A FetchBack of `request`, owned by `parent`; not started.
    virtual FetchBackJob *newFetchBack(const FetchBack::Request &request,
                                       QObject *parent) const = 0;
};

#define SmtpDoctorMailChecks_iid "org.smtpdoctor.SmtpDoctor.MailChecks/1"
Q_DECLARE_INTERFACE(MailChecks, SmtpDoctorMailChecks_iid)
