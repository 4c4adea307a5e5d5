// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Why a step of an SMTP session cannot go on, as a finding: its id, the
// detail that fills its text, and extra evidence. The session's helpers
// (SmtpAuthExchange, SmtpTransaction) return one; SmtpProbe reports it.
struct SessionProblem
{
    QString id;
    QString detail;
    QStringList evidence;
};
