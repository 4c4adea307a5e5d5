// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailChecks.h"

#include <QObject>

// The mail module's one class: MailChecks with the engine's own message
// and fetch-back checks. The wizard loads it through MailModule when a
// message is first checked.
class MailChecksPlugin : public QObject, public MailChecks
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SmtpDoctorMailChecks_iid)
    Q_INTERFACES(MailChecks)
public:
    QString messageInputProblem(const QByteArray &source) const override;
    MessageJob *newMessageDiagnosis(const QByteArray &source,
                                    const MessageDiagnosis::Options &options,
                                    QObject *parent) const override;
    FetchBackJob *newFetchBack(const FetchBack::Request &request, QObject *parent) const override;
};
