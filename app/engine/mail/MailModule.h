// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class MailChecks;

// Loads the mail module (app/mailmodule: the message and fetch-back checks
// with their libraries) the first time the wizard needs it, and keeps it
// loaded (PluginModule; SMTP_DOCTOR_MAIL_MODULE names it for the tests).
class MailModule
{
public:
    // The module's checks, or null with `error` saying why.
    static MailChecks *checks(QString *error = nullptr);
};
