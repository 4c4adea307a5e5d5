// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReplyClassifier.h"

#include "findings/FindingIds.h"
#include "oauth/MicrosoftAuthReplies.h"

#include <QList>
#include <QRegularExpression>

#include <iterator>

// Each rule names its source: an RFC section where one decides, else one of
// three short tags:
//   "4.1"  base reply codes: RFC 5321 section 4.2, RFC 3207 (STARTTLS), RFC 4954 (AUTH);
//   "4.2"  enhanced status codes: RFC 3463, the IANA registry (RFC 5248), the additions
//          of RFC 4954 section 6 and RFC 7372;
//   "4.3"  a provider's own words as it sends them, from its documentation (Google
//          Workspace "Gmail SMTP errors and codes", Microsoft Learn "Enable or disable
//          SMTP AUTH", the IONOS and SparkPost help pages) or transcripts in public
//          issue trackers, named in the rule's comment.

namespace {

using Phase = SmtpReplyClassifier::Phase;

constexpr unsigned bit(Phase phase)
{
    return 1u << static_cast<unsigned>(phase);
}

constexpr unsigned Greeting = bit(Phase::Greeting);
constexpr unsigned Auth = bit(Phase::Auth);
constexpr unsigned MailFrom = bit(Phase::MailFrom);
constexpr unsigned RcptTo = bit(Phase::RcptTo);
constexpr unsigned Data = bit(Phase::Data);
constexpr unsigned DataEnd = bit(Phase::DataEnd);
constexpr unsigned Transaction = MailFrom | RcptTo | Data | DataEnd;
constexpr unsigned AfterGreeting = ~Greeting;

// In Rule::code: any code (the enhanced code then carries the decision), or any code of a
// class.
constexpr int AnyCode = 0;
constexpr int AnyPermanent = 5;

// Words that tell apart documented variants sharing the same codes. Never the only
// evidence: every rule that names words also names a phase and a code.
enum class Words {
    None,
    GmailAppPassword,
    WrongCredentials,
    StartTls,
    SendAsDenied,
    SenderRejected,
    SenderNotAllowed,
    UnconfiguredDomain,
    Relay,
    Spam,
    Greylist,
    Rate,
    TlsRequired,
    Count
};

// Case-insensitive patterns, in the order of Words.
const char *const wordPatterns[] = {
    "",
    // 4.3 Gmail "534-5.7.9 Application-specific password required", link ?p=InvalidSecondFactor
    "application-specific password|InvalidSecondFactor",
    // Microsoft "535 5.7.139 ... the user credentials were incorrect." (public logs)
    "credentials were incorrect",
    "\\bSTARTTLS\\b",          // 4.1, RFC 3207 section 4 "Must issue a STARTTLS command first"
    "SendAsDenied",            // 4.3 Microsoft 554 5.2.0 ...SendAsDeniedException...
    "sender address rejected", // Postfix "Sender address rejected: not owned by user"
    "sender address is not allowed", // 4.3 IONOS
    "unconfigured sending domain",   // 4.3 SparkPost "550 5.7.1 Unconfigured Sending Domain"
    // Postfix "Relay access denied", Sendmail/Exim "Unable to relay", qmail "rcpthosts"
    "\\brelay|\\brcpthosts\\b",
    // "rejected as spam"; Gmail "likely unsolicited mail"; 4.3 "unsolicited and/or bulk e-mail"
    "\\bspam\\b|\\bunsolicited\\b|\\bbulk e-?mail",
    "\\bgr[ae]y-?list", // "Greylisted", "greylisting" (4.1: often greylisting)
    "\\brate\\b|too many|limit exceeded|throttl", // 4.3 Gmail "unusual rate"
    "\\bTLS required\\b", // 4.3 Gmail "421 4.7.0 TLS required for RCPT domain"
};
static_assert(std::size(wordPatterns) == static_cast<size_t>(Words::Count));

bool textSays(Words words, const QString &text)
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        for (const char *source : wordPatterns) {
            list.append(QRegularExpression(QString::fromLatin1(source),
                                           QRegularExpression::CaseInsensitiveOption));
        }
        return list;
    }();
    return words == Words::None || compiled.at(static_cast<int>(words)).match(text).hasMatch();
}

struct Rule
{
    unsigned phases;
    int code;             // a reply code, AnyCode, or AnyPermanent
    const char *enhanced; // nullptr: any or none; "": none; "4.7.*": any detail of 4.7
    Words words;
    const char *id;      // nullptr: a known reply that no finding explains (stop: nullopt)
    const char *variant; // appended to the detail when the words decided
};

// First match wins. 2xx and 3xx replies never reach this table (see classify()).
const Rule rules[] = {
    // Connection: a server that will not serve this client says 554 instead of 220
    // (RFC 5321 section 3.1) or 421 (section 3.8); 4.1 "554 in banner: no SMTP service".
    {Greeting, 554, nullptr, Words::None, FindingId::SmtpRejectedGreeting, nullptr},
    {Greeting, 421, nullptr, Words::None, FindingId::SmtpRejectedGreeting, nullptr},

    // AUTH (RFC 4954 section 6 and 4.3's Microsoft and Gmail rows).
    {Auth, 530, "5.7.57", Words::None, FindingId::AuthBasicDisabled, nullptr}, // 4.3 Microsoft
    // 530 to AUTH itself: RFC 4954's "530 5.7.0 Authentication required" is for commands
    // other than AUTH, so here it is RFC 3207 section 4's "Must issue a STARTTLS command
    // first" (4.3 Gmail 530 5.7.0, Amazon SES 530 without enhanced code).
    {Auth, 530, nullptr, Words::None, FindingId::AuthTlsRequired, nullptr},
    {Auth, 538, nullptr, Words::None, FindingId::AuthTlsRequired, nullptr}, // RFC 4954: 538 5.7.11
    // 4.3 Gmail 534-5.7.14 "Please log in via your web browser": interactive sign-in.
    {Auth, 534, "5.7.14", Words::None, FindingId::AuthAppPasswordRequired, nullptr},
    // 534 5.7.9 is "mechanism too weak" (RFC 4954 section 6); Google reuses it for
    // "Application-specific password required" (4.1, 4.3). The words tell which.
    {Auth, 534, nullptr, Words::GmailAppPassword, FindingId::AuthAppPasswordRequired, "gmail"},
    {Auth, 534, nullptr, Words::None, FindingId::AuthMechanismUnsupported, nullptr},
    // Microsoft 5.7.139 (4.3): SMTP AUTH turned off, except the wording Microsoft also
    // sends for a plain wrong password (535 5.7.139 "...the user credentials were
    // incorrect.", seen in many public logs). Which documented case it is (tenant,
    // mailbox...) comes from resources/oauth/microsoft-smtp-auth-replies.json.
    {Auth, AnyCode, "5.7.139", Words::WrongCredentials, FindingId::AuthFailed, "credentials"},
    {Auth, AnyCode, "5.7.139", Words::None, FindingId::AuthBasicDisabled, nullptr},
    {Auth, 535, "5.7.3", Words::None, FindingId::AuthBasicDisabled, nullptr},  // 4.3 MS Learn list
    {Auth, 550, "5.7.30", Words::None, FindingId::AuthBasicDisabled, nullptr}, // 4.3 [unverified]
    // 535 is "credentials invalid" (RFC 4954 section 6, 535 5.7.8), with or without an
    // enhanced code (4.3 cPanel/Exim "535 Incorrect authentication data").
    {Auth, 535, nullptr, Words::None, FindingId::AuthFailed, nullptr},
    {Auth, AnyCode, "5.7.8", Words::None, FindingId::AuthFailed, nullptr},
    // RFC 4954 section 4: "504 5.5.4 Unrecognized authentication type".
    {Auth, 504, nullptr, Words::None, FindingId::AuthMechanismUnsupported, nullptr},

    // MAIL, RCPT, DATA: a server that requires TLS answers 530 "Must issue a STARTTLS
    // command first" (RFC 3207 section 4); RFC 4954's 530 5.7.0 "Authentication required"
    // (and Microsoft's 530 5.7.57 here) has no finding id yet.
    {Transaction, 530, nullptr, Words::StartTls, FindingId::AuthTlsRequired, "starttls"},
    {Transaction, 530, nullptr, Words::None, nullptr, nullptr},

    // Sender (4.2 X.1.7, X.1.8, X.7.27; 4.3 Microsoft, IONOS, SparkPost rows).
    {Transaction, AnyCode, "5.7.60", Words::None, FindingId::SendSenderRejected, nullptr},
    {Transaction, 554, "5.2.0", Words::SendAsDenied, FindingId::SendSenderRejected, "send_as"},
    {Transaction, AnyCode, "5.1.7", Words::None, FindingId::SendSenderRejected, nullptr},
    {Transaction, AnyCode, "5.1.8", Words::None, FindingId::SendSenderRejected, nullptr},
    {Transaction, AnyCode, "5.7.27", Words::None, FindingId::SendSenderRejected, nullptr}, // RFC
                                                                                           // 7505
    {Transaction,
     550,
     "5.7.1",
     Words::UnconfiguredDomain,
     FindingId::SendSenderRejected,
     "sending_domain"},
    {Transaction,
     AnyPermanent,
     nullptr,
     Words::SenderNotAllowed,
     FindingId::SendSenderRejected,
     "sender_not_allowed"},
    // Postfix checks the sender at RCPT time by default (smtpd_delay_reject), so its
    // "Sender address rejected" may answer RCPT: the words keep it off the recipient.
    {MailFrom | RcptTo,
     AnyPermanent,
     nullptr,
     Words::SenderRejected,
     FindingId::SendSenderRejected,
     "sender_address"},
    // RFC 5321 section 4.2.2: 553 "mailbox name not allowed" names the address just sent.
    {MailFrom, 553, nullptr, Words::None, FindingId::SendSenderRejected, nullptr},

    // Recipient (4.2 X.1.1 bad mailbox, X.1.2 bad system, X.1.3 bad syntax, X.1.10 null MX).
    {RcptTo | Data | DataEnd,
     AnyCode,
     "5.1.1",
     Words::None,
     FindingId::SendRecipientRejected,
     nullptr},
    {RcptTo | Data | DataEnd,
     AnyCode,
     "5.1.2",
     Words::None,
     FindingId::SendRecipientRejected,
     nullptr},
    {RcptTo | Data | DataEnd,
     AnyCode,
     "5.1.3",
     Words::None,
     FindingId::SendRecipientRejected,
     nullptr},
    {RcptTo | Data | DataEnd,
     AnyCode,
     "5.1.10",
     Words::None,
     FindingId::SendRecipientRejected,
     nullptr},

    // Relay: refused at RCPT with 550/554 (Postfix "554 5.7.1 Relay access denied",
    // "550 5.7.1 Unable to relay") or qmail's "553 ... rcpthosts (#5.7.1)".
    {RcptTo, 550, nullptr, Words::Relay, FindingId::SendRelayDenied, nullptr},
    {RcptTo, 554, nullptr, Words::Relay, FindingId::SendRelayDenied, nullptr},
    {RcptTo, 553, nullptr, Words::Relay, FindingId::SendRelayDenied, nullptr},
    {RcptTo, 553, nullptr, Words::None, FindingId::SendRecipientRejected, nullptr}, // RFC
                                                                                    // 5321 4.2.2
    {RcptTo, 551, nullptr, Words::None, FindingId::SendRecipientRejected, nullptr}, // user not
                                                                                    // local

    // Content: 550/554 5.7.1 (or no enhanced code) with spam wording; the RFC 7372
    // authentication failures (4.2 X.7.20 to X.7.26, Gmail's 550 5.7.26).
    {RcptTo | Data | DataEnd, 550, "5.7.1", Words::Spam, FindingId::SendSpamRejected, "spam"},
    {RcptTo | Data | DataEnd, 554, "5.7.1", Words::Spam, FindingId::SendSpamRejected, "spam"},
    {RcptTo | Data | DataEnd, 550, "", Words::Spam, FindingId::SendSpamRejected, "spam"},
    {RcptTo | Data | DataEnd, 554, "", Words::Spam, FindingId::SendSpamRejected, "spam"},
    {RcptTo | DataEnd, AnyCode, "5.7.20", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.21", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.22", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.23", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.24", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.25", Words::None, FindingId::SendSpamRejected, nullptr},
    {RcptTo | DataEnd, AnyCode, "5.7.26", Words::None, FindingId::SendSpamRejected, nullptr},

    // Size (4.2 X.3.4 too big for system, X.2.3 over administrative limit; RFC 1870
    // section 6: 552 to MAIL with SIZE or at the end of data). 552 5.2.2 is a full
    // mailbox and 552 with another enhanced code (Gmail's 552 5.7.0) is not about size.
    {Transaction, AnyCode, "5.3.4", Words::None, FindingId::SendTooLarge, nullptr},
    {Transaction, AnyCode, "5.2.3", Words::None, FindingId::SendTooLarge, nullptr},
    {MailFrom | Data | DataEnd, 552, "", Words::None, FindingId::SendTooLarge, nullptr},

    // Throttling and greylisting (4.1 421, 450/451/452; 4.3 Gmail 421 4.7.0).
    {AfterGreeting, 421, "4.7.0", Words::TlsRequired, nullptr, nullptr}, // policy, not rate
    {AfterGreeting, 421, "4.7.0", Words::None, FindingId::SendRateLimited, nullptr},
    // Any other 421 (RFC 5321 section 3.8: "service not available, closing transmission
    // channel"), at whatever step: no verdict on the sender, recipient or password.
    {AfterGreeting, 421, nullptr, Words::None, FindingId::SmtpServiceUnavailable, nullptr},
    {Transaction, 450, nullptr, Words::Greylist, FindingId::SendGreylisted, "greylist"},
    {Transaction, 451, nullptr, Words::Greylist, FindingId::SendGreylisted, "greylist"},
    {Transaction, 450, "4.7.*", Words::None, FindingId::SendRateLimited, nullptr},
    // 451 4.7.1 is greylisting (DESIGN.md; "451 4.7.1 Please try again later") unless
    // the text speaks of a rate.
    {Transaction, 451, "4.7.1", Words::Rate, FindingId::SendRateLimited, "rate"},
    {Transaction, 451, "4.7.1", Words::None, FindingId::SendGreylisted, nullptr},
    {Transaction, 452, "4.5.3", Words::None, FindingId::SendRateLimited, nullptr}, // too many rcpts
    {Transaction, 550, "5.4.5", Words::None, FindingId::SendRateLimited, nullptr}, // sending quota
};

bool matchesCode(int wanted, int code)
{
    if (wanted == AnyCode)
        return true;
    if (wanted == AnyPermanent)
        return code / 100 == 5;
    return wanted == code;
}

bool matchesEnhanced(const char *wanted, const QString &enhanced)
{
    if (!wanted)
        return true;
    const QLatin1String pattern(wanted);
    if (pattern.endsWith(QLatin1Char('*')))
        return enhanced.startsWith(pattern.chopped(1));
    return enhanced == pattern; // whole codes only: "5.7.1" is not "5.7.13"
}

} // namespace

std::optional<SmtpReplyClassifier::Classification> SmtpReplyClassifier::classify(
    Phase phase, const SmtpReply &reply)
{
    const QString enhanced = enhancedCodeOf(reply);
    QString evidence = QString::number(reply.code);
    if (!enhanced.isEmpty())
        evidence += QLatin1Char(' ') + enhanced;

    if (reply.isPositive()) {
        // The expected continuation of each phase (220, 250, 334, 354) needs no finding.
        if (phase == Phase::Auth && reply.code == 235) // RFC 4954 section 6
            return Classification{QLatin1String(FindingId::AuthOk), evidence};
        if (phase == Phase::DataEnd && reply.code == 250) // RFC 5321 section 4.1.1.4
            return Classification{QLatin1String(FindingId::SendAccepted), queueIdOf(reply)};
        return std::nullopt;
    }

    const QString text = reply.lines.join(QLatin1Char(' '));
    for (const Rule &rule : rules) {
        if (!(rule.phases & bit(phase)) || !matchesCode(rule.code, reply.code)
            || !matchesEnhanced(rule.enhanced, enhanced)) {
            continue;
        }
        if (!textSays(rule.words, text))
            continue;
        if (!rule.id)
            return std::nullopt;
        QString detail = evidence;
        // Microsoft's documented cases are named by its own sourced table, the one
        // the sign-in uses, so that both say the same.
        const QString variant = rule.variant ? QString::fromLatin1(rule.variant)
                                : qstrcmp(rule.id, FindingId::AuthBasicDisabled) == 0
                                    ? MicrosoftAuthReplies::variantOf(reply.code, enhanced, text)
                                    : QString();
        if (!variant.isEmpty())
            detail += QLatin1Char(' ') + variant;
        return Classification{QLatin1String(rule.id), detail};
    }
    return std::nullopt;
}

QString SmtpReplyClassifier::enhancedCodeOf(const SmtpReply &reply)
{
    if (!reply.enhancedCode.isEmpty())
        return reply.enhancedCode;
    // Some servers put the code later ("535 Authentication unsuccessful 5.7.139 ...",
    // qmail's "(#5.7.1)"). RFC 3463 section 2 syntax, bounded on both sides so that a
    // longer number or an address never yields a code.
    static const QRegularExpression token(
        QStringLiteral("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?!\\d|\\.\\d)"));
    for (const QString &line : reply.lines) {
        QRegularExpressionMatchIterator it = token.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.captured(1).toInt() == reply.replyClass())
                return match.captured(0);
        }
    }
    return {};
}

QString SmtpReplyClassifier::queueIdOf(const SmtpReply &reply)
{
    // Each form as common servers send it after the end of data:
    static const QRegularExpression forms[] = {
        // Postfix: "250 2.0.0 Ok: queued as 4F1A2B3C"
        QRegularExpression(QStringLiteral("\\bqueued as\\s+([^\\s,;]+)"),
                           QRegularExpression::CaseInsensitiveOption),
        // Exim: "250 OK id=1rAbCd-000123-Ab"
        QRegularExpression(QStringLiteral("\\bid=([^\\s,;]+)")),
        // Gmail: "250 2.0.0 OK  1700000000 abc123 - gsmtp"
        QRegularExpression(
            QStringLiteral("^(?:2\\.\\d+\\.\\d+\\s+)?OK\\s+\\d+\\s+(\\S+)\\s+-\\s+gsmtp"),
            QRegularExpression::CaseInsensitiveOption),
        // Microsoft: "250 2.0.0 OK <id@host> [Hostname=...]", "250 2.0.0 <id> Queued mail
        // for delivery"
        QRegularExpression(QStringLiteral("^(?:2\\.\\d+\\.\\d+\\s+)?(?:OK\\s+)?<([^<>\\s]+)>"),
                           QRegularExpression::CaseInsensitiveOption),
        // Sendmail: "250 2.0.0 x8ABCD123456 Message accepted for delivery"
        QRegularExpression(
            QStringLiteral("^(?:2\\.\\d+\\.\\d+\\s+)?(\\S+)\\s+Message accepted for delivery"),
            QRegularExpression::CaseInsensitiveOption),
    };
    for (const QString &line : reply.lines) {
        for (const QRegularExpression &form : forms) {
            const QRegularExpressionMatch match = form.match(line);
            if (match.hasMatch())
                return match.captured(1);
        }
    }
    return {};
}
