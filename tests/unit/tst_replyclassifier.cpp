// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReplyClassifier.h"

#include "smtp/SmtpReply.h"

#include <QTest>

#include <utility>

using Phase = SmtpReplyClassifier::Phase;

namespace {

// Builds the reply through the real parser, one wire line at a time.
SmtpReply replyOf(const QByteArrayList &wire)
{
    SmtpReplyReader reader;
    for (int i = 0; i < wire.size(); ++i) {
        const auto status = reader.feedLine(wire.at(i));
        const auto expected = i + 1 < wire.size() ? SmtpReplyReader::Status::NeedMore
                                                  : SmtpReplyReader::Status::Complete;
        if (status != expected)
            qFatal("test wire text does not parse: %s", wire.at(i).constData());
    }
    return reader.takeReply();
}

} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void enhancedCode_data();
    void enhancedCode();
};

void TestReplyClassifier::classify_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QByteArrayList>("wire");
    QTest::addColumn<QString>("id"); // empty: nullopt
    QTest::addColumn<QString>("detail");

    // Greeting (RFC 5321 sections 3.1 and 3.8).
    QTest::newRow("greeting 220") << Phase::Greeting
                                  << QByteArrayList{"220 mx.example.com ESMTP Postfix"} << ""
                                  << "";
    QTest::newRow("greeting 554") << Phase::Greeting
                                  << QByteArrayList{"554 mx.example.com no SMTP service here"}
                                  << "smtp.rejected_greeting"
                                  << "554";
    QTest::newRow("greeting 554 bulk (GoDaddy-style)")
        << Phase::Greeting
        << QByteArrayList{"554 We do not authorize the use of this system to transport "
                          "unsolicited and/or bulk e-mail"}
        << "smtp.rejected_greeting"
        << "554";
    QTest::newRow("greeting 421 4.7.0") << Phase::Greeting
                                        << QByteArrayList{"421 4.7.0 Try again later, closing "
                                                          "connection"}
                                        << "smtp.rejected_greeting"
                                        << "421 4.7.0";
    QTest::newRow("greeting 550 unknown") << Phase::Greeting << QByteArrayList{"550 go away"} << ""
                                          << "";

    // AUTH: RFC 4954 section 6 and the provider rows of smtp-replies.md 4.3.
    QTest::newRow("auth 235") << Phase::Auth
                              << QByteArrayList{"235 2.7.0 Authentication successful"} << "auth.ok"
                              << "235 2.7.0";
    QTest::newRow("auth 334 continuation")
        << Phase::Auth << QByteArrayList{"334 VXNlcm5hbWU6"} << ""
        << "";
    QTest::newRow("gmail 530 starttls first")
        << Phase::Auth
        << QByteArrayList{"530 5.7.0 Must issue a STARTTLS command first. "
                          "d9443c01a7336-1d8f1234567sm12345pla.12 - gsmtp"}
        << "auth.tls_required"
        << "530 5.7.0";
    QTest::newRow("ses 530 no enhanced code")
        << Phase::Auth << QByteArrayList{"530 Must issue a STARTTLS command first"}
        << "auth.tls_required"
        << "530";
    QTest::newRow("538 encryption required")
        << Phase::Auth
        << QByteArrayList{"538 5.7.11 Encryption required for requested authentication mechanism"}
        << "auth.tls_required"
        << "538 5.7.11";
    QTest::newRow("gmail 534 5.7.9 multiline")
        << Phase::Auth
        << QByteArrayList{"534-5.7.9 Application-specific password required. Learn more at",
                          "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor "
                          "d9443c01a7336-1d8f1234567sm12345pla.12 - gsmtp"}
        << "auth.app_password_required"
        << "534 5.7.9 gmail";
    QTest::newRow("rfc 4954 534 5.7.9 too weak")
        << Phase::Auth << QByteArrayList{"534 5.7.9 Authentication mechanism is too weak"}
        << "auth.mechanism_unsupported"
        << "534 5.7.9";
    QTest::newRow("gmail 534 5.7.14 web login")
        << Phase::Auth
        << QByteArrayList{"534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1>",
                          "534-5.7.14 Please log in via your web browser and",
                          "534-5.7.14 then try again.",
                          "534-5.7.14  Learn more at",
                          "534 5.7.14  https://support.google.com/mail/answer/78754 x - gsmtp"}
        << "auth.app_password_required"
        << "534 5.7.14";
    QTest::newRow("gmail 535 5.7.8 multiline")
        << Phase::Auth
        << QByteArrayList{"535-5.7.8 Username and Password not accepted. Learn more at",
                          "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x - gsmtp"}
        << "auth.failed"
        << "535 5.7.8";
    QTest::newRow("postfix 535 5.7.8")
        << Phase::Auth
        << QByteArrayList{"535 5.7.8 Error: authentication failed: authentication failure"}
        << "auth.failed"
        << "535 5.7.8";
    QTest::newRow("cpanel 535 no enhanced code")
        << Phase::Auth << QByteArrayList{"535 Incorrect authentication data"} << "auth.failed"
        << "535";
    QTest::newRow("microsoft 5.7.139 tenant")
        << Phase::Auth
        << QByteArrayList{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                          "disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for "
                          "more information. [SN4PR0501CA0054.namprd05.prod.outlook.com]"}
        << "auth.basic_disabled"
        << "535 5.7.139 tenant";
    QTest::newRow("microsoft 5.7.139 mailbox")
        << Phase::Auth
        << QByteArrayList{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                          "disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for "
                          "more information."}
        << "auth.basic_disabled"
        << "535 5.7.139 mailbox";
    QTest::newRow("microsoft 5.7.139 security defaults")
        << Phase::Auth
        << QByteArrayList{"535 5.7.139 Authentication unsuccessful, user is locked by your "
                          "organization's security defaults policy. Contact your administrator."}
        << "auth.basic_disabled"
        << "535 5.7.139 security_defaults";
    QTest::newRow("microsoft 5.7.139 conditional access")
        << Phase::Auth
        << QByteArrayList{"535 5.7.139 Authentication unsuccessful, the request did not meet the "
                          "criteria to be authenticated successfully. Contact your administrator."}
        << "auth.basic_disabled"
        << "535 5.7.139 conditional_access";
    QTest::newRow("microsoft 5.7.139 other wording")
        << Phase::Auth << QByteArrayList{"535 5.7.139 Authentication unsuccessful"}
        << "auth.basic_disabled"
        << "535 5.7.139";
    QTest::newRow("microsoft 5.7.139 wrong password")
        << Phase::Auth
        << QByteArrayList{"535 5.7.139 Authentication unsuccessful, the user credentials were "
                          "incorrect. [CH2PR15CA0029.namprd15.prod.outlook.com]"}
        << "auth.failed"
        << "535 5.7.139 credentials";
    QTest::newRow("microsoft 535 5.7.3")
        << Phase::Auth
        << QByteArrayList{"535 5.7.3 Authentication unsuccessful [BN0PR04CA0012.namprd04]"}
        << "auth.basic_disabled"
        << "535 5.7.3 unsuccessful"; // the case's name from the sourced table
    QTest::newRow("microsoft 550 5.7.30")
        << Phase::Auth << QByteArrayList{"550 5.7.30 Basic authentication is not supported"}
        << "auth.basic_disabled"
        << "550 5.7.30";
    QTest::newRow("microsoft 530 5.7.57 to auth")
        << Phase::Auth << QByteArrayList{"530 5.7.57 Client not authenticated to send mail"}
        << "auth.basic_disabled"
        << "530 5.7.57";
    QTest::newRow("504 5.5.4 mechanism")
        << Phase::Auth << QByteArrayList{"504 5.5.4 Unrecognized authentication type"}
        << "auth.mechanism_unsupported"
        << "504 5.5.4";
    QTest::newRow("454 4.7.0 temporary") << Phase::Auth
                                         << QByteArrayList{"454 4.7.0 Temporary authentication "
                                                           "failure"}
                                         << ""
                                         << "";
    QTest::newRow("432 4.7.12 transition") << Phase::Auth
                                           << QByteArrayList{"432 4.7.12 A password transition "
                                                             "is needed"}
                                           << ""
                                           << "";
    QTest::newRow("503 send hello first")
        << Phase::Auth << QByteArrayList{"503 5.5.2 Send hello first"} << ""
        << "";

    // Token boundaries: a longer number is not the code it contains.
    QTest::newRow("trap 5.7.1399 is no 5.7.139")
        << Phase::Auth
        << QByteArrayList{"535 5.7.1399 Authentication unsuccessful, SmtpClientAuthentication is "
                          "disabled for the Tenant."}
        << "auth.failed"
        << "535";
    QTest::newRow("trap 15.7.139 is no 5.7.139")
        << Phase::Auth
        << QByteArrayList{"535 15.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                          "disabled for the Tenant."}
        << "auth.failed"
        << "535";
    QTest::newRow("5.7.139 later in the text")
        << Phase::Auth
        << QByteArrayList{"535 Authentication unsuccessful 5.7.139 SmtpClientAuthentication is "
                          "disabled for the Tenant."}
        << "auth.basic_disabled"
        << "535 5.7.139 tenant";
    QTest::newRow("trap 5.7.13 is no 5.7.1")
        << Phase::DataEnd << QByteArrayList{"554 5.7.13 message rejected as spam"} << ""
        << "";
    QTest::newRow("trap address 10.5.7.1 is no code")
        << Phase::RcptTo << QByteArrayList{"554 Relay access denied for 10.5.7.1"}
        << "send.relay_denied"
        << "554";

    // Replies in the wrong phase.
    QTest::newRow("235 to MAIL") << Phase::MailFrom
                                 << QByteArrayList{"235 2.7.0 Authentication successful"} << ""
                                 << "";
    QTest::newRow("250 to AUTH") << Phase::Auth << QByteArrayList{"250 2.1.0 Ok"} << ""
                                 << "";
    QTest::newRow("250 to RCPT") << Phase::RcptTo << QByteArrayList{"250 2.1.5 Ok"} << ""
                                 << "";
    QTest::newRow("354 to DATA") << Phase::Data
                                 << QByteArrayList{"354 End data with <CR><LF>.<CR><LF>"} << ""
                                 << "";
    QTest::newRow("535 to RCPT") << Phase::RcptTo
                                 << QByteArrayList{"535 5.7.8 Authentication credentials invalid"}
                                 << ""
                                 << "";
    QTest::newRow("534 5.7.9 to EHLO")
        << Phase::Ehlo << QByteArrayList{"534 5.7.9 Application-specific password required"} << ""
        << "";
    QTest::newRow("550 5.1.1 to MAIL")
        << Phase::MailFrom << QByteArrayList{"550 5.1.1 User unknown"} << ""
        << "";
    QTest::newRow("530 5.7.57 to MAIL")
        << Phase::MailFrom << QByteArrayList{"530 5.7.57 Client not authenticated to send mail"}
        << ""
        << "";
    QTest::newRow("unable to relay to MAIL")
        << Phase::MailFrom << QByteArrayList{"550 5.7.1 Unable to relay"} << ""
        << "";

    // End of data: accepted, with the queue id.
    QTest::newRow("gmail accepted")
        << Phase::DataEnd << QByteArrayList{"250 2.0.0 OK  1700000000 abc123 - gsmtp"}
        << "send.accepted"
        << "abc123";
    QTest::newRow("postfix accepted")
        << Phase::DataEnd << QByteArrayList{"250 2.0.0 Ok: queued as 4F1A2B3C"} << "send.accepted"
        << "4F1A2B3C";
    QTest::newRow("exim accepted")
        << Phase::DataEnd << QByteArrayList{"250 OK id=1rAbCd-000123-Ab"} << "send.accepted"
        << "1rAbCd-000123-Ab";
    QTest::newRow("microsoft queued")
        << Phase::DataEnd
        << QByteArrayList{"250 2.0.0 <a1b2c3@example.com> Queued mail for delivery"}
        << "send.accepted"
        << "a1b2c3@example.com";
    QTest::newRow("microsoft ok hostname")
        << Phase::DataEnd
        << QByteArrayList{"250 2.0.0 OK <CH2PR14MB4005FE86@CH2PR14MB4005.namprd14.prod.outlook.com>"
                          " [Hostname=CH2PR14MB4005.namprd14.prod.outlook.com]"}
        << "send.accepted"
        << "CH2PR14MB4005FE86@CH2PR14MB4005.namprd14.prod.outlook.com";
    QTest::newRow("sendmail accepted")
        << Phase::DataEnd << QByteArrayList{"250 2.0.0 x8ABCD123456 Message accepted for delivery"}
        << "send.accepted"
        << "x8ABCD123456";
    QTest::newRow("accepted unknown form")
        << Phase::DataEnd << QByteArrayList{"250 Mail accepted"} << "send.accepted"
        << "";

    // Sender.
    QTest::newRow("microsoft 5.7.60 send as")
        << Phase::DataEnd
        << QByteArrayList{"550 5.7.60 SMTP; Client does not have permissions to send as this "
                          "sender"}
        << "send.sender_rejected"
        << "550 5.7.60";
    QTest::newRow("microsoft SendAsDenied")
        << Phase::DataEnd
        << QByteArrayList{"554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException."
                          "MapiExceptionSendAsDenied; Failed to process message due to a "
                          "permanent exception"}
        << "send.sender_rejected"
        << "554 5.2.0 send_as";
    QTest::newRow("microsoft 554 5.2.0 other")
        << Phase::DataEnd
        << QByteArrayList{"554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException"} << ""
        << "";
    QTest::newRow("ionos sender not allowed")
        << Phase::MailFrom << QByteArrayList{"550 Sender address is not allowed."}
        << "send.sender_rejected"
        << "550 sender_not_allowed";
    QTest::newRow("sparkpost unconfigured domain")
        << Phase::DataEnd << QByteArrayList{"550 5.7.1 Unconfigured Sending Domain <example.com>"}
        << "send.sender_rejected"
        << "550 5.7.1 sending_domain";
    QTest::newRow("postfix sender check at MAIL")
        << Phase::MailFrom
        << QByteArrayList{"553 5.7.1 <info@example.com>: Sender address "
                          "rejected: not owned by user admin@example.net"}
        << "send.sender_rejected"
        << "553 5.7.1 sender_address";
    QTest::newRow("postfix sender check at RCPT")
        << Phase::RcptTo
        << QByteArrayList{"553 5.7.1 <info@example.com>: Sender address rejected: not owned by "
                          "user admin@example.net"}
        << "send.sender_rejected"
        << "553 5.7.1 sender_address";
    QTest::newRow("553 5.1.8 sender domain")
        << Phase::MailFrom
        << QByteArrayList{"553 5.1.8 <a@nowhere.invalid>: Sender address rejected: Domain not "
                          "found"}
        << "send.sender_rejected"
        << "553 5.1.8";
    QTest::newRow("550 5.1.7 sender syntax") << Phase::MailFrom
                                             << QByteArrayList{"550 5.1.7 Bad sender address "
                                                               "syntax"}
                                             << "send.sender_rejected"
                                             << "550 5.1.7";
    QTest::newRow("553 without enhanced code")
        << Phase::MailFrom
        << QByteArrayList{"553 Requested action not taken: mailbox name not "
                          "allowed"}
        << "send.sender_rejected"
        << "553";

    // Relay and recipient.
    QTest::newRow("postfix relay access denied")
        << Phase::RcptTo << QByteArrayList{"554 5.7.1 <bob@example.org>: Relay access denied"}
        << "send.relay_denied"
        << "554 5.7.1";
    QTest::newRow("unable to relay")
        << Phase::RcptTo << QByteArrayList{"550 5.7.1 Unable to relay"} << "send.relay_denied"
        << "550 5.7.1";
    QTest::newRow("qmail rcpthosts")
        << Phase::RcptTo
        << QByteArrayList{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"}
        << "send.relay_denied"
        << "553 5.7.1";
    QTest::newRow("550 5.7.1 other policy")
        << Phase::RcptTo << QByteArrayList{"550 5.7.1 Recipient not authorized"} << ""
        << "";
    QTest::newRow("gmail 550 5.1.1 multiline")
        << Phase::RcptTo
        << QByteArrayList{"550-5.1.1 The email account that you tried to reach does not exist. "
                          "Please try",
                          "550-5.1.1 double-checking the recipient's email address for typos or",
                          "550-5.1.1 unnecessary spaces. Learn more at",
                          "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser x - gsmtp"}
        << "send.recipient_rejected"
        << "550 5.1.1";
    QTest::newRow("550 5.1.2 bad system")
        << Phase::RcptTo << QByteArrayList{"550 5.1.2 Host unknown"} << "send.recipient_rejected"
        << "550 5.1.2";
    QTest::newRow("553 5.1.3 bad syntax")
        << Phase::RcptTo << QByteArrayList{"553 5.1.3 Bad recipient address syntax"}
        << "send.recipient_rejected"
        << "553 5.1.3";
    QTest::newRow("microsoft 550 5.1.10")
        << Phase::RcptTo
        << QByteArrayList{"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                          "address lookup"}
        << "send.recipient_rejected"
        << "550 5.1.10";
    QTest::newRow("553 to RCPT") << Phase::RcptTo << QByteArrayList{"553 mailbox name not allowed"}
                                 << "send.recipient_rejected"
                                 << "553";

    // Rate limits and greylisting.
    QTest::newRow("gmail 421 4.7.0 unusual rate")
        << Phase::MailFrom
        << QByteArrayList{"421-4.7.0 [192.0.2.1      15] Our system has detected an unusual rate "
                          "of",
                          "421-4.7.0 unsolicited mail originating from your IP address. To protect",
                          "421 4.7.0 our users from spam, mail sent from your IP address has been "
                          "temporarily blocked. x - gsmtp"}
        << "send.rate_limited"
        << "421 4.7.0";
    QTest::newRow("gmail 421 4.7.0 tls required")
        << Phase::RcptTo
        << QByteArrayList{"421 4.7.0 TLS required for RCPT domain, closing connection. x - gsmtp"}
        << ""
        << "";
    // 421 otherwise: the server closes, whatever the step (RFC 5321 section 3.8).
    for (const auto &[name, phase] : {std::pair{"421 4.3.2 to AUTH", Phase::Auth},
                                      std::pair{"421 4.3.2 to MAIL", Phase::MailFrom},
                                      std::pair{"421 4.3.2 to RCPT", Phase::RcptTo},
                                      std::pair{"421 4.3.2 to DATA", Phase::Data},
                                      std::pair{"421 4.3.2 after the dot", Phase::DataEnd}}) {
        QTest::newRow(name) << phase
                            << QByteArrayList{"421 4.3.2 Service shutting down, closing "
                                              "transmission channel"}
                            << "smtp.service_unavailable"
                            << "421 4.3.2";
    }
    QTest::newRow("421 without enhanced code to MAIL")
        << Phase::MailFrom << QByteArrayList{"421 mx.example.com closing connection"}
        << "smtp.service_unavailable"
        << "421";
    QTest::newRow("450 4.7.1 throttled") << Phase::RcptTo
                                         << QByteArrayList{"450 4.7.1 Too many messages, slow "
                                                           "down"}
                                         << "send.rate_limited"
                                         << "450 4.7.1";
    QTest::newRow("450 4.7.1 greylisted")
        << Phase::RcptTo
        << QByteArrayList{"450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, "
                          "see http://postgrey.schweikert.ch/help/example.org.html"}
        << "send.greylisted"
        << "450 4.7.1 greylist";
    QTest::newRow("451 4.7.1 please try again later")
        << Phase::RcptTo << QByteArrayList{"451 4.7.1 Please try again later"} << "send.greylisted"
        << "451 4.7.1";
    QTest::newRow("451 4.7.1 greylisting")
        << Phase::RcptTo
        << QByteArrayList{"451 4.7.1 Greylisting in action, please come back later"}
        << "send.greylisted"
        << "451 4.7.1 greylist";
    QTest::newRow("451 4.7.1 rate")
        << Phase::MailFrom << QByteArrayList{"451 4.7.1 Sending rate limit exceeded"}
        << "send.rate_limited"
        << "451 4.7.1 rate";
    QTest::newRow("452 4.5.3 too many recipients")
        << Phase::RcptTo << QByteArrayList{"452 4.5.3 Too many recipients"} << "send.rate_limited"
        << "452 4.5.3";
    QTest::newRow("gmail 550 5.4.5 quota")
        << Phase::MailFrom
        << QByteArrayList{"550-5.4.5 Daily user sending limit exceeded. For more information on",
                          "550 5.4.5  Gmail sending limits, visit x - gsmtp"}
        << "send.rate_limited"
        << "550 5.4.5";

    // Content and size.
    QTest::newRow("554 5.7.1 spam")
        << Phase::DataEnd << QByteArrayList{"554 5.7.1 Message rejected as spam"}
        << "send.spam_rejected"
        << "554 5.7.1 spam";
    QTest::newRow("gmail 550 5.7.1 unsolicited")
        << Phase::DataEnd
        << QByteArrayList{"550-5.7.1 Our system has detected that this message is likely",
                          "550 5.7.1 unsolicited mail. x - gsmtp"}
        << "send.spam_rejected"
        << "550 5.7.1 spam";
    QTest::newRow("gmail 550 5.7.26 unauthenticated")
        << Phase::DataEnd
        << QByteArrayList{"550-5.7.26 This mail has been blocked because the sender is",
                          "550 5.7.26 unauthenticated. x - gsmtp"}
        << "send.spam_rejected"
        << "550 5.7.26";
    QTest::newRow("550 5.7.23 spf")
        << Phase::DataEnd << QByteArrayList{"550 5.7.23 SPF validation failed"}
        << "send.spam_rejected"
        << "550 5.7.23";
    QTest::newRow("552 5.3.4 too big") << Phase::DataEnd
                                       << QByteArrayList{"552 5.3.4 Message size exceeds fixed "
                                                         "limit"}
                                       << "send.too_large"
                                       << "552 5.3.4";
    QTest::newRow("rfc 1870 552 to MAIL")
        << Phase::MailFrom << QByteArrayList{"552 Message size exceeds fixed maximium message size"}
        << "send.too_large"
        << "552";
    QTest::newRow("gmail 552 5.2.3")
        << Phase::DataEnd
        << QByteArrayList{"552-5.2.3 Your message exceeded Google's message size limits.",
                          "552 5.2.3 Learn more at x - gsmtp"}
        << "send.too_large"
        << "552 5.2.3";
    QTest::newRow("552 5.2.2 mailbox full")
        << Phase::RcptTo << QByteArrayList{"552 5.2.2 Mailbox full"} << ""
        << "";
    QTest::newRow("gmail 552 5.7.0 security")
        << Phase::DataEnd
        << QByteArrayList{"552-5.7.0 This message was blocked because its content presents a",
                          "552 5.7.0 potential security issue. x - gsmtp"}
        << ""
        << "";

    // STARTTLS required at MAIL, authentication required, unknown replies.
    QTest::newRow("530 starttls to MAIL")
        << Phase::MailFrom << QByteArrayList{"530 5.7.0 Must issue a STARTTLS command first"}
        << "auth.tls_required"
        << "530 5.7.0 starttls";
    QTest::newRow("530 auth required to MAIL")
        << Phase::MailFrom << QByteArrayList{"530 5.7.0 Authentication required"} << ""
        << "";
    QTest::newRow("unknown 550 5.7.0")
        << Phase::MailFrom << QByteArrayList{"550 5.7.0 Local policy violation"} << ""
        << "";
    QTest::newRow("unknown 500 to EHLO")
        << Phase::Ehlo << QByteArrayList{"500 5.5.1 Command unrecognized"} << ""
        << "";
    QTest::newRow("454 to STARTTLS") << Phase::StartTls
                                     << QByteArrayList{"454 4.7.0 TLS not available due to local "
                                                       "problem"}
                                     << ""
                                     << "";
}

void TestReplyClassifier::classify()
{
    QFETCH(Phase, phase);
    QFETCH(QByteArrayList, wire);
    QFETCH(QString, id);
    QFETCH(QString, detail);

    const auto result = SmtpReplyClassifier::classify(phase, replyOf(wire));
    if (id.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->id + " " + result->detail : QString()));
        return;
    }
    QVERIFY(result);
    QCOMPARE(result->id, id);
    QCOMPARE(result->detail, detail);
}

void TestReplyClassifier::enhancedCode_data()
{
    QTest::addColumn<QByteArrayList>("wire");
    QTest::addColumn<QString>("code");

    QTest::newRow("first line") << QByteArrayList{"535 5.7.139 Authentication unsuccessful"}
                                << "5.7.139";
    QTest::newRow("later in text")
        << QByteArrayList{"535 Authentication unsuccessful 5.7.139"} << "5.7.139";
    QTest::newRow("qmail hash form")
        << QByteArrayList{"553 sorry, no rcpthosts (#5.7.1)"} << "5.7.1";
    QTest::newRow("end of sentence") << QByteArrayList{"550 rejected, reason 5.7.1."} << "5.7.1";
    QTest::newRow("on a later line")
        << QByteArrayList{"550-Rejected", "550 see 5.7.26 above"} << "5.7.26";
    QTest::newRow("detail too long") << QByteArrayList{"535 5.7.1399 nope"} << "";
    QTest::newRow("leading digit") << QByteArrayList{"535 15.7.139 nope"} << "";
    QTest::newRow("inside an address") << QByteArrayList{"554 blocked 10.5.7.1"} << "";
    QTest::newRow("address prefix") << QByteArrayList{"554 blocked 5.7.1.2 here"} << "";
    QTest::newRow("other class") << QByteArrayList{"550 try 4.7.1 later"} << "";
    QTest::newRow("none") << QByteArrayList{"250 OK"} << "";
}

void TestReplyClassifier::enhancedCode()
{
    QFETCH(QByteArrayList, wire);
    QFETCH(QString, code);
    QCOMPARE(SmtpReplyClassifier::enhancedCodeOf(replyOf(wire)), code);
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
