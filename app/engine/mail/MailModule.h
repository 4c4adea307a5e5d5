// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class MailChecks;

// Loads the mail module (app/mailmodule: the message and fetch-back checks
// with their libraries) the first time the wizard needs it, and keeps it
// loaded. Looked for, in order: the file named by SMTP_DOCTOR_MAIL_MODULE
// (the tests), beside the program (the build tree), and in the installed
// library directory relative to the program (the package).
class MailModule
{
public:
    // The module's checks, or null with `error` saying why.
    static MailChecks *checks(QString *error = nullptr);
};
