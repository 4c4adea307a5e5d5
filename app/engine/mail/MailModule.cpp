// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailModule.h"

#include "core/PluginModule.h"
#include "mail/MailChecks.h"

MailChecks *MailModule::checks(QString *error)
{
    return PluginModule::loadOnce<MailChecks>(
        QStringLiteral("smtp-doctor-mail"), "SMTP_DOCTOR_MAIL_MODULE", error);
}
