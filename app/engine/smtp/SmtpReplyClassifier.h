// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpReply.h"

#include <QString>

#include <optional>

// Maps an SMTP reply, read in the phase of the dialogue it answers, to a finding id of
// DESIGN.md (auth.*, send.*, smtp.rejected_greeting). Pure and stateless: the SMTP and
// send checks call it with each reply and own what they do with the answer.
//
// The decision comes from the phase, the basic reply code (RFC 5321 section 4.2) and the
// enhanced status code (RFC 3463). Reply text is only read to tell apart documented
// variants that share the same codes (Gmail's 534 5.7.9 versus RFC 4954's, greylisting
// versus rate limiting on 451 4.7.1, spam versus relay on 554 5.7.1); the rule table in
// SmtpReplyClassifier.cpp names the source of each. A reply the table does not know gives
// nullopt, and the caller shows the server's own words instead of a confident guess.
class SmtpReplyClassifier
{
public:
    // The command (or connection) that the reply answers.
    enum class Phase { Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, DataEnd };

    struct Classification
    {
        QString id; // a finding id, e.g. "auth.basic_disabled"
        // Machine-readable, never shown as prose. For send.accepted the queue id the
        // server gave (empty when its form is unknown). Otherwise the evidence that
        // decided: reply code, enhanced code when there is one, and the provider variant
        // when the text told one apart, e.g. "535 5.7.139 tenant".
        QString detail;
    };

    static std::optional<Classification> classify(Phase phase, const SmtpReply &reply);

    // The reply's enhanced status code: SmtpReply::enhancedCode when the first line starts
    // with one, else the first "class.subject.detail" token anywhere in the text whose
    // class is the reply's own. Tokens are whole: "5.7.1399", "15.7.139" and "10.5.7.1"
    // contain no code. Empty when there is none.
    static QString enhancedCodeOf(const SmtpReply &reply);

    // The queue id in a 250 reply to the end of DATA, from the forms common servers use
    // (Postfix, Exim, Gmail, Microsoft, Sendmail); empty for any other form.
    static QString queueIdOf(const SmtpReply &reply);
};
