// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Exchange Online's documented refusals of SMTP AUTH
// (resources/oauth/microsoft-smtp-auth-replies.json, with its sources and
// the date they were checked): which documented case a reply is, by its
// code, its enhanced status code and the documented words. The case names a
// catalog text ("auth.basic_disabled#tenant") saying what the
// administrator must change.
class MicrosoftAuthReplies
{
public:
    // The documented case of this reply ("tenant", "mailbox",
    // "security_defaults", "conditional_access", "retired", "unsuccessful"),
    // empty when it is none of them.
    static QString variantOf(int code, const QString &enhancedCode, const QString &words);
    static QString checked();
};
